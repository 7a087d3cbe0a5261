// The project chart is drawn without Plot (project-progress.ts, drawPicture) because a
// province draws it thousands of times. Plot's drawing stays as the reference: for any
// input, the two must give the same bytes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartLabels, projectProgress, type ProjectProgressInput } from '../../src/core/charts/index.ts';
import { charts, jsdomDocument } from './all-charts.ts';

const amount = fc.oneof(
  fc.double({ min: -5000, max: 5_000_000, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 20000 }),
  fc.constant(0),
);

const input: fc.Arbitrary<ProjectProgressInput> = fc.record({
  id: fc.constantFrom('project-SL-1', 'p 2', '项目-3'),
  title: fc.string({ maxLength: 20 }),
  year: fc.constantFrom(2024, 2026),
  yearPlan: fc.option(amount, { nil: null }),
  months: fc.array(
    fc.record({
      period: fc.tuple(fc.constantFrom(2023, 2024, 2026), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      completedYtd: fc.option(amount, { nil: null }),
    }),
    { maxLength: 14 },
  ),
  subject: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  timeProgress: fc.constantFrom('months' as const, 'days' as const),
});

describe('project chart drawn directly = drawn by Plot', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`any year plan and months, gaps and negative figures included (${locale})`, () => {
      const labels = chartLabels(locale, locale === 'en' ? '亿元' : '万元');
      fc.assert(
        fc.property(input, (i) => {
          expect(String(projectProgress(i, labels).svg)).toBe(String(projectProgress(i, labels, { withPlot: true }).svg));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('the fixtures, in the minimal DOM and in jsdom', () => {
    for (const name of ['projectProgress', 'projectProgressEnglish', 'projectProgressNoPlan', 'projectProgressEmpty']) {
      const make = charts[name]!;
      const plot = make({ withPlot: true }).svg;
      expect(make().svg).toBe(plot);
      expect(make({ createDocument: jsdomDocument }).svg).toBe(plot);
    }
  });

  it('is not trivially equal: the two drawings differ when the picture does', () => {
    const labels = chartLabels('zh-CN');
    const base: ProjectProgressInput = { id: 'p', title: 't', year: 2026, yearPlan: 100, months: [{ period: '2026-03', completedYtd: 40 }] };
    expect(String(projectProgress(base, labels).svg)).not.toBe(String(projectProgress({ ...base, months: [{ period: '2026-03', completedYtd: 41 }] }, labels, { withPlot: true }).svg));
  });
});
