// Chart numbers, through the portal's one formatter (../format.ts) and its one rounding rule
// (../rounding.ts): locale-independent, with a true minus sign (U+2212).

import { formatDecimal } from '../format.ts';
import { PERCENT_DIGITS, roundHalfAway } from '../rounding.ts';

/** Round half away from zero to `digits` decimals; -0 becomes 0. */
export const round = roundHalfAway;

/** 12345.678 → "12,345.7" (digits = max decimals; trailing zeros dropped unless `fixed`). */
export function formatNumber(value: number, digits = 1, fixed = false): string {
  return formatDecimal(value, digits, fixed ? digits : 0);
}

/** 45.23 → "45.2%", 30 → "30.0%" (the value is already in percent; one decimal, as on the pages). */
export function formatPercent(value: number): string {
  return `${formatDecimal(value, PERCENT_DIGITS, PERCENT_DIGITS)}%`;
}

/** A signed number of percentage points: 3.25 → "+3.3", −11.8 → "−11.8". */
export function formatSigned(value: number, digits = PERCENT_DIGITS): string {
  const s = formatNumber(value, digits, true);
  return round(value, digits) > 0 ? `+${s}` : s;
}
