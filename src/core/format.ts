// Numbers, money, dates and ranks as readers write them, in Chinese and English. The locale
// is always passed in, never read from the environment, and dates are handled as strings,
// so the same data gives the same text on every machine. Every figure is rounded by rounding.ts's one rule.

import { PERCENT_DIGITS, roundHalfAway } from './rounding.ts';
import type { IndicatorKind, IsoDate, Locale, YearMonth } from './types.ts';

export type MoneyUnit = '万元' | '亿元' | '元';

/** U+2212, the typographic minus: "−11.8个百分点". */
export const MINUS = '\u2212';

/**
 * A plain number with grouping (3,500), rounded half away from zero (rounding.ts) to at most
 * `maxDigits` decimals, trailing zeros dropped down to `minDigits`. A negative number gets "−";
 * a value that rounds to zero never shows as "−0". Written by hand rather than with Intl, so
 * the digits cannot depend on the machine's ICU data, and the same in both locales (both
 * group with "," and mark decimals with ".").
 */
export function formatNumber(n: number, _locale: Locale, maxDigits = 2, minDigits = 0): string {
  return formatDecimal(n, maxDigits, minDigits);
}

/** formatNumber without a locale, for the charts (which are drawn the same in every locale). */
export function formatDecimal(n: number, maxDigits = 2, minDigits = 0): string {
  const r = roundHalfAway(n, maxDigits);
  if (!Number.isFinite(r)) return String(r);
  // toFixed writes 1e21 and over in exponent form; such a number is whole, and BigInt spells it out.
  const abs = Math.abs(r);
  const [int = '0', frac = ''] = abs < 1e21 ? abs.toFixed(maxDigits).split('.') : [BigInt(abs).toString()];
  let decimals = frac;
  while (decimals.length > Math.min(minDigits, maxDigits) && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  return `${r < 0 ? MINUS : ''}${groupDigits(int)}${decimals ? `.${decimals}` : ''}`;
}

/** "1234567" → "1,234,567". */
function groupDigits(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** A count: 79 / 1,234. */
export function formatCount(n: number, locale: Locale): string {
  return formatNumber(n, locale, 0);
}

const toWan = (amount: number, unit: MoneyUnit) => (unit === '亿元' ? amount * 10000 : unit === '元' ? amount / 10000 : amount);

/** Decimals of an amount in 亿元: 4.18亿元, 4.00亿元. */
export const YI_DIGITS = 2;

/**
 * Money as Chinese readers write it: 1亿元 (= 10000万元) and over in 亿元 with two decimals
 * (8.55亿元, 4.00亿元), below in 万元 with grouping and the decimals the ledger gives, at most
 * two (3,500万元, 7,743.4万元). English in millions and billions of yuan: "CNY 855 million",
 * "CNY 10.77 billion"; under a million in yuan. `unit` is the unit of `amount` (the
 * configured money unit, 万元 by default).
 */
export function formatMoney(amount: number, locale: Locale, unit: MoneyUnit = '万元'): string {
  const wan = toWan(amount, unit);
  if (locale === 'zh-CN') {
    // Decide on the rounded figure, so 9999.999万元 reads 1.00亿元 rather than 10,000万元.
    if (Math.abs(roundHalfAway(wan, 2)) >= 10000) return `${formatDecimal(wan / 10000, YI_DIGITS, YI_DIGITS)}亿元`;
    return `${formatDecimal(wan, 2)}万元`;
  }
  const yuan = wan * 10000;
  const abs = Math.abs(yuan);
  if (abs >= 1e9) return `CNY ${formatDecimal(yuan / 1e9, 2)} billion`;
  if (abs >= 1e6) return `CNY ${formatDecimal(yuan / 1e6, 2)} million`;
  return `CNY ${formatDecimal(yuan, 0)}`;
}

/**
 * A bound rather than a measured amount, as a rule states it: "5亿元以上", "500万元以上"; trailing
 * zeros dropped, since the bound is exact (formatMoney's fixed decimals are for figures).
 */
export function formatMoneyBound(amount: number, locale: Locale, unit: MoneyUnit = '万元'): string {
  const wan = toWan(amount, unit);
  if (locale === 'zh-CN') return Math.abs(wan) >= 10000 ? `${formatDecimal(wan / 10000, 4)}亿元` : `${formatDecimal(wan, 2)}万元`;
  return formatMoney(amount, locale, unit);
}

/** A percentage given in percent, with one decimal always (rounding.ts): 4.87 → "4.9%", 60 → "60.0%". */
export function formatPercent(pct: number, _locale?: Locale): string {
  return `${formatDecimal(pct, PERCENT_DIGITS, PERCENT_DIGITS)}%`;
}

/** Percentage points with their sign: "−11.8个百分点" / "−11.8 pp", "+2.5个百分点", "0.0个百分点". */
export function formatPoints(points: number, locale: Locale): string {
  const n = formatDecimal(points, PERCENT_DIGITS, PERCENT_DIGITS);
  const signed = roundHalfAway(points, PERCENT_DIGITS) > 0 ? `+${n}` : n;
  return locale === 'zh-CN' ? `${signed}个百分点` : `${signed} pp`;
}

/** Points without a sign, for sentences that say the direction in words: "落后时间进度11.8个百分点". */
export function formatPointsAbs(points: number, locale: Locale): string {
  const n = formatDecimal(Math.abs(points), PERCENT_DIGITS, PERCENT_DIGITS);
  return locale === 'zh-CN' ? `${n}个百分点` : `${n} points`;
}

/** Year-on-year growth in words: "增长3.2%" / "下降3.2%" / "持平"; "up 3.2%" / "down 3.2%" / "flat". */
export function formatGrowth(growth: number, locale: Locale): string {
  const shown = roundHalfAway(growth, PERCENT_DIGITS);
  const abs = formatPercent(Math.abs(shown));
  if (locale === 'zh-CN') return shown === 0 ? '持平' : shown > 0 ? `增长${abs}` : `下降${abs}`;
  return shown === 0 ? 'flat' : shown > 0 ? `up ${abs}` : `down ${abs}`;
}

/**
 * A statistic with its unit as recorded: "86.5亿元", "86.5 亿元" in English; a percentage by the
 * one rule (65.0%); at most two decimals otherwise.
 */
export function formatValue(value: number, unit: string | undefined, locale: Locale): string {
  if (unit === '%') return formatPercent(value, locale);
  const n = formatNumber(value, locale, 2);
  if (!unit) return n;
  return locale === 'zh-CN' ? `${n}${unit}` : `${n} ${unit}`;
}

/** Land area: "885.5亩" / "885.5 mu". */
export function formatMu(mu: number, locale: Locale): string {
  const n = formatNumber(mu, locale, 2);
  return locale === 'zh-CN' ? `${n}亩` : `${n} mu`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const monthEn = (m: number) => MONTHS_EN[m - 1] ?? String(m);

function splitDate(iso: string): number[] {
  return iso.split('-').map(Number);
}

/** "2026年10月31日" / "31 Oct 2026". */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y = 0, m = 1, d = 1] = splitDate(date);
  return locale === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${monthEn(m)} ${y}`;
}

/** A single month: "2026年10月" / "Oct 2026". */
export function formatMonth(period: YearMonth, locale: Locale): string {
  const [y = 0, m = 1] = splitDate(period);
  return locale === 'zh-CN' ? `${y}年${m}月` : `${monthEn(m)} ${y}`;
}

/**
 * January to the month, without the year: "1-10月" / "Jan–Oct"; January alone is "1月" / "Jan".
 * The way ledgers head their cumulative column (1-8月完成投资).
 */
export function formatMonthRange(period: YearMonth, locale: Locale): string {
  const [, m = 1] = splitDate(period);
  if (locale === 'zh-CN') return m === 1 ? '1月' : `1-${m}月`;
  return m === 1 ? 'Jan' : `Jan–${monthEn(m)}`;
}

/** A cumulative period (Jan–N) with its year: "2026年1-10月" / "Jan–Oct 2026"; `cumulative: false` gives the month alone. */
export function formatPeriod(period: YearMonth, locale: Locale, cumulative = true): string {
  if (!cumulative) return formatMonth(period, locale);
  const [y = 0] = splitDate(period);
  return locale === 'zh-CN' ? `${y}年${formatMonthRange(period, locale)}` : `${formatMonthRange(period, locale)} ${y}`;
}

/** The month alone, without the year: "10月" / "Oct". */
export function formatMonthName(period: YearMonth, locale: Locale): string {
  const [, m = 1] = splitDate(period);
  return locale === 'zh-CN' ? `${m}月` : monthEn(m);
}

/** The month's end, where a stock (余额) is counted: "2026年10月末" / "end of Oct 2026". */
export function formatMonthEnd(period: YearMonth, locale: Locale): string {
  const [y = 0, m = 1] = splitDate(period);
  return locale === 'zh-CN' ? `${y}年${m}月末` : `end of ${monthEn(m)} ${y}`;
}

/** An indicator's period as its kind reads: a stock at the month's end, a flow or ratio from January. */
export function formatIndicatorPeriod(period: YearMonth, kind: IndicatorKind, locale: Locale): string {
  return kind === 'stock' ? formatMonthEnd(period, locale) : formatPeriod(period, locale);
}

const DIGITS_ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (二, 十一, 二十三); larger numbers stay in digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS_ZH[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS_ZH[tens]}十${ones === 0 ? '' : DIGITS_ZH[ones]}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function englishOrdinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "第5名（共6个）" / "5th of 6". */
export function formatRank(rank: number, of: number, locale: Locale): string {
  return locale === 'zh-CN' ? `第${rank}名（共${of}个）` : `${englishOrdinal(rank)} of ${of}`;
}

/**
 * Whether a place is said counting from the bottom: one of the last three, and in the lower
 * half (so 3rd of 6 is 第3, 4th of 6 倒数第三).
 */
export function isBottomPosition(rank: number, of: number): boolean {
  const fromBottom = of - rank + 1;
  return fromBottom >= 1 && fromBottom <= 3 && rank > Math.ceil(of / 2);
}

/** Counting from the bottom: "倒数第二" / "second from last"; 1 is "倒数第一" / "last". */
export function formatFromBottom(fromBottom: number, locale: Locale): string {
  if (locale === 'zh-CN') return `倒数第${chineseNumeral(fromBottom)}`;
  if (fromBottom === 1) return 'last';
  const words = ['', '', 'second', 'third', 'fourth', 'fifth'];
  return `${words[fromBottom] ?? englishOrdinal(fromBottom)} from last`;
}

/**
 * A place as a sentence says it: "倒数第二" / "second from last" near the bottom
 * (isBottomPosition), otherwise "第2位" / "2nd".
 */
export function formatPlace(rank: number, of: number, locale: Locale): string {
  if (isBottomPosition(rank, of)) return formatFromBottom(of - rank + 1, locale);
  return locale === 'zh-CN' ? `第${rank}位` : englishOrdinal(rank);
}
