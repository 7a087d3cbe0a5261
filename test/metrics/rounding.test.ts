// The one rounding rule (src/core/rounding.ts): 四舍五入 on the decimal value a figure stands
// for, half away from zero, whatever its binary representation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedDifference, roundHalfAway } from '../../src/core/rounding.ts';

/** Exact decimal rounding of n / 10^scale to `digits` decimals, by integer arithmetic. */
function decimalRound(n: bigint, scale: number, digits: number): number {
  const drop = 10n ** BigInt(scale - digits);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = abs / drop + ((abs % drop) * 2n >= drop ? 1n : 0n);
  const r = Number(q) / 10 ** digits;
  return negative && r !== 0 ? -r : r;
}

describe('roundHalfAway', () => {
  it('rounds as a person does on the written decimal: 59.05 → 59.1, −15.05 → −15.1, 1.005 → 1.01', () => {
    expect(roundHalfAway(59.05, 1)).toBe(59.1);
    expect(roundHalfAway(-15.05, 1)).toBe(-15.1);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-0.04, 1)).toBe(0);
    expect(Object.is(roundHalfAway(-0.04, 1), -0)).toBe(false);
    expect(roundHalfAway(1_000_000_001_115_281, 0)).toBe(1_000_000_001_115_281);
  });

  it('equals exact decimal rounding for figures with up to four decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 }), (n, scale, digits) => {
        const value = Number(n) / 10 ** scale;
        expect(roundHalfAway(value, digits)).toBe(decimalRound(n, scale, digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the difference of two printed figures exactly: 83.26 − 83.33 is 83.3 − 83.3 = 0', () => {
    expect(publishedDifference(83.26, 250 / 3)).toBe(0);
    expect(publishedDifference(68.3, 250 / 3)).toBe(-15);
    expect(publishedDifference(4.87, 100 / 6)).toBe(-11.8);
  });
});
