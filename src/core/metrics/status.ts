// How a project stands in a month: on track, behind, seriously behind, without a plan or
// done; whether it has stalled; whether its problems are past their deadline.

import type { IsoDate, LedgerRow, SiteConfig, Stage, YearMonth } from '../types.ts';
import { parseYearMonth, previousMonth } from './calendar.ts';
import type { LedgerIndex } from './ledgers.ts';
import { hasContent, isFinished } from './ledgers.ts';
import { completionPct, lagPoints, reachesFull } from './progress.ts';

export type ProjectStatus = 'on-track' | 'behind' | 'seriously-behind' | 'no-plan' | 'completed';

/** In the order pages list them: the story first. */
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['seriously-behind', 'behind', 'on-track', 'completed', 'no-plan'];

export type Thresholds = SiteConfig['thresholds'];

/**
 * Status of one project, given the share of the year elapsed (percent).
 *
 * - 'completed': the project is built or operating (竣工/投产), or has already met its year
 *   plan (the rate as printed is 100.0% or more). Nothing is left to push, so lag no longer applies. The stage
 *   wins over a missing plan: a project finished this year may have had no plan line.
 * - 'no-plan': no year plan (missing or 0); there is no rate to judge.
 * - otherwise by lag = completion rate − time progress, in points as printed (progress.ts):
 *   lag < seriouslyBehind → 'seriously-behind'; lag < behind → 'behind'; else 'on-track'.
 *   Boundaries belong to the better status: lag exactly −5 with behind = −5 is on track.
 */
export function statusOf(
  figures: { yearPlan?: number | undefined; completedYtd?: number | undefined; stage?: Stage | undefined },
  timeProgress: number,
  thresholds: Pick<Thresholds, 'behind' | 'seriouslyBehind'>,
): ProjectStatus {
  if (isFinished(figures.stage)) return 'completed';
  const rate = completionPct(figures.completedYtd, figures.yearPlan);
  if (rate === undefined) return 'no-plan';
  if (reachesFull(rate)) return 'completed';
  const lag = lagPoints(rate, timeProgress) ?? 0;
  if (lag < thresholds.seriouslyBehind) return 'seriously-behind';
  if (lag < thresholds.behind) return 'behind';
  return 'on-track';
}

/**
 * How many consecutive months, ending with `period`, the project has been under construction
 * without any new investment. A month counts when, in that month's ledger, the stage is
 * 'construction' and completedYtd is not above the previous month's (a downward correction
 * counts as no increase). The run stays within the calendar year: January is compared with 0
 * because year-to-date figures restart. The run stops at a month whose ledger, row or figure
 * is missing, or whose previous month's is: an unknown is never counted as "no increase".
 */
export function monthsWithoutInvestment(index: LedgerIndex, projectId: string, period: YearMonth): number {
  const year = parseYearMonth(period).year;
  let run = 0;
  for (let m = period; parseYearMonth(m).year === year; m = previousMonth(m)) {
    const row = index.row(m, projectId);
    if (row?.stage !== 'construction' || row.completedYtd === undefined) break;
    const before = parseYearMonth(m).month === 1 ? 0 : index.row(previousMonth(m), projectId)?.completedYtd;
    if (before === undefined || row.completedYtd > before) break;
    run++;
    if (parseYearMonth(m).month === 1) break;
  }
  return run;
}

/** Stalled (停滞): under construction with no new investment for at least `stalledMonths` months in a row. */
export function isStalled(index: LedgerIndex, projectId: string, period: YearMonth, stalledMonths: number): boolean {
  return monthsWithoutInvestment(index, projectId, period) >= Math.max(1, stalledMonths);
}

/**
 * The ledger's deadline to solve the problems (完成时限) has passed while problems are still
 * reported: deadline strictly before the as-of date and a problems cell that says something
 * (not blank, 无, 暂无 …). A deadline on the as-of date itself is not yet overdue.
 */
export function isLedgerOverdue(row: Pick<LedgerRow, 'deadline' | 'problems'>, asOf: IsoDate): boolean {
  return row.deadline !== undefined && row.deadline < asOf && hasContent(row.problems);
}
