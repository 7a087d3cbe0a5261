import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../src/core/metrics/aggregate.ts';
import { aggregateProjects } from '../../src/core/metrics/aggregate.ts';
import { officeOrder } from '../../src/core/metrics/group-order.ts';
import { defaultGradeRule, monthlyRankings, rankAggregates, rankHistory } from '../../src/core/metrics/ranking.ts';
import { input, ledger, project, row } from './fixtures.ts';

/** An aggregate with just the figures ranking reads; time progress 50%. */
function group(key: string, completed: number, plan: number): Aggregate {
  const a = aggregateProjects([], key, '2026-06', 50);
  const completionPct = plan > 0 ? (completed * 100) / plan : undefined;
  return { ...a, yearPlan: plan, completedYtd: completed, completionPct, lagPoints: completionPct === undefined ? undefined : completionPct - 50 };
}

const rule = defaultGradeRule({ behind: -5, seriouslyBehind: -15 });

describe('rankAggregates', () => {
  it('ranks by completion rate, best first, and grades by lag', () => {
    const ranked = rankAggregates([group('乙', 300, 1000), group('甲', 600, 1000), group('丙', 460, 1000)], undefined, rule);
    expect(ranked.map((r) => [r.name, r.rank, r.grade])).toEqual([
      ['甲', 1, 'good'], // 60%: +10
      ['丙', 2, 'good'], // 46%: −4, within 5 points of schedule
      ['乙', 3, 'poor'], // 30%: −20
    ]);
    expect(ranked.every((r) => r.of === 3 && r.movement === undefined)).toBe(true);
  });

  it('grades 中 between the thresholds, boundaries to the better grade', () => {
    const ranked = rankAggregates([group('A', 450, 1000), group('B', 400, 1000), group('C', 350, 1000), group('D', 349, 1000)], undefined, rule);
    // lags −5, −10, −15, −15.1
    expect(ranked.map((r) => r.grade)).toEqual(['good', 'fair', 'fair', 'poor']);
  });

  it('breaks ties by completed investment, then by the office order, so no two share a place', () => {
    const ranked = rankAggregates([group('B', 50, 100), group('A', 50, 100), group('C', 500, 1000)], undefined, rule);
    // Without units.csv the office order falls back to the name in code-point order.
    expect(ranked.map((r) => `${r.rank}${r.name}`)).toEqual(['1C', '2A', '3B']);
    // With units.csv its row order decides: 县委办 is listed before 县财政局.
    const order = officeOrder('responsibleUnit', [], [{ name: '县委办' }, { name: '县财政局' }]);
    const listed = rankAggregates([group('县财政局', 50, 100), group('县委办', 50, 100)], undefined, rule, order);
    expect(listed.map((r) => r.name)).toEqual(['县委办', '县财政局']);
  });

  it('ranks on the rate as printed: 83.34% and 83.26% are both 83.3%, so the hidden decimals do not part them', () => {
    // Equal completed investment too, so the office order decides, not the third decimal.
    const order = officeOrder('responsibleUnit', [], [{ name: '乙局' }, { name: '甲局' }]);
    const ranked = rankAggregates([group('甲局', 8334, 10000), group('乙局', 8334, 10002.4)], undefined, rule, order);
    expect(ranked.map((r) => r.name)).toEqual(['乙局', '甲局']);
  });

  it('leaves groups without a plan unranked, at the end', () => {
    const ranked = rankAggregates([group('无计划', 10, 0), group('A', 10, 100)], undefined, rule);
    expect(ranked.map((r) => [r.name, r.rank, r.of, r.grade])).toEqual([['A', 1, 1, 'poor'], ['无计划', undefined, 1, undefined]]);
  });

  it('reports movement against the previous month', () => {
    const previous = [group('A', 900, 1000), group('B', 500, 1000), group('C', 100, 1000)];
    const current = [group('A', 100, 1000), group('B', 600, 1000), group('C', 500, 1000), group('D', 300, 1000)];
    const ranked = rankAggregates(current, previous, rule);
    expect(ranked.map((r) => [r.name, r.rank, r.previousRank, r.movement, r.change])).toEqual([
      ['B', 1, 2, 'up', 1],
      ['C', 2, 3, 'up', 1],
      ['D', 3, undefined, 'new', undefined],
      ['A', 4, 1, 'down', -3],
    ]);
  });

  it('can grade by thirds instead', () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((k, i) => group(k, 600 - i * 50, 1000));
    expect(rankAggregates(six, undefined, { by: 'thirds' }).map((r) => r.grade)).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor']);
    const seven = [...six, group('G', 10, 1000)];
    expect(rankAggregates(seven, undefined, { by: 'thirds' }).map((r) => r.grade).join('')).toBe(
      ['good', 'good', 'fair', 'fair', 'fair', 'poor', 'poor'].join(''),
    );
  });
});

describe('monthlyRankings', () => {
  const projects = [
    project('A', { responsibleUnit: '县住建局' }),
    project('B', { responsibleUnit: '县交通运输局' }),
    project('C', { responsibleUnit: '县水利局' }),
  ];
  const data = input(projects, [
    ledger('2025-12', [row('A', { yearPlan: 100, completedYtd: 100 }), row('B', { yearPlan: 100, completedYtd: 90 })]),
    ledger('2026-01', [row('A', { yearPlan: 1200, completedYtd: 100 }), row('B', { yearPlan: 1200, completedYtd: 50 }), row('C', { yearPlan: 1200, completedYtd: 80 })]),
    ledger('2026-02', [row('A', { yearPlan: 1200, completedYtd: 150 }), row('B', { yearPlan: 1200, completedYtd: 250 }), row('C', { yearPlan: 1200, completedYtd: 200 })]),
  ]);
  const rankings = monthlyRankings(data, 'responsibleUnit');

  it('ranks every month and compares with the previous month of the same year only', () => {
    expect(rankings.map((m) => m.period)).toEqual(['2025-12', '2026-01', '2026-02']);
    const jan = rankings[1]?.groups ?? [];
    expect(jan.map((g) => [g.name, g.rank, g.movement])).toEqual([
      ['县住建局', 1, undefined],
      ['县水利局', 2, undefined],
      ['县交通运输局', 3, undefined],
    ]);
    const feb = rankings[2]?.groups ?? [];
    expect(feb.map((g) => [g.name, g.rank, g.movement, g.change])).toEqual([
      ['县交通运输局', 1, 'up', 2],
      ['县水利局', 2, 'same', 0],
      ['县住建局', 3, 'down', -2],
    ]);
    // February: 250/1200 = 20.8%, time progress 16.7% → +4.2: 优; 12.5% → −4.2: 优 too.
    expect(feb.map((g) => g.grade)).toEqual(['good', 'good', 'good']);
  });

  it('gives each unit its rank history', () => {
    const history = rankHistory(rankings);
    expect(history.map((h) => h.name)).toEqual(['县交通运输局', '县住建局', '县水利局']);
    expect(history[1]?.ranks.map((r) => [r.period, r.rank])).toEqual([['2025-12', 1], ['2026-01', 1], ['2026-02', 3]]);
    expect(history[2]?.ranks.map((r) => r.period)).toEqual(['2026-01', '2026-02']);
  });
});
