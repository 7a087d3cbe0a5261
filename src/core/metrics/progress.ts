// The headline measure: completion rate against time progress, and the lag between them.
// Rates are percentages (4.87 means 4.87%), like growth and progressPct in the data
// contract; lag is in percentage points. Rates keep full precision here (format.ts rounds
// them to print); the lag is the difference of the two figures as printed (rounding.ts),
// because a page states it beside them and decides statuses and grades on it.

import { publishedDifference, publishedPct } from '../rounding.ts';
import type { TimeProgressMethod, YearMonth } from '../types.ts';
import { dayOfYear, daysInYear, monthEnd, parseYearMonth } from './calendar.ts';

/**
 * Share of the year elapsed at the end of `period`, in percent.
 * 'months': N/12 at the end of month N, the usual practice (2 months → 16.67%).
 * 'days': days elapsed to the month's end ÷ days in the year (leap years have 366).
 */
export function timeProgressPct(period: YearMonth, method: TimeProgressMethod = 'months'): number {
  const { year, month } = parseYearMonth(period);
  if (method === 'days') return (dayOfYear(monthEnd(period)) * 100) / daysInYear(year);
  return (month * 100) / 12;
}

/** Completed ÷ plan in percent; undefined when there is no plan to measure against (missing or 0). */
export function completionPct(completed: number | undefined, plan: number | undefined): number | undefined {
  if (plan === undefined || !(plan > 0)) return undefined;
  return percentOf(completed ?? 0, plan);
}

/** Whether a rate reaches 100% as printed: 99.96% shows as 100.0% and counts as the plan met. */
export function reachesFull(pct: number | undefined): boolean {
  return pct !== undefined && publishedPct(pct) >= 100;
}

/**
 * part × 100 / whole, or undefined when that is not a finite number: a whole so small (or a
 * part so large) that the quotient overflows has no rate to show, not "Infinity%".
 */
export function percentOf(part: number, whole: number): number | undefined {
  // Multiply first: 45 × 100 / 100 is exactly 45, where 45 / 100 × 100 is 45.00000000000001.
  const pct = (part * 100) / whole;
  return Number.isFinite(pct) ? pct : undefined;
}

/**
 * Completion rate minus time progress, in percentage points, as published: each rounded to
 * one decimal first (83.26% against 83.33% is 83.3 − 83.3 = 0.0, level, not −0.1). Negative
 * means behind schedule.
 */
export function lagPoints(completion: number | undefined, timeProgress: number): number | undefined {
  return completion === undefined ? undefined : publishedDifference(completion, timeProgress);
}

/** The plan due by the end of `period` if investment were spread evenly: yearPlan × time progress. */
export function proRataPlan(yearPlan: number | undefined, period: YearMonth, method: TimeProgressMethod = 'months'): number | undefined {
  return yearPlan === undefined ? undefined : (yearPlan * timeProgressPct(period, method)) / 100;
}
