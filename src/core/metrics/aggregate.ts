// Totals for the portfolio and for each program, responsible unit and township. A group's
// completion rate is its sum of completed over its sum of plan, never an average of rates:
// a 100-million project weighs a hundred times a 1-million one, as in the ledger's 合计 row.

import type { ProjectNature, Stage, YearMonth } from '../types.ts';
import { completionPct, lagPoints, timeProgressPct } from './progress.ts';
import type { LedgerInput, ProjectMonth } from './projects.ts';
import { projectMonths } from './projects.ts';
import type { ProjectStatus } from './status.ts';
import { PROJECT_STATUSES } from './status.ts';

/** Projects of one nature by their stage this month. */
export interface StageCounts {
  total: number;
  preparatory: number;
  construction: number;
  completed: number;
  operating: number;
  /** No stage in the ledger row. */
  unknown: number;
  /** Broken ground (已开工): construction + completed + operating. */
  started: number;
  /** Built or operating (已竣工): completed + operating. */
  finished: number;
}

/** 'unknown' collects projects whose nature projects.csv does not give. */
export type NatureKey = ProjectNature | 'unknown';

export interface Aggregate {
  /** The group's name (program, unit or township); '' for the whole portfolio. */
  key: string;
  period: YearMonth;
  projectCount: number;
  /** Sums over the group's ledger rows; a missing figure counts as 0, as in the ledger's own 合计 row. */
  yearPlan: number;
  completedYtd: number;
  /** Sum of this month's increments where known. */
  increment: number;
  completionPct: number | undefined;
  timeProgressPct: number;
  lagPoints: number | undefined;
  statusCounts: Record<ProjectStatus, number>;
  stalledCount: number;
  overdueCount: number;
  /** "去年结转的26个项目，17个已开工建设；18个新开工项目，5个已开工" */
  byNature: Record<NatureKey, StageCounts>;
  /** Sorted ids of the group's projects. */
  projectIds: string[];
}

export type GroupBy = 'program' | 'responsibleUnit' | 'township';

const emptyStageCounts = (): StageCounts => ({ total: 0, preparatory: 0, construction: 0, completed: 0, operating: 0, unknown: 0, started: 0, finished: 0 });

function countStage(counts: StageCounts, stage: Stage | undefined): void {
  counts.total++;
  if (stage === undefined) counts.unknown++;
  else counts[stage]++;
  if (stage === 'construction' || stage === 'completed' || stage === 'operating') counts.started++;
  if (stage === 'completed' || stage === 'operating') counts.finished++;
}

const byId = (a: ProjectMonth, b: ProjectMonth) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0);

/**
 * Sum a set of project months (all of the same period) into one aggregate. Items are summed in
 * project-id order, so the result is identical, to the last bit, whatever order they come in.
 */
export function aggregateProjects(items: readonly ProjectMonth[], key: string, period: YearMonth, timeProgress: number): Aggregate {
  const sorted = [...items].sort(byId);
  const statusCounts = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number>;
  const byNature: Record<NatureKey, StageCounts> = {
    continuing: emptyStageCounts(),
    new: emptyStageCounts(),
    preparatory: emptyStageCounts(),
    unknown: emptyStageCounts(),
  };
  let yearPlan = 0;
  let completedYtd = 0;
  let increment = 0;
  let stalledCount = 0;
  let overdueCount = 0;
  for (const item of sorted) {
    yearPlan += item.yearPlan ?? 0;
    completedYtd += item.completedYtd ?? 0;
    increment += item.increment ?? 0;
    statusCounts[item.status]++;
    if (item.stalled) stalledCount++;
    if (item.overdue) overdueCount++;
    countStage(byNature[item.project?.nature ?? 'unknown'], item.row.stage);
  }
  const rate = completionPct(completedYtd, yearPlan);
  return {
    key,
    period,
    projectCount: sorted.length,
    yearPlan,
    completedYtd,
    increment,
    completionPct: rate,
    timeProgressPct: timeProgress,
    lagPoints: lagPoints(rate, timeProgress),
    statusCounts,
    stalledCount,
    overdueCount,
    byNature,
    projectIds: sorted.map((p) => p.projectId),
  };
}

/** The whole portfolio for a month (every row of that month's ledger). */
export function aggregatePortfolio(input: LedgerInput, period: YearMonth): Aggregate {
  return aggregateProjects(projectMonths(input, period), '', period, timeProgressPct(period, input.config.timeProgress));
}

export interface Grouped {
  /** One aggregate per named group, sorted by name (code-point order, stable across machines). */
  groups: Aggregate[];
  /** Projects with no value for the grouping field (or missing from projects.csv), so that the groups plus this add up to the portfolio. */
  unassigned: Aggregate | undefined;
}

/** Aggregates by program, responsible unit or township for a month. */
export function aggregateBy(input: LedgerInput, period: YearMonth, by: GroupBy): Grouped {
  const tp = timeProgressPct(period, input.config.timeProgress);
  const buckets = new Map<string, ProjectMonth[]>();
  const rest: ProjectMonth[] = [];
  for (const item of projectMonths(input, period)) {
    const name = item.project?.[by]?.trim();
    if (!name) {
      rest.push(item);
      continue;
    }
    const bucket = buckets.get(name);
    if (bucket) bucket.push(item);
    else buckets.set(name, [item]);
  }
  const groups = [...buckets.keys()].sort().map((name) => aggregateProjects(buckets.get(name) ?? [], name, period, tp));
  return { groups, unassigned: rest.length > 0 ? aggregateProjects(rest, '', period, tp) : undefined };
}

/** The portfolio month by month, for the home page's chart: one aggregate per ledger month, oldest first. */
export function portfolioSeries(input: LedgerInput): Aggregate[] {
  return [...input.ledgers].map((l) => l.period).sort().map((period) => aggregatePortfolio(input, period));
}
