import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLedgers, monthlyIncrement } from '../../src/core/metrics/ledgers.ts';
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

describe('projectSeries against the ledger look-ups', () => {
  // Any months present or missing, figures present or missing, across a year boundary: each
  // month's figures are those of index.row and monthlyIncrement, asked month by month.
  it('gives each month the row and increment the index gives', () => {
    const periods = ['2025-11', '2025-12', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
    const month = fc.record({ present: fc.boolean(), completedYtd: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }), yearPlan: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(month, { minLength: periods.length, maxLength: periods.length }), fc.constantFrom(...periods), (months, upTo) => {
        const ledgers = periods.flatMap((period, i) => {
          const m = months[i]!;
          const fields = { ...(m.completedYtd === undefined ? {} : { completedYtd: m.completedYtd }), ...(m.yearPlan === undefined ? {} : { yearPlan: m.yearPlan }) };
          return m.present ? [ledger(period, [row('P', fields), row('Q', { completedYtd: 1 })])] : [ledger(period, [row('Q', { completedYtd: 1 })])];
        });
        const index = indexLedgers(ledgers);
        const s = projectSeries(index, 'P', upTo);
        const asked = s.investment.map((p) => (p.period <= upTo ? index.row(p.period, 'P') : undefined));
        const known = s.investment.filter((_, i) => asked[i] !== undefined).map((p) => p.period);
        expect(s.stages.map((p) => p.period)).toEqual(known);
        expect(s.asOf).toBe(known.at(-1));
        expect(s.currentYearPlan).toBe(s.asOf === undefined ? undefined : index.row(s.asOf, 'P')?.yearPlan);
        s.investment.forEach((p, i) => {
          expect(p.completedYtd).toBe(asked[i]?.completedYtd);
          expect(p.yearPlan).toBe(asked[i]?.yearPlan);
          expect(p.increment).toBe(asked[i] ? monthlyIncrement(index, 'P', p.period) : undefined);
        });
      }),
      { numRuns: 300 },
    );
  });
});
