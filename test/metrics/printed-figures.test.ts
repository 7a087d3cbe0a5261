// No published sentence contradicts its own printed figures (docs/methodology.md, 数值修约):
// for any plan, completion, month and time-progress method, the rate and lag a sentence
// prints agree with each other and with the time progress printed beside them, and the
// status, the grade and the words (落后/超过/持平) follow the printed lag, not hidden decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/core/format.ts';
import { aggregateBy } from '../../src/core/metrics/aggregate.ts';
import { defaultGradeRule, rankAggregates } from '../../src/core/metrics/ranking.ts';
import { projectMonth } from '../../src/core/metrics/projects.ts';
import { timeProgressPct } from '../../src/core/metrics/progress.ts';
import { groupSentence, lagPhrase } from '../../src/core/sentences.ts';
import { input, ledger, project, row } from './fixtures.ts';

const thresholds = { behind: -5, seriouslyBehind: -15, stalledMonths: 2 };

/** Tenths of a printed percentage: "83.3%" → 833. */
const tenths = (text: string) => Math.round(Number(text.replace(/[%,]/g, '')) * 10);

const cases = fc.record({
  // Plans and completions at the scale of ledgers (万元, two decimals), with rates near the
  // thresholds and near 100% well represented.
  plan: fc.integer({ min: 1, max: 5_000_000 }).map((n) => n / 100),
  share: fc.oneof(fc.double({ min: 0, max: 1.3, noNaN: true }), fc.integer({ min: 0, max: 1200 }).map((n) => n / 1000)),
  month: fc.integer({ min: 1, max: 12 }),
  days: fc.boolean(),
});

describe('printed figures', () => {
  it('a project: printed lag = printed rate − printed time progress; status and words follow it', () => {
    fc.assert(
      fc.property(cases, ({ plan, share, month, days }) => {
        const period = `2026-${String(month).padStart(2, '0')}`;
        const completed = Math.round(plan * share * 100) / 100;
        const data = input([project('A')], [ledger(period, [row('A', { yearPlan: plan, completedYtd: completed, stage: 'construction' })])], { thresholds, timeProgress: days ? 'days' : 'months' });
        const m = projectMonth(data, period, 'A')!;
        const rate = tenths(formatPercent(m.completionPct!));
        const tp = tenths(formatPercent(timeProgressPct(period, days ? 'days' : 'months')));
        const lag = rate - tp;
        expect(Math.round(m.lagPoints! * 10)).toBe(lag);
        const words = lagPhrase(m.lagPoints!, 'zh-CN');
        if (lag === 0) expect(words).toBe('与时间进度持平');
        else expect(words).toBe(`${lag < 0 ? '落后' : '超过'}时间进度${formatPercent(Math.abs(lag) / 10).replace('%', '')}个百分点`);
        const expected = rate >= 1000 ? 'completed' : lag < -150 ? 'seriously-behind' : lag < -50 ? 'behind' : 'on-track';
        expect(m.status).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('a unit: the sentence’s rate, lag and grade agree with each other and with the thresholds', () => {
    fc.assert(
      fc.property(cases, cases, ({ plan, share, month, days }, other) => {
        const period = `2026-${String(month).padStart(2, '0')}`;
        const method = days ? 'days' : 'months';
        const data = input(
          [project('A', { responsibleUnit: '甲局' }), project('B', { responsibleUnit: '乙局' })],
          [
            ledger(period, [
              row('A', { yearPlan: plan, completedYtd: Math.round(plan * share * 100) / 100, stage: 'construction' }),
              row('B', { yearPlan: other.plan, completedYtd: Math.round(other.plan * other.share * 100) / 100, stage: 'construction' }),
            ]),
          ],
          { thresholds, timeProgress: method },
        );
        const groups = aggregateBy(data, period, 'responsibleUnit').groups;
        for (const ranked of rankAggregates(groups, undefined, defaultGradeRule(thresholds))) {
          const s = groupSentence(ranked.aggregate, 'responsibleUnit', 'zh-CN', ranked);
          const m = /完成年度计划的([\d.,]+%)，(?:(落后|超过)时间进度([\d.]+)个百分点|与时间进度持平).*评为“(优|中|差)”/.exec(s);
          expect(m, s).not.toBeNull();
          const rate = tenths(m![1]!);
          const printedLag = m![2] === undefined ? 0 : (m![2] === '落后' ? -1 : 1) * tenths(m![3]!);
          expect(printedLag, s).toBe(rate - tenths(formatPercent(timeProgressPct(period, method))));
          const grade = printedLag >= -50 ? '优' : printedLag < -150 ? '差' : '中';
          expect(m![4], s).toBe(grade);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the cases the issue found: 83.3% against 83.3% is level, and 15.0 points behind is not 差', () => {
    // 83.26%: printed 83.3%, time progress after October 83.3%: level, not −0.1.
    const level = input([project('A', { responsibleUnit: '县卫生健康局' })], [ledger('2026-10', [row('A', { yearPlan: 10000, completedYtd: 8326, stage: 'construction' })])], { thresholds });
    expect(projectMonth(level, '2026-10', 'A')!.lagPoints).toBe(0);
    // 68.30% against 83.33%: −15.03 unrounded, printed −15.0, which the rule (more than 15 behind) does not call 差.
    const edge = input([project('A', { responsibleUnit: '县卫生健康局' })], [ledger('2026-10', [row('A', { yearPlan: 10000, completedYtd: 6830, stage: 'construction' })])], { thresholds });
    const [ranked] = rankAggregates(aggregateBy(edge, '2026-10', 'responsibleUnit').groups, undefined, defaultGradeRule(thresholds));
    expect(ranked!.aggregate.lagPoints).toBe(-15);
    expect(ranked!.grade).toBe('fair');
    expect(groupSentence(ranked!.aggregate, 'responsibleUnit', 'zh-CN', { ...ranked!, of: 2 })).toContain('落后时间进度15.0个百分点，在2个责任单位中排名第1位，评为“中”');
  });
});
