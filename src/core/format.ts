// Numbers, money, dates and ranks as readers write them, in every locale. The locale is
// always passed in, never read from the environment, and dates are handled as strings, so the
// same data gives the same text on every machine. Every figure is rounded by rounding.ts's one
// rule; what differs between locales (亿元/万元 or millions, 年月日 or "31 Oct 2026", 第5名 or
// "5th") is the locale's LocaleFormat (src/i18n/core/<locale>.ts), never a branch here.

import { PERCENT_DIGITS, roundHalfAway } from './rounding.ts';
import type { IndicatorKind, IsoDate, Locale, YearMonth } from './types.ts';
import { localeFormat } from '../i18n/catalog.ts';
import { fill, type Env, type Slots } from '../i18n/message.ts';
import type { LocaleFormat, MoneyScale } from '../i18n/types.ts';

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

const pluralRules = new Map<string, { cardinal: Intl.PluralRules; ordinal: Intl.PluralRules }>();

/** How the locale's format templates are filled: plural forms by Intl.PluralRules, # as a count. */
export function formatEnv(locale: Locale): Env {
  const f = localeFormat(locale);
  let rules = pluralRules.get(f.pluralRules);
  if (!rules) pluralRules.set(f.pluralRules, (rules = { cardinal: new Intl.PluralRules(f.pluralRules), ordinal: new Intl.PluralRules(f.pluralRules, { type: 'ordinal' }) }));
  const r = rules;
  return {
    plural: (n, ordinal) => (ordinal ? r.ordinal : r.cardinal).select(n),
    count: (n) => formatDecimal(n, 0),
    format: (name, v) => {
      const n = Number(v);
      if (name === 'ordinal') return fill(f.ordinal, { n }, formatEnv(locale));
      if (name === 'hanzi') return chineseNumeral(n);
      return undefined;
    },
  };
}

const envs = new Map<Locale, Env>();
const envOf = (locale: Locale) => {
  let e = envs.get(locale);
  if (!e) envs.set(locale, (e = formatEnv(locale)));
  return e;
};

/** A template of the locale's formatting rules, filled. */
const put = (locale: Locale, template: string, slots: Slots) => fill(template, slots, envOf(locale));

/** The scale an amount (in yuan) is written in: the largest it reaches as the next smaller scale would round it. */
function moneyScale(yuan: number, scales: LocaleFormat['money']): MoneyScale {
  for (let i = 0; i < scales.length - 1; i++) {
    const scale = scales[i]!;
    const smaller = scales[i + 1]!;
    const shown = Math.abs(roundHalfAway(yuan / smaller.yuan, smaller.digits)) * smaller.yuan;
    if (shown >= scale.yuan) return scale;
  }
  return scales[scales.length - 1]!;
}

/**
 * Money as the locale's readers write it. Chinese: 1亿元 (= 10000万元) and over in 亿元 with two
 * decimals (8.55亿元, 4.00亿元), below in 万元 with grouping and the decimals the ledger gives, at
 * most two (3,500万元, 7,743.4万元). English in millions and billions of yuan: "CNY 855 million",
 * "CNY 10.77 billion"; under a million in yuan. The scales are the locale's (LocaleFormat.money),
 * chosen on the rounded figure, so 9999.999万元 reads 1.00亿元 rather than 10,000万元. `unit` is the
 * unit of `amount` (the configured money unit, 万元 by default).
 */
export function formatMoney(amount: number, locale: Locale, unit: MoneyUnit = '万元'): string {
  const yuan = toWan(amount, unit) * 10000;
  const scale = moneyScale(yuan, localeFormat(locale).money);
  return put(locale, scale.template, { n: formatDecimal(yuan / scale.yuan, scale.digits, scale.minDigits) });
}

/**
 * A bound rather than a measured amount, as a rule states it: "5亿元以上", "500万元以上"; trailing
 * zeros dropped, since the bound is exact (formatMoney's fixed decimals are for figures).
 */
export function formatMoneyBound(amount: number, locale: Locale, unit: MoneyUnit = '万元'): string {
  const yuan = toWan(amount, unit) * 10000;
  const scale = moneyScale(yuan, localeFormat(locale).money);
  return put(locale, scale.template, { n: formatDecimal(yuan / scale.yuan, scale.boundDigits ?? scale.digits, scale.boundDigits === undefined ? scale.minDigits : 0) });
}

/** The money unit as a column heading says it: 年度计划投资（万元） / Year plan (10k yuan). */
export function formatMoneyHeading(label: string, locale: Locale, unit: MoneyUnit = '万元'): string {
  const f = localeFormat(locale);
  return put(locale, f.moneyHeading, { label, unit: f.moneyUnitNames[unit] });
}

/** A percentage given in percent, with one decimal always (rounding.ts): 4.87 → "4.9%", 60 → "60.0%". */
export function formatPercent(pct: number, _locale?: Locale): string {
  return `${formatDecimal(pct, PERCENT_DIGITS, PERCENT_DIGITS)}%`;
}

/** Percentage points with their sign: "−11.8个百分点" / "−11.8 pp", "+2.5个百分点", "0.0个百分点". */
export function formatPoints(points: number, locale: Locale): string {
  const n = formatDecimal(points, PERCENT_DIGITS, PERCENT_DIGITS);
  const signed = roundHalfAway(points, PERCENT_DIGITS) > 0 ? `+${n}` : n;
  return put(locale, localeFormat(locale).points, { n: signed });
}

/** Points without a sign, for sentences that say the direction in words: "落后时间进度11.8个百分点". */
export function formatPointsAbs(points: number, locale: Locale): string {
  return put(locale, localeFormat(locale).pointsAbs, { n: formatDecimal(Math.abs(points), PERCENT_DIGITS, PERCENT_DIGITS) });
}

/** Year-on-year growth in words: "增长3.2%" / "下降3.2%" / "持平"; "up 3.2%" / "down 3.2%" / "flat". */
export function formatGrowth(growth: number, locale: Locale): string {
  const shown = roundHalfAway(growth, PERCENT_DIGITS);
  const f = localeFormat(locale);
  return put(locale, shown === 0 ? f.growthFlat : shown > 0 ? f.growthUp : f.growthDown, { pct: formatPercent(Math.abs(shown)) });
}

/**
 * A statistic with its unit as recorded: "86.5亿元", "86.5 亿元" in English; a percentage by the
 * one rule (65.0%); at most two decimals otherwise.
 */
export function formatValue(value: number, unit: string | undefined, locale: Locale): string {
  if (unit === '%') return formatPercent(value, locale);
  const n = formatNumber(value, locale, 2);
  if (!unit) return n;
  return put(locale, localeFormat(locale).valueWithUnit, { n, unit });
}

/** A number already written, with a unit as recorded: "86.5亿元" / "86.5 亿元". */
export function formatWithUnit(n: string, unit: string, locale: Locale): string {
  return put(locale, localeFormat(locale).valueWithUnit, { n, unit });
}

/** The money unit's name as the locale writes it after a number or in a heading: 万元 / 10k yuan. */
export function moneyUnitName(unit: MoneyUnit, locale: Locale): string {
  return localeFormat(locale).moneyUnitNames[unit];
}

/** Land area: "885.5亩" / "885.5 mu". */
export function formatMu(mu: number, locale: Locale): string {
  return put(locale, localeFormat(locale).mu, { n: formatNumber(mu, locale, 2) });
}

/** Area in square metres: "4,891平方米" / "4,891 m²". */
export function formatArea(sqm: number, locale: Locale): string {
  return put(locale, localeFormat(locale).sqm, { n: formatNumber(sqm, locale, 2) });
}

function splitDate(iso: string): number[] {
  return iso.split('-').map(Number);
}

/** The locale's name of month m (1–12) alone: "3月" / "Mar". */
export function monthName(m: number, locale: Locale): string {
  return localeFormat(locale).months[m - 1] ?? String(m);
}

/** "2026年10月31日" / "31 Oct 2026". */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y = 0, m = 1, d = 1] = splitDate(date);
  return put(locale, localeFormat(locale).date, { y, m, d, mon: monthName(m, locale) });
}

/** "2026年9月1日至12月9日" / "1 Sep – 9 Dec 2026": the year is said once when both dates share it. */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  const f = localeFormat(locale);
  const short = (date: IsoDate) => {
    const [, m = 1, d = 1] = splitDate(date);
    return put(locale, f.dateShort, { m, d, mon: monthName(m, locale) });
  };
  const slots = { start: formatDate(start, locale), end: formatDate(end, locale) };
  if (start.slice(0, 4) !== end.slice(0, 4)) return put(locale, f.dateRange, slots);
  return put(locale, f.dateRangeSameYear, { ...slots, startShort: short(start), endShort: short(end) });
}

/** A single month: "2026年10月" / "Oct 2026". */
export function formatMonth(period: YearMonth, locale: Locale): string {
  const [y = 0, m = 1] = splitDate(period);
  return put(locale, localeFormat(locale).month, { y, m, mon: monthName(m, locale) });
}

/**
 * January to the month, without the year: "1-10月" / "Jan–Oct"; January alone is "1月" / "Jan".
 * The way ledgers head their cumulative column (1-8月完成投资).
 */
export function formatMonthRange(period: YearMonth, locale: Locale): string {
  const [, m = 1] = splitDate(period);
  const f = localeFormat(locale);
  return put(locale, m === 1 ? f.monthRangeJanuary : f.monthRange, { m, mon: monthName(m, locale) });
}

/** A cumulative period (Jan–N) with its year: "2026年1-10月" / "Jan–Oct 2026"; `cumulative: false` gives the month alone. */
export function formatPeriod(period: YearMonth, locale: Locale, cumulative = true): string {
  if (!cumulative) return formatMonth(period, locale);
  const [y = 0] = splitDate(period);
  return put(locale, localeFormat(locale).period, { y, range: formatMonthRange(period, locale) });
}

/** The month alone, without the year: "10月" / "Oct". */
export function formatMonthName(period: YearMonth, locale: Locale): string {
  const [, m = 1] = splitDate(period);
  return monthName(m, locale);
}

/** The month's end, where a stock (余额) is counted: "2026年10月末" / "end of Oct 2026". */
export function formatMonthEnd(period: YearMonth, locale: Locale): string {
  const [y = 0, m = 1] = splitDate(period);
  return put(locale, localeFormat(locale).monthEnd, { y, m, mon: monthName(m, locale) });
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

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st (the English ordinal, whatever the site's locale). */
export function englishOrdinal(n: number): string {
  return put('en', localeFormat('en').ordinal, { n });
}

/** "第5名（共6个）" / "5th of 6". */
export function formatRank(rank: number, of: number, locale: Locale): string {
  return put(locale, localeFormat(locale).rank, { rank, of });
}

/** "北纬29.52°，东经112.56°" / "29.52° N, 112.56° E" (`lat`, `lon` written unsigned by the caller). */
export function formatCoordinatesText(latitude: number, longitude: number, lat: string, lon: string, locale: Locale): string {
  const key = `${latitude < 0 ? 'S' : 'N'}${longitude < 0 ? 'W' : 'E'}` as 'NE';
  return put(locale, localeFormat(locale).coordinates[key], { lat, lon });
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
  return put(locale, localeFormat(locale).fromBottom, { n: fromBottom });
}

/**
 * A place as a sentence says it: "倒数第二" / "second from last" near the bottom
 * (isBottomPosition), otherwise "第2位" / "2nd".
 */
export function formatPlace(rank: number, of: number, locale: Locale): string {
  if (isBottomPosition(rank, of)) return formatFromBottom(of - rank + 1, locale);
  return put(locale, localeFormat(locale).place, { rank });
}
