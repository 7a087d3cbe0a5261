// Numbers, money, dates and ranks as readers write them, in Chinese and English. The locale
// is always passed in, never read from the environment, and dates are handled as strings,
// so the same data gives the same text on every machine. All rounding happens here.

import type { IsoDate, Locale, YearMonth } from './types.ts';

export type MoneyUnit = '万元' | '亿元' | '元';

/** U+2212, the typographic minus: "−11.8个百分点". */
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, min: number, max: number, sign: 'negative' | 'exceptZero'): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}|${sign}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: sign, useGrouping: true });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A plain number with grouping (3,500) and at most `maxDigits` decimals, trailing zeros
 * dropped unless `minDigits` asks for them. A negative number gets "−"; a value that rounds to
 * zero never shows as "−0".
 */
export function formatNumber(n: number, locale: Locale, maxDigits = 2, minDigits = 0): string {
  // Whole numbers, most of what a page shows, grouped by hand: what Intl writes in both locales.
  if (minDigits === 0 && Number.isSafeInteger(n)) return groupDigits(n);
  return numberFormat(locale, Math.min(minDigits, maxDigits), maxDigits, 'negative').format(n).replace('-', MINUS);
}

/** 1234567 → "1,234,567", −3500 → "−3,500", −0 → "0". */
function groupDigits(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 ? MINUS + out : out;
}

/** A count: 79 / 1,234. */
export function formatCount(n: number, locale: Locale): string {
  return formatNumber(Math.round(n), locale, 0);
}

const toWan = (amount: number, unit: MoneyUnit) => (unit === '亿元' ? amount * 10000 : unit === '元' ? amount / 10000 : amount);

/**
 * Money as Chinese readers write it: 1亿元 (= 10000万元) and over in 亿元 (8.55亿元, 107.7亿元),
 * below in 万元 with grouping (3,500万元). English in millions and billions of yuan:
 * "CNY 855 million", "CNY 35 million", "CNY 10.77 billion"; under a million in yuan.
 * `unit` is the unit of `amount` (the configured money unit, 万元 by default).
 */
export function formatMoney(amount: number, locale: Locale, unit: MoneyUnit = '万元', maxDigits = 2): string {
  const wan = toWan(amount, unit);
  if (locale === 'zh-CN') {
    const yi = wan / 10000;
    // Decide on the rounded figure, so 9999.999万元 reads 1亿元 rather than 10,000万元.
    if (Math.abs(Number(wan.toFixed(maxDigits))) >= 10000) {
      return `${formatNumber(yi, locale, maxDigits)}亿元`;
    }
    return `${formatNumber(wan, locale, maxDigits)}万元`;
  }
  const yuan = wan * 10000;
  const abs = Math.abs(yuan);
  if (abs >= 1e9) return `CNY ${formatNumber(yuan / 1e9, locale, maxDigits)} billion`;
  if (abs >= 1e6) return `CNY ${formatNumber(yuan / 1e6, locale, maxDigits)} million`;
  return `CNY ${formatNumber(yuan, locale, 0)}`;
}

/** A percentage given in percent: 4.87 → "4.9%", 60 → "60%" (one decimal by default, trailing zero dropped). */
export function formatPercent(pct: number, locale: Locale, maxDigits = 1, minDigits = 0): string {
  return `${formatNumber(pct, locale, maxDigits, minDigits)}%`;
}

/** Percentage points with their sign: "−11.8个百分点" / "−11.8 pp", "+2.5个百分点", "0个百分点". */
export function formatPoints(points: number, locale: Locale, maxDigits = 1): string {
  const n = numberFormat(locale, 0, maxDigits, 'exceptZero').format(points).replace('-', MINUS);
  return locale === 'zh-CN' ? `${n}个百分点` : `${n} pp`;
}

/** Points without a sign, for sentences that say the direction in words: "落后时间进度11.8个百分点". */
export function formatPointsAbs(points: number, locale: Locale, maxDigits = 1): string {
  const n = formatNumber(Math.abs(points), locale, maxDigits);
  return locale === 'zh-CN' ? `${n}个百分点` : `${n} ${n === '1' ? 'point' : 'points'}`;
}

/** Year-on-year growth in words: "增长3.2%" / "下降3.2%" / "持平"; "up 3.2%" / "down 3.2%" / "flat". */
export function formatGrowth(growth: number, locale: Locale, maxDigits = 1): string {
  const abs = formatPercent(Math.abs(growth), locale, maxDigits);
  const zero = abs === '0%';
  if (locale === 'zh-CN') return zero ? '持平' : growth > 0 ? `增长${abs}` : `下降${abs}`;
  return zero ? 'flat' : growth > 0 ? `up ${abs}` : `down ${abs}`;
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
