import { describe, expect, it } from 'vitest';
import { lagPct, ratePct } from '../../src/core/charts/chart.ts';

describe('chart rates', () => {
  it('gives a percent with one decimal and the lag against time progress', () => {
    expect(ratePct(4870, 100000)).toBe(4.9);
    expect(lagPct(4870, 100000, 100 / 6)).toBe(-11.8);
  });

  it('has no rate without a denominator', () => {
    expect(ratePct(1, 0)).toBeNull();
    expect(ratePct(1, undefined)).toBeNull();
    expect(lagPct(1, null, 50)).toBeNull();
  });

  // A chart labelled "Infinity%" (or a bar to infinity) is worse than a gap.
  it('has no rate when the quotient overflows', () => {
    expect(ratePct(1, 5e-324)).toBeNull();
    expect(ratePct(-1, 5e-324)).toBeNull();
    expect(lagPct(1, 5e-324, 50)).toBeNull();
    expect(ratePct(1e307, 1)).toBeNull();
  });
});
