// The one rounding rule of every published figure (docs/methodology.md, 数值修约):
// 四舍五入 on the decimal value, half away from zero; percentages and percentage points keep
// one decimal, amounts in 亿元 two. Comparisons a page states in words — below or above time
// progress, on track or behind, a grade, level with — are decided on the figures as printed,
// so no sentence can contradict the numbers beside it.

/** Decimals of every percentage and percentage-point figure: 59.1%, 15.0个百分点. */
export const PERCENT_DIGITS = 1;

/**
 * Round half away from zero to `digits` decimals, on the decimal value the figure stands
 * for: 59.05 (stored in binary as 59.04999…) rounds to 59.1, as a person rounding by hand
 * gets. The scaled value is read at 15 significant digits, which drops the binary noise of
 * a division without reaching digits a ledger figure has. −0 becomes 0.
 */
export function roundHalfAway(value: number, digits: number): number {
  // A whole number is its own rounding (and past 15 digits the reading below would change it).
  if (!Number.isFinite(value) || Number.isInteger(value)) return value === 0 ? 0 : value;
  const f = 10 ** digits;
  const scaled = Number((Math.abs(value) * f).toPrecision(15));
  const r = (Math.sign(value) * Math.round(scaled)) / f;
  return r === 0 ? 0 : r;
}

/** A percentage or a number of points as published: one decimal. */
export function publishedPct(pct: number): number {
  return roundHalfAway(pct, PERCENT_DIGITS);
}

/**
 * The lag as published: the printed rate minus the printed time progress, so that
 * "完成83.3%，时间进度83.3%" always goes with a lag of 0.0 (与时间进度持平), never −0.1.
 */
export function publishedDifference(a: number, b: number): number {
  return roundHalfAway(publishedPct(a) - publishedPct(b), PERCENT_DIGITS);
}
