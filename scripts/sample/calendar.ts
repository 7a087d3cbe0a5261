// Months as plain integers (year * 12 + month - 1), so that "three months later" is
// just + 3 and a year boundary needs no special case. Nothing here reads the clock.

/** An absolute month: year * 12 + (month - 1). */
export type Month = number;

export const monthAt = (year: number, month: number): Month => year * 12 + month - 1;
export const yearOf = (m: Month): number => Math.floor(m / 12);
/** 1–12. */
export const monthOf = (m: Month): number => (m % 12) + 1;
export const januaryOf = (year: number): Month => year * 12;
export const decemberOf = (year: number): Month => year * 12 + 11;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM'. */
export const ym = (m: Month): string => `${yearOf(m)}-${pad2(monthOf(m))}`;

export function parseYm(text: string): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`expected YYYY-MM, got "${text}"`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`no such month: "${text}"`);
  return monthAt(Number(match[1]), month);
}

export function daysIn(m: Month): number {
  const month = monthOf(m);
  if (month === 2) {
    const y = yearOf(m);
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar day inside month m; day 0 or beyond the month means its last day. */
export interface Day {
  month: Month;
  day: number;
}

export const lastDayOf = (m: Month): Day => ({ month: m, day: daysIn(m) });

export function dayIn(m: Month, day: number): Day {
  return { month: m, day: day <= 0 || day > daysIn(m) ? daysIn(m) : day };
}

/** 'YYYY-MM-DD'. */
export const isoDay = (d: Day): string => `${ym(d.month)}-${pad2(d.day)}`;

/** Comparable number for ordering days. */
export const dayKey = (d: Day): number => d.month * 32 + d.day;

/**
 * How a deadline reads inside a sentence: 10月底前, 11月15日前, 2027年1月底前.
 * The year is written only when it differs from the year of the report.
 */
export function deadlinePhrase(d: Day, reportYear: number): string {
  const y = yearOf(d.month) === reportYear ? '' : `${yearOf(d.month)}年`;
  const when = d.day === daysIn(d.month) ? `${monthOf(d.month)}月底` : `${monthOf(d.month)}月${d.day}日`;
  return `${y}${when}前`;
}

/** '1-9月' for a cumulative period ending in month m; '1月' for January. */
export const cumulativeLabel = (m: Month): string => (monthOf(m) === 1 ? '1月' : `1-${monthOf(m)}月`);
