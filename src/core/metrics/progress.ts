// The headline measure: completion rate against time progress, and the lag between them.
// Rates are percentages (4.87 means 4.87%), like growth and progressPct in the data
// contract; lag is in percentage points. Full precision here; rounding is format.ts's job.

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

/**
 * part × 100 / whole, or undefined when that is not a finite number: a whole so small (or a
 * part so large) that the quotient overflows has no rate to show, not "Infinity%".
 */
export function percentOf(part: number, whole: number): number | undefined {
  // Multiply first: 45 × 100 / 100 is exactly 45, where 45 / 100 × 100 is 45.00000000000001.
  const pct = (part * 100) / whole;
  return Number.isFinite(pct) ? pct : undefined;
}

/** Completion rate minus time progress, in percentage points: negative means behind schedule. */
export function lagPoints(completion: number | undefined, timeProgress: number): number | undefined {
  return completion === undefined ? undefined : completion - timeProgress;
}

/** The plan due by the end of `period` if investment were spread evenly: yearPlan × time progress. */
export function proRataPlan(yearPlan: number | undefined, period: YearMonth, method: TimeProgressMethod = 'months'): number | undefined {
  return yearPlan === undefined ? undefined : (yearPlan * timeProgressPct(period, method)) / 100;
}
