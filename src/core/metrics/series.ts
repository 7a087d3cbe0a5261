// One project through the year, for its chart and its history table: investment against
// the even pro-rata plan, the stage month by month, and problems/measures as they changed.

import type { IsoDate, Stage, TimeProgressMethod, YearMonth } from '../types.ts';
import { monthsOfYear, parseYearMonth } from './calendar.ts';
import type { LedgerIndex } from './ledgers.ts';
import { incrementFrom } from './ledgers.ts';
import { proRataPlan } from './progress.ts';

export interface InvestmentPoint {
  period: YearMonth;
  /** Cumulative completed this year; undefined for months without a ledger row (and after the as-of month). */
  completedYtd: number | undefined;
  /** Completed during the month. */
  increment: number | undefined;
  /** The year plan as that month's ledger stated it. */
  yearPlan: number | undefined;
  /** Current year plan × time progress at the month's end: the straight line the chart compares against. */
  plannedToDate: number | undefined;
}

export interface StagePoint {
  period: YearMonth;
  stage: Stage | undefined;
}

export interface StageTransition {
  period: YearMonth;
  from: Stage | undefined;
  to: Stage | undefined;
}

export interface ProblemEntry {
  period: YearMonth;
  problems: string | undefined;
  measures: string | undefined;
  deadline: IsoDate | undefined;
}

export interface ProjectSeries {
  projectId: string;
  year: number;
  /** The latest ledger month of the year that has this project (the series' as-of). */
  asOf: YearMonth | undefined;
  /** The year plan in that latest month: plans get revised, the line follows the current one. */
  currentYearPlan: number | undefined;
  /** Twelve points, January to December. */
  investment: InvestmentPoint[];
  /** Months with a ledger row, oldest first. */
  stages: StagePoint[];
  /** Months where the stage differs from the previous row's (the first row is not a transition). */
  transitions: StageTransition[];
  /** Only the months where problems, measures or deadline changed (the first row with any counts). */
  problems: ProblemEntry[];
}

/** The monthly series of one project for the calendar year of `upTo`, using ledgers up to and including `upTo`. */
export function projectSeries(
  index: LedgerIndex,
  projectId: string,
  upTo: YearMonth,
  method: TimeProgressMethod = 'months',
): ProjectSeries {
  const year = parseYearMonth(upTo).year;
  const months = monthsOfYear(year);
  // The project's row of each month of the year up to `upTo`, looked up once (a project page
  // and its chart each ask for a series, 10,000 times at provincial scale).
  const rows = months.map((m) => (m <= upTo ? index.row(m, projectId) : undefined));
  const known = months.filter((_, i) => rows[i] !== undefined);
  const asOf = known.at(-1);
  const currentYearPlan = rows.findLast((r) => r !== undefined)?.yearPlan;

  const investment = months.map((period, i): InvestmentPoint => {
    const row = rows[i];
    return {
      period,
      completedYtd: row?.completedYtd,
      increment: row ? incrementFrom(row.completedYtd, rows[i - 1]?.completedYtd, i === 0) : undefined,
      yearPlan: row?.yearPlan,
      plannedToDate: proRataPlan(currentYearPlan, period, method),
    };
  });

  const stages: StagePoint[] = [];
  const transitions: StageTransition[] = [];
  const problems: ProblemEntry[] = [];
  let last: ProblemEntry | undefined;
  for (let i = 0; i < months.length; i++) {
    const period = months[i] as YearMonth;
    const row = rows[i];
    if (!row) continue;
    const previous = stages.at(-1);
    if (previous && previous.stage !== row.stage) transitions.push({ period, from: previous.stage, to: row.stage });
    stages.push({ period, stage: row.stage });
    const entry: ProblemEntry = { period, problems: row.problems, measures: row.measures, deadline: row.deadline };
    const changed = !last || last.problems !== entry.problems || last.measures !== entry.measures || last.deadline !== entry.deadline;
    const empty = entry.problems === undefined && entry.measures === undefined && entry.deadline === undefined;
    if (changed && !(last === undefined && empty)) problems.push(entry);
    last = entry;
  }
  return { projectId, year, asOf, currentYearPlan, investment, stages, transitions, problems };
}
