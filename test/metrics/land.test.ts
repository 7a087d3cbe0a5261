import { describe, expect, it } from 'vitest';
import { landProgress, landTotals } from '../../src/core/metrics/land.ts';

describe('landProgress', () => {
  it('gives percentages and done flags per project', () => {
    expect(landProgress({ projectId: 'A', landTargetMu: 120, landAcquiredMu: 86.5, demolitionTarget: 35, demolished: 28 })).toEqual({
      projectId: 'A',
      landPct: (86.5 * 100) / 120,
      demolitionPct: 80,
      landDone: false,
      demolitionDone: false,
      fullyDone: false,
    });
    expect(landProgress({ projectId: 'B', landTargetMu: 50, landAcquiredMu: 50 })).toMatchObject({ landPct: 100, demolitionPct: undefined, landDone: true, demolitionDone: undefined, fullyDone: true });
    expect(landProgress({ projectId: 'C', landTargetMu: 50, landAcquiredMu: 50, demolitionTarget: 3, demolished: 2 }).fullyDone).toBe(false);
    expect(landProgress({ projectId: 'D' })).toMatchObject({ landPct: undefined, fullyDone: false });
  });
});

describe('landTotals', () => {
  it('adds up acquired over target, never averaging percentages', () => {
    const t = landTotals([
      { projectId: 'B', landTargetMu: 1000, landAcquiredMu: 400, demolitionTarget: 100, demolished: 50, demolishedAreaSqm: 12000 },
      { projectId: 'A', landTargetMu: 475.83, landAcquiredMu: 475.83, demolitionTarget: 20, demolished: 20 },
      { projectId: 'C', landTargetMu: 0, demolitionTarget: 10, demolished: 0, demolishedAreaSqm: 500.5 },
    ]);
    expect(t.projectCount).toBe(3);
    expect(t.fullyDoneCount).toBe(1);
    expect(t.landTargetMu).toBeCloseTo(1475.83, 10);
    expect(t.landAcquiredMu).toBeCloseTo(875.83, 10);
    // 875.83 / 1475.83 = 59.3%; the mean of 40% and 100% would be 70%.
    expect(t.landPct).toBeCloseTo(59.345, 3);
    expect(t.demolitionPct).toBeCloseTo((70 * 100) / 130, 10);
    expect(t.demolishedAreaSqm).toBe(12500.5);
    expect(t.projects.map((p) => p.projectId)).toEqual(['A', 'B', 'C']);
  });
});
