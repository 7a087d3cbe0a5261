// Calendar arithmetic on 'YYYY-MM' and 'YYYY-MM-DD' strings. Pure integer arithmetic:
// no Date, no clock, no time zone, so results never depend on where the build runs.

import type { IsoDate, YearMonth } from '../types.ts';

const YM = /^(\d{4})-(\d{2})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year and month (1–12) of a 'YYYY-MM'. Throws on a malformed value: the loader has validated periods. */
export function parseYearMonth(period: YearMonth): { year: number; month: number } {
  // 'YYYY-MM' read digit by digit: called for every project and month, a regex is the cost.
  if (period.length === 7 && period.charCodeAt(4) === 0x2d) {
    const d = (i: number) => period.charCodeAt(i) - 0x30;
    const y0 = d(0), y1 = d(1), y2 = d(2), y3 = d(3), m0 = d(5), m1 = d(6);
    if (y0 >= 0 && y0 <= 9 && y1 >= 0 && y1 <= 9 && y2 >= 0 && y2 <= 9 && y3 >= 0 && y3 <= 9 && m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9) {
      const month = m0 * 10 + m1;
      if (month >= 1 && month <= 12) return { year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month };
    }
  }
  const m = YM.exec(period);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new Error(`Not a YYYY-MM period: ${period}`);
  return { year: Number(m[1]), month };
}

/** Year, month and day of a 'YYYY-MM-DD'. Throws on a malformed value. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = YMD.exec(date);
  const year = m ? Number(m[1]) : 0;
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  }
  return { year, month, day };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export function yearMonth(year: number, month: number): YearMonth {
  return `${pad4(year)}-${pad2(month)}`;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day of the year, 1 for 1 January. */
export function dayOfYear(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  let n = day;
  for (let m = 1; m < month; m++) n += daysInMonth(year, m);
  return n;
}

/** The last day of a month: a ledger for '2026-02' speaks "as of" 2026-02-28. */
export function monthEnd(period: YearMonth): IsoDate {
  const { year, month } = parseYearMonth(period);
  return isoDate(year, month, daysInMonth(year, month));
}

/** The as-of date of a dataset is the end of its latest ledger month, never the build clock. */
export const asOfDate = monthEnd;

/** The month a date falls in. */
export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

const previousMonths = new Map<YearMonth, YearMonth>();

export function addMonths(period: YearMonth, n: number): YearMonth {
  const { year, month } = parseYearMonth(period);
  const index = year * 12 + (month - 1) + n;
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The month before; remembered, as every metric walks back through the same few months. */
export const previousMonth = (period: YearMonth): YearMonth => {
  let before = previousMonths.get(period);
  if (before === undefined) {
    before = addMonths(period, -1);
    if (previousMonths.size < 10_000) previousMonths.set(period, before);
  }
  return before;
};

const yearsMonths = new Map<number, readonly YearMonth[]>();

/** The twelve periods of a year, '2026-01' … '2026-12': the same strings each time, so lookups keyed by them hash once. */
export function monthsOfYear(year: number): readonly YearMonth[] {
  let months = yearsMonths.get(year);
  if (!months) yearsMonths.set(year, (months = Object.freeze(Array.from({ length: 12 }, (_, i) => yearMonth(year, i + 1)))));
  return months;
}

// Task pages and documents ask for the same few thousand dates (the data date above all)
// again and again; parsing one takes a regular expression.
const epochDays = new Map<string, number>();
const MAX_REMEMBERED = 100_000;

/** Days since 1970-01-01, remembered per date. */
function epochDay(date: IsoDate): number {
  let days = epochDays.get(date);
  if (days === undefined) {
    days = computeEpochDay(date);
    if (epochDays.size < MAX_REMEMBERED) epochDays.set(date, days);
  }
  return days;
}

// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil.
function computeEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier): 2026-09-01 → 2026-09-02 is 1. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** ISO dates and periods compare correctly as strings; this names the intent. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
