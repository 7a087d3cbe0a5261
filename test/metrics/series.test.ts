import { describe, expect, it } from 'vitest';
import { indexLedgers } from '../../src/core/metrics/ledgers.ts';
import { projectSeries } from '../../src/core/metrics/series.ts';
import { ledger, row } from './fixtures.ts';

describe('projectSeries', () => {
  const ledgers = [
    ledger('2026-01', [row('P', { yearPlan: 1200, completedYtd: 0, stage: 'preparatory', problems: '施工许可未办理', measures: '住建局加快审批', deadline: '2026-02-15' })]),
    ledger('2026-02', [row('P', { yearPlan: 1200, completedYtd: 80, stage: 'construction', problems: '施工许可未办理', measures: '住建局加快审批', deadline: '2026-02-15' })]),
    ledger('2026-03', [row('P', { yearPlan: 2400, completedYtd: 300, stage: 'construction' })]),
    ledger('2026-04', [row('P', { yearPlan: 2400, completedYtd: 700, stage: 'completed' })]),
    ledger('2026-05', [row('P', { yearPlan: 2400, completedYtd: 900, stage: 'completed' })]),
  ];
  const s = projectSeries(indexLedgers(ledgers), 'P', '2026-04');

  it('has twelve months of investment against the current plan spread evenly', () => {
    expect(s.investment).toHaveLength(12);
    expect(s.asOf).toBe('2026-04');
    // The plan was raised to 2400 in March: the line uses the latest plan, 200 a month.
    expect(s.currentYearPlan).toBe(2400);
    expect(s.investment.map((p) => p.plannedToDate)).toEqual([200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000, 2200, 2400]);
    expect(s.investment.map((p) => p.completedYtd)).toEqual([0, 80, 300, 700, ...Array(8).fill(undefined)]);
    expect(s.investment.map((p) => p.increment).slice(0, 5)).toEqual([0, 80, 220, 400, undefined]);
    expect(s.investment[1]?.yearPlan).toBe(1200);
  });

  it('records stages month by month and the transitions between them', () => {
    expect(s.stages.map((p) => p.stage)).toEqual(['preparatory', 'construction', 'construction', 'completed']);
    expect(s.transitions).toEqual([
      { period: '2026-02', from: 'preparatory', to: 'construction' },
      { period: '2026-04', from: 'construction', to: 'completed' },
    ]);
  });

  it('keeps problems and measures only where they changed', () => {
    expect(s.problems).toEqual([
      { period: '2026-01', problems: '施工许可未办理', measures: '住建局加快审批', deadline: '2026-02-15' },
      { period: '2026-03', problems: undefined, measures: undefined, deadline: undefined },
    ]);
  });

  it('is empty for a project the ledgers never mention', () => {
    const none = projectSeries(indexLedgers(ledgers), 'X', '2026-04');
    expect(none.asOf).toBeUndefined();
    expect(none.stages).toEqual([]);
    expect(none.investment.every((p) => p.plannedToDate === undefined)).toBe(true);
  });
});
