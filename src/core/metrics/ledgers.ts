// Look-ups over the monthly ledgers that several metrics share: a row by (period, project),
// this month's increment, stage order, and whether a free-text cell says anything.

import type { LedgerMonth, LedgerRow, Stage, YearMonth } from '../types.ts';
import { parseYearMonth, previousMonth } from './calendar.ts';

export interface LedgerIndex {
  /** Periods with a ledger, oldest first. */
  periods: YearMonth[];
  row(period: YearMonth, projectId: string): LedgerRow | undefined;
  month(period: YearMonth): LedgerMonth | undefined;
}

// Memoised per ledgers array (loaded data is never mutated): metrics for twelve months would
// otherwise rebuild it twelve times.
const cache = new WeakMap<readonly LedgerMonth[], LedgerIndex>();

export function indexLedgers(ledgers: readonly LedgerMonth[]): LedgerIndex {
  const cached = cache.get(ledgers);
  if (cached) return cached;
  const months = new Map<YearMonth, LedgerMonth>();
  const rows = new Map<YearMonth, Map<string, LedgerRow>>();
  for (const ledger of ledgers) {
    months.set(ledger.period, ledger);
    const byId = new Map<string, LedgerRow>();
    for (const row of ledger.rows) if (!byId.has(row.projectId)) byId.set(row.projectId, row);
    rows.set(ledger.period, byId);
  }
  const index: LedgerIndex = {
    periods: [...months.keys()].sort(),
    row: (period, id) => rows.get(period)?.get(id),
    month: (period) => months.get(period),
  };
  cache.set(ledgers, index);
  return index;
}

/** The latest ledger month: the dataset's "as of". */
export function latestPeriod(ledgers: readonly LedgerMonth[]): YearMonth | undefined {
  return indexLedgers(ledgers).periods.at(-1);
}

/**
 * Investment completed during the month itself. Year-to-date figures restart in January,
 * so January's increment is its own figure; otherwise the difference from the previous
 * month's ledger, or undefined when that month (or the figure) is missing.
 */
export function monthlyIncrement(index: LedgerIndex, projectId: string, period: YearMonth): number | undefined {
  const current = index.row(period, projectId)?.completedYtd;
  if (current === undefined) return undefined;
  const january = parseYearMonth(period).month === 1;
  return incrementFrom(current, january ? undefined : index.row(previousMonth(period), projectId)?.completedYtd, january);
}

/** monthlyIncrement from the month's year-to-date figure and the month before's (not needed in January). */
export function incrementFrom(current: number | undefined, before: number | undefined, january: boolean): number | undefined {
  if (current === undefined) return undefined;
  if (january) return current;
  return before === undefined ? undefined : current - before;
}

export const STAGES: readonly Stage[] = ['preparatory', 'construction', 'completed', 'operating'];

/** Position in preparatory → construction → completed → operating; -1 when unknown. */
export function stageOrder(stage: Stage | undefined): number {
  return stage === undefined ? -1 : STAGES.indexOf(stage);
}

/** Has broken ground (已开工): under construction or beyond. */
export const isStarted = (stage: Stage | undefined): boolean => stageOrder(stage) >= 1;

/** Built (竣工) or in operation (投产). */
export const isFinished = (stage: Stage | undefined): boolean => stageOrder(stage) >= 2;

// What editors type into a problems cell when there are none.
const NOTHING = new Set(['', '无', '暂无', '没有', '无问题', '暂无问题', '/', '-', '—', '——', 'n/a', 'none']);

/** True when a free-text cell says something, i.e. is not blank and not a "none" placeholder (无、暂无、/). */
export function hasContent(text: string | undefined): boolean {
  return text !== undefined && !NOTHING.has(text.trim().toLowerCase());
}
