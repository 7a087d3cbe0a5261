// Number formatting that does not depend on the machine's locale or ICU data, so two
// builds format identically. Charts use a true minus sign (U+2212); tables and CSV keep
// plain numbers.

/** Round half away from zero to `digits` decimals; -0 becomes 0. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON * f) / f;
  return r === 0 ? 0 : r;
}

/** 12345.678 → "12,345.7" (digits = max decimals; trailing zeros dropped unless `fixed`). */
export function formatNumber(value: number, digits = 1, fixed = false): string {
  const r = round(value, digits);
  const [int = '0', frac = ''] = Math.abs(r).toFixed(digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fixed ? frac : frac.replace(/0+$/, '');
  return `${r < 0 ? '−' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** 45.23 → "45.2%" (the value is already in percent). */
export function formatPercent(value: number, digits = 1): string {
  // Trailing zeros dropped (30%, not 30.0%), as the pages write percentages.
  return `${formatNumber(value, digits)}%`;
}

/** A signed number of percentage points: 3.25 → "+3.3", −11.8 → "−11.8". */
export function formatSigned(value: number, digits = 1): string {
  const s = formatNumber(value, digits, true);
  return round(value, digits) > 0 ? `+${s}` : s;
}
