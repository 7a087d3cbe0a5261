// The span of months the sample covers, derived once from the options.
import { type Month, parseYm, yearOf } from './calendar.ts';

export interface Horizon {
  /** First ledger month. */
  first: Month;
  /** Last ledger month: the data date is its last day. */
  last: Month;
  /** Calendar years touched, oldest first. */
  years: number[];
  firstYear: number;
  lastYear: number;
}

export function horizonOf(start: string, months: number): Horizon {
  const first = parseYm(start);
  const last = first + months - 1;
  const years: number[] = [];
  for (let y = yearOf(first); y <= yearOf(last); y++) years.push(y);
  return { first, last, years, firstYear: yearOf(first), lastYear: yearOf(last) };
}

export const monthsOf = (h: Horizon): Month[] => Array.from({ length: h.last - h.first + 1 }, (_, i) => h.first + i);
