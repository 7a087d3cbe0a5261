import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateBy, aggregatePortfolio, portfolioSeries } from '../../src/core/metrics/aggregate.ts';
import type { LedgerRow, Project, ProjectNature, Stage } from '../../src/core/types.ts';
import { input, ledger, project, row } from './fixtures.ts';

describe('portfolio', () => {
  it('after two months at 4.87% of plan lags time progress by 11.8 points', () => {
    const data = input(
      [project('A'), project('B')],
      [ledger('2026-02', [row('A', { yearPlan: 60000, completedYtd: 3000 }), row('B', { yearPlan: 40000, completedYtd: 1870 })])],
    );
    const p = aggregatePortfolio(data, '2026-02');
    expect(p.projectCount).toBe(2);
    expect(p.yearPlan).toBe(100000);
    expect(p.completedYtd).toBe(4870);
    expect(p.completionPct).toBeCloseTo(4.87, 10);
    expect(p.timeProgressPct).toBeCloseTo(16.6667, 4);
    expect(p.lagPoints).toBe(-11.8); // 4.9 − 16.7, the figures as printed
  });

  it('is a rate of sums, not an average of rates', () => {
    // A: 50 of 100 = 50%; B: 1000 of 10000 = 10%. The average of rates would be 30%;
    // the portfolio did 1050 of 10100 = 10.40%.
    const data = input([project('A'), project('B')], [ledger('2026-06', [
      row('A', { yearPlan: 100, completedYtd: 50 }),
      row('B', { yearPlan: 10000, completedYtd: 1000 }),
    ])]);
    const p = aggregatePortfolio(data, '2026-06');
    expect(p.completionPct).toBeCloseTo((1050 / 10100) * 100, 10);
    expect(p.completionPct).toBeCloseTo(10.396, 3);
    expect(p.completionPct).not.toBeCloseTo(30, 0);
    expect(p.lagPoints).toBe(-39.6); // 10.4 − 50.0
  });

  it('counts statuses, stalled and overdue projects, and increments', () => {
    const data = input([project('A'), project('B'), project('C'), project('D')], [
      ledger('2026-05', [
        row('A', { yearPlan: 1200, completedYtd: 100, stage: 'construction' }),
        row('B', { yearPlan: 1200, completedYtd: 600, stage: 'construction' }),
      ]),
      ledger('2026-06', [
        row('A', { yearPlan: 1200, completedYtd: 100, stage: 'construction', problems: '资金未到位', deadline: '2026-06-10' }),
        row('B', { yearPlan: 1200, completedYtd: 700, stage: 'construction' }),
        row('C', { completedYtd: 20, stage: 'preparatory' }),
        row('D', { yearPlan: 100, completedYtd: 30, stage: 'operating' }),
      ]),
    ]);
    const p = aggregatePortfolio(data, '2026-06');
    // A: 8.3% (−41.7) seriously behind; B: 58.3% on track; C no plan; D operating.
    expect(p.statusCounts).toEqual({ 'seriously-behind': 1, behind: 0, 'on-track': 1, completed: 1, 'no-plan': 1 });
    expect(p.overdueCount).toBe(1);
    // A had no new investment in June only (May was +100 on an unknown April): one month, not stalled at 2.
    expect(p.stalledCount).toBe(0);
    expect(p.increment).toBe(100); // B +100, A +0; C and D have no May row
    expect(p.yearPlan).toBe(2500);
    expect(p.completedYtd).toBe(850);
  });

  it('counts stages by nature, as the documents report them', () => {
    const nature = (n: ProjectNature | undefined, count: number, stages: Stage[]) =>
      Array.from({ length: count }, (_, i) => ({ n, s: stages[i] ?? 'preparatory' }));
    // "去年结转的26个项目，17个已开工建设；18个新开工项目，5个已开工" (+ 2 of the 17 finished).
    const specs = [
      ...nature('continuing', 26, [...Array(15).fill('construction'), 'completed', 'operating']),
      ...nature('new', 18, Array(5).fill('construction')),
      ...nature('preparatory', 20, []),
      ...nature(undefined, 1, ['construction']),
    ];
    const projects = specs.map((s, i) => project(`P${i}`, s.n ? { nature: s.n } : {}));
    const rows = specs.map((s, i) => row(`P${i}`, { yearPlan: 100, completedYtd: 10, stage: s.s }));
    const p = aggregatePortfolio(input(projects, [ledger('2026-03', rows)]), '2026-03');
    expect(p.byNature.continuing).toEqual({ total: 26, preparatory: 9, construction: 15, completed: 1, operating: 1, unknown: 0, started: 17, finished: 2 });
    expect(p.byNature.new.started).toBe(5);
    expect(p.byNature.new.total).toBe(18);
    expect(p.byNature.preparatory).toMatchObject({ total: 20, started: 0 });
    expect(p.byNature.unknown).toMatchObject({ total: 1, started: 1 });
  });
});

describe('aggregateBy', () => {
  const projects = [
    project('A', { responsibleUnit: '县住建局', township: '城南街道', program: '基础设施提升工程' }),
    project('B', { responsibleUnit: '县住建局', township: '城北街道' }),
    project('C', { responsibleUnit: '县交通运输局', township: '城南街道' }),
    project('D'),
  ];
  const data = input(projects, [ledger('2026-03', [
    row('A', { yearPlan: 1000, completedYtd: 300 }),
    row('B', { yearPlan: 3000, completedYtd: 300 }),
    row('C', { yearPlan: 2000, completedYtd: 1000 }),
    row('D', { yearPlan: 500, completedYtd: 50 }),
  ])]);

  it('groups by unit with sums per group, in name order', () => {
    const { groups, unassigned } = aggregateBy(data, '2026-03', 'responsibleUnit');
    expect(groups.map((g) => [g.key, g.projectCount, g.yearPlan, g.completedYtd])).toEqual([
      ['县交通运输局', 1, 2000, 1000],
      ['县住建局', 2, 4000, 600],
    ]);
    expect(groups[1]?.completionPct).toBe(15);
    expect(unassigned?.projectIds).toEqual(['D']);
  });

  it('adds up to the portfolio with the unassigned', () => {
    for (const by of ['program', 'responsibleUnit', 'township'] as const) {
      const { groups, unassigned } = aggregateBy(data, '2026-03', by);
      const total = [...groups, ...(unassigned ? [unassigned] : [])].reduce((s, g) => s + g.completedYtd, 0);
      expect(total).toBe(aggregatePortfolio(data, '2026-03').completedYtd);
    }
  });

  it('gives the portfolio month by month', () => {
    const series = portfolioSeries(input(projects, [ledger('2026-02', [row('A', { yearPlan: 10, completedYtd: 1 })]), ledger('2026-01', [])]));
    expect(series.map((a) => [a.period, a.projectCount])).toEqual([['2026-01', 0], ['2026-02', 1]]);
  });
});

// ---------------------------------------------------------------- properties

const natures: (ProjectNature | undefined)[] = ['continuing', 'new', 'preparatory', undefined];
const stages: (Stage | undefined)[] = ['preparatory', 'construction', 'completed', 'operating', undefined];
const units = ['县住建局', '县交通运输局', '县水利局', undefined];

const portfolioArb = fc
  .array(
    fc.record({
      plan: fc.option(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { nil: undefined }),
      done: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
      prev: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
      nature: fc.constantFrom(...natures),
      stage: fc.constantFrom(...stages),
      unit: fc.constantFrom(...units),
      problems: fc.constantFrom(undefined, '无', '资金未到位'),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((specs) => {
    const projects: Project[] = specs.map((s, i) => project(`P${String(i).padStart(2, '0')}`, { nature: s.nature, responsibleUnit: s.unit }));
    const rows = (pick: 'done' | 'prev'): LedgerRow[] =>
      specs.map((s, i) => row(`P${String(i).padStart(2, '0')}`, { yearPlan: s.plan, completedYtd: s[pick], stage: s.stage, problems: s.problems, deadline: '2026-05-01' }));
    return { projects, may: rows('prev'), june: rows('done') };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('aggregate properties', () => {
  it('do not change when rows and projects are reordered', () => {
    fc.assert(
      fc.property(portfolioArb, fc.nat(), ({ projects, may, june }, seed) => {
        const a = input(projects, [ledger('2026-05', may), ledger('2026-06', june)]);
        const b = input(shuffled(projects, seed), [ledger('2026-06', shuffled(june, seed + 1)), ledger('2026-05', shuffled(may, seed + 2))]);
        expect(aggregatePortfolio(b, '2026-06')).toEqual(aggregatePortfolio(a, '2026-06'));
        expect(aggregateBy(b, '2026-06', 'responsibleUnit')).toEqual(aggregateBy(a, '2026-06', 'responsibleUnit'));
      }),
    );
  });

  it('put the portfolio rate between the smallest and largest rate of its parts when every plan is positive', () => {
    fc.assert(
      fc.property(portfolioArb, ({ projects, june }) => {
        const planned = june.filter((r) => r.yearPlan !== undefined && r.yearPlan > 0);
        fc.pre(planned.length > 0);
        const rates = planned.map((r) => ((r.completedYtd ?? 0) * 100) / (r.yearPlan ?? 1));
        const p = aggregatePortfolio(input(projects, [ledger('2026-06', planned)]), '2026-06');
        const eps = 1e-9 * Math.max(1, ...rates);
        expect(p.completionPct).toBeGreaterThanOrEqual(Math.min(...rates) - eps);
        expect(p.completionPct).toBeLessThanOrEqual(Math.max(...rates) + eps);
      }),
    );
  });
});
