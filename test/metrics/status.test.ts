import { describe, expect, it } from 'vitest';
import { indexLedgers } from '../../src/core/metrics/ledgers.ts';
import { projectMonth, projectMonths } from '../../src/core/metrics/projects.ts';
import { isLedgerOverdue, isStalled, monthsWithoutInvestment, statusOf } from '../../src/core/metrics/status.ts';
import { input, ledger, project, row } from './fixtures.ts';

const thresholds = { behind: -5, seriouslyBehind: -15 };

describe('statusOf', () => {
  // Time progress 50% (end of June): the rate decides.
  it.each([
    [60, 'on-track'], // +10
    [45, 'on-track'], // −5 exactly: the boundary belongs to the better status
    [44.9, 'behind'], // −5.1
    [35, 'behind'], // −15 exactly
    [34.9, 'seriously-behind'], // −15.1
    [0, 'seriously-behind'],
  ] as const)('completed %d of 100 at half-year is %s', (done, expected) => {
    expect(statusOf({ yearPlan: 100, completedYtd: done, stage: 'construction' }, 50, thresholds)).toBe(expected);
  });

  it('has no status by lag without a plan', () => {
    expect(statusOf({ completedYtd: 10, stage: 'construction' }, 50, thresholds)).toBe('no-plan');
    expect(statusOf({ yearPlan: 0, completedYtd: 10 }, 50, thresholds)).toBe('no-plan');
  });

  it('is completed when built or operating, or when the year plan is met', () => {
    expect(statusOf({ yearPlan: 100, completedYtd: 5, stage: 'completed' }, 50, thresholds)).toBe('completed');
    expect(statusOf({ stage: 'operating' }, 50, thresholds)).toBe('completed');
    expect(statusOf({ yearPlan: 100, completedYtd: 100, stage: 'construction' }, 50, thresholds)).toBe('completed');
  });
});

describe('stalled', () => {
  const months = (values: (number | undefined)[], stages: ('preparatory' | 'construction')[] = []) =>
    values.map((v, i) => ledger(`2026-0${i + 1}`, [row('P', { yearPlan: 1200, completedYtd: v, stage: stages[i] ?? 'construction' })]));

  it('counts months under construction with no increase, ending with the month', () => {
    // Jan +100, Feb +100, Mar +0, Apr +0 → two months without investment at April.
    const index = indexLedgers(months([100, 200, 200, 200]));
    expect(monthsWithoutInvestment(index, 'P', '2026-04')).toBe(2);
    expect(monthsWithoutInvestment(index, 'P', '2026-03')).toBe(1);
    expect(monthsWithoutInvestment(index, 'P', '2026-02')).toBe(0);
    expect(isStalled(index, 'P', '2026-04', 2)).toBe(true);
    expect(isStalled(index, 'P', '2026-03', 2)).toBe(false);
  });

  it('compares January with zero, since year-to-date figures restart', () => {
    const index = indexLedgers(months([0, 0]));
    expect(monthsWithoutInvestment(index, 'P', '2026-02')).toBe(2);
    const prior = indexLedgers([ledger('2025-12', [row('P', { completedYtd: 900, stage: 'construction' })]), ...months([0])]);
    // The run does not reach back into December.
    expect(monthsWithoutInvestment(prior, 'P', '2026-01')).toBe(1);
  });

  it('counts a downward correction as no increase', () => {
    expect(monthsWithoutInvestment(indexLedgers(months([300, 250, 250])), 'P', '2026-03')).toBe(2);
  });

  it('stops at a month that was not under construction', () => {
    const index = indexLedgers(months([0, 0, 0], ['preparatory', 'construction', 'construction']));
    expect(monthsWithoutInvestment(index, 'P', '2026-03')).toBe(2);
    expect(monthsWithoutInvestment(index, 'P', '2026-01')).toBe(0);
  });

  it('never counts an unknown as no increase: a missing month or figure breaks the run', () => {
    const gap = indexLedgers([
      ledger('2026-01', [row('P', { completedYtd: 100, stage: 'construction' })]),
      ledger('2026-03', [row('P', { completedYtd: 100, stage: 'construction' })]),
      ledger('2026-04', [row('P', { completedYtd: 100, stage: 'construction' })]),
    ]);
    expect(monthsWithoutInvestment(gap, 'P', '2026-04')).toBe(1);
    expect(monthsWithoutInvestment(indexLedgers(months([100, undefined, 100])), 'P', '2026-03')).toBe(0);
  });
});

describe('ledger overdue', () => {
  it('needs a passed deadline and problems still reported', () => {
    expect(isLedgerOverdue({ deadline: '2026-10-20', problems: '3户未签订征收协议' }, '2026-10-31')).toBe(true);
    expect(isLedgerOverdue({ deadline: '2026-10-31', problems: '3户未签订征收协议' }, '2026-10-31')).toBe(false);
    expect(isLedgerOverdue({ deadline: '2026-10-20', problems: '无' }, '2026-10-31')).toBe(false);
    expect(isLedgerOverdue({ deadline: '2026-10-20', problems: ' 暂无 ' }, '2026-10-31')).toBe(false);
    expect(isLedgerOverdue({ problems: '资金未到位' }, '2026-10-31')).toBe(false);
  });
});

describe('projectMonths', () => {
  it('measures every row of the month, sorted by id', () => {
    const data = input(
      [project('B', { nature: 'new' }), project('A')],
      [
        ledger('2026-01', [row('B', { yearPlan: 1200, completedYtd: 50, stage: 'construction' })]),
        ledger('2026-02', [
          row('B', { yearPlan: 1200, completedYtd: 50, stage: 'construction', problems: '用电未接入', deadline: '2026-02-15' }),
          row('A', { yearPlan: 600, completedYtd: 100, stage: 'construction' }),
          row('Z', { completedYtd: 7 }),
        ]),
      ],
    );
    const months = projectMonths(data, '2026-02');
    expect(months.map((m) => m.projectId)).toEqual(['A', 'B', 'Z']);
    const [a, b, z] = months;
    // A: 100/600 = 16.67% at 16.67% time progress: on track; no January row, so no increment.
    expect(a?.completionPct).toBeCloseTo(16.6667, 4);
    expect(a?.lagPoints).toBeCloseTo(0, 10);
    expect(a?.status).toBe('on-track');
    expect(a?.increment).toBeUndefined();
    // B: 50/1200 = 4.17%, lag −12.5: behind; nothing new in February; problem past deadline.
    expect(b?.lagPoints).toBeCloseTo(-12.5, 10);
    expect(b?.status).toBe('behind');
    expect(b?.increment).toBe(0);
    expect(b?.monthsWithoutInvestment).toBe(1);
    expect(b?.stalled).toBe(false);
    expect(b?.overdue).toBe(true);
    expect(b?.project?.nature).toBe('new');
    // Z is not in projects.csv and has no plan.
    expect(z?.project).toBeUndefined();
    expect(z?.status).toBe('no-plan');
    expect(projectMonths(data, '2026-05')).toEqual([]);
    expect(projectMonth(data, '2026-02', 'B')).toEqual(b);
    expect(projectMonth(data, '2026-01', 'A')).toBeUndefined();
  });
});
