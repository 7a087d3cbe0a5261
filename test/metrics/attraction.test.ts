import { describe, expect, it } from 'vitest';
import { attractionFunnel, signingsByMonth, sizeBands } from '../../src/core/metrics/attraction.ts';
import type { AttractionProject, AttractionStage } from '../../src/core/types.ts';

const p = (id: string, stage: AttractionStage, amount?: number, signedDate?: string): AttractionProject => ({ id, name: `招商项目${id}`, stage, amount, signedDate });

// 2 intentions, 4 signed only, 2 at contract, 2 started: 8 signed or beyond.
const projects = [
  p('1', 'intention', 80000),
  p('2', 'intention'),
  p('3', 'signed', 60000, '2026-03-18'),
  p('4', 'signed', 12000, '2026-03-02'),
  p('5', 'signed', 5000, '2026-04-10'),
  p('6', 'signed', 3000, '2026-04-30'),
  p('7', 'contract', 50000, '2026-01-15'),
  p('8', 'contract', 9999, '2026-01-20'),
  p('9', 'started', 20000, '2025-11-08'),
  p('10', 'started', 10000),
];

describe('attractionFunnel', () => {
  const f = attractionFunnel(projects);

  it('counts projects that reached at least each stage', () => {
    expect(f.steps.map((s) => [s.stage, s.count, s.countAt])).toEqual([
      ['intention', 10, 2],
      ['signed', 8, 4],
      ['contract', 4, 2],
      ['started', 2, 2],
    ]);
    expect(f.steps.map((s) => s.amount)).toEqual([249999, 169999, 89999, 30000]);
  });

  it('gives 合同签订率 = contract or beyond ÷ signed or beyond and 开工率 = started ÷ signed or beyond', () => {
    expect(f.performanceRate).toBe(50); // 4 / 8
    expect(f.landingRate).toBe(25); // 2 / 8
    expect(f.landingRateByAmount).toBeCloseTo((30000 * 100) / 169999, 10);
    expect(attractionFunnel([p('x', 'intention')]).performanceRate).toBeUndefined();
  });
});

describe('sizeBands and signings', () => {
  it('counts signed projects of 5亿元 and 1亿元 or more, cumulatively, bounds inclusive', () => {
    // Signed or beyond: 60000, 12000, 5000, 3000, 50000, 9999, 20000, 10000. The intention of 80000 does not count.
    expect(sizeBands(projects)).toEqual([
      { min: 50000, count: 2, amount: 110000 },
      { min: 10000, count: 5, amount: 152000 },
    ]);
  });

  it('groups signings by month', () => {
    expect(signingsByMonth(projects)).toEqual([
      { period: '2025-11', count: 1, amount: 20000 },
      { period: '2026-01', count: 2, amount: 59999 },
      { period: '2026-03', count: 2, amount: 72000 },
      { period: '2026-04', count: 2, amount: 8000 },
    ]);
  });
});
