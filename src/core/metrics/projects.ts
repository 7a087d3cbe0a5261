// Every project's figures for one ledger month: the rows that aggregates, rankings and
// project lists are built from.

import type { Dataset, LedgerRow, Project, YearMonth } from '../types.ts';
import { monthEnd } from './calendar.ts';
import { indexLedgers, monthlyIncrement } from './ledgers.ts';
import { firstBy } from './lookup.ts';
import { completionPct, lagPoints, timeProgressPct } from './progress.ts';
import type { ProjectStatus } from './status.ts';
import { isLedgerOverdue, monthsWithoutInvestment, statusOf } from './status.ts';

/** What the metrics read from a dataset; a whole Dataset will do. */
export type LedgerInput = Pick<Dataset, 'config' | 'projects' | 'ledgers'>;

export interface ProjectMonth {
  period: YearMonth;
  projectId: string;
  /** Undefined when the ledger names an id that projects.csv lacks (the loader reports it). */
  project: Project | undefined;
  row: LedgerRow;
  yearPlan: number | undefined;
  completedYtd: number | undefined;
  /** Investment completed during this month (see monthlyIncrement). */
  increment: number | undefined;
  completionPct: number | undefined;
  timeProgressPct: number;
  lagPoints: number | undefined;
  status: ProjectStatus;
  /** Consecutive months under construction with no new investment, ending this month. */
  monthsWithoutInvestment: number;
  stalled: boolean;
  /** Problems still reported after the ledger's deadline (as of the month's end). */
  overdue: boolean;
}

/**
 * The run of months without new investment as published: a count for a project under
 * construction this month (0 when it invested), none (undefined) for one not under
 * construction, where the question does not arise — a 前期 or completed project is not "0
 * months without investment".
 */
export function publishedRunWithoutInvestment(m: Pick<ProjectMonth, 'row' | 'monthsWithoutInvestment'>): number | undefined {
  return m.row.stage === 'construction' ? m.monthsWithoutInvestment : undefined;
}

// Memoised per (ledgers, projects, config, period): aggregates, rankings, change lists and
// exports all ask for the same months, and loaded data is never mutated. Callers get their
// own copy of the array (they may sort it); the ProjectMonth objects are shared.
const monthsCache = new WeakMap<object, WeakMap<object, WeakMap<object, Map<YearMonth, ProjectMonth[]>>>>();

function memoFor(input: LedgerInput): Map<YearMonth, ProjectMonth[]> {
  let byProjects = monthsCache.get(input.ledgers);
  if (!byProjects) monthsCache.set(input.ledgers, (byProjects = new WeakMap()));
  let byConfig = byProjects.get(input.projects);
  if (!byConfig) byProjects.set(input.projects, (byConfig = new WeakMap()));
  let byPeriod = byConfig.get(input.config);
  if (!byPeriod) byConfig.set(input.config, (byPeriod = new Map()));
  return byPeriod;
}

/** id → project, once per projects array. */
const projectMaps = new WeakMap<readonly Project[], Map<string, Project>>();
function projectsById(projects: readonly Project[]): Map<string, Project> {
  let map = projectMaps.get(projects);
  if (!map) {
    map = new Map();
    // As new Map(projects.map((p) => [p.id, p])): a duplicated id (a loader error) keeps its last row.
    for (const p of projects) map.set(p.id, p);
    projectMaps.set(projects, map);
  }
  return map;
}

/** One entry per row of the month's ledger, sorted by project id; [] when the month has no ledger. */
export function projectMonths(input: LedgerInput, period: YearMonth): ProjectMonth[] {
  const memo = memoFor(input);
  let months = memo.get(period);
  if (!months) {
    months = computeProjectMonths(input, period);
    memo.set(period, months);
  }
  return months.slice();
}

function computeProjectMonths(input: LedgerInput, period: YearMonth): ProjectMonth[] {
  const ledger = indexLedgers(input.ledgers).month(period);
  if (!ledger) return [];
  const projects = projectsById(input.projects);
  const seen = new Set<string>();
  const out: ProjectMonth[] = [];
  for (const row of ledger.rows) {
    // A duplicate id is a loader error; count the first row only so sums stay honest.
    if (seen.has(row.projectId)) continue;
    seen.add(row.projectId);
    out.push(measure(input, period, row, projects.get(row.projectId)));
  }
  return out.sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}

/** One project's figures for a month, or undefined when it is not in that month's ledger. */
export function projectMonth(input: LedgerInput, period: YearMonth, projectId: string): ProjectMonth | undefined {
  const row = indexLedgers(input.ledgers).row(period, projectId);
  return row && measure(input, period, row, firstBy(input.projects, 'id', projectId));
}

function measure(input: LedgerInput, period: YearMonth, row: LedgerRow, project: Project | undefined): ProjectMonth {
  const index = indexLedgers(input.ledgers);
  const { thresholds, timeProgress: method } = input.config;
  const tp = timeProgressPct(period, method);
  const rate = completionPct(row.completedYtd, row.yearPlan);
  const run = monthsWithoutInvestment(index, row.projectId, period);
  return {
    period,
    projectId: row.projectId,
    project,
    row,
    yearPlan: row.yearPlan,
    completedYtd: row.completedYtd,
    increment: monthlyIncrement(index, row.projectId, period),
    completionPct: rate,
    timeProgressPct: tp,
    lagPoints: lagPoints(rate, tp),
    status: statusOf(row, tp, thresholds),
    monthsWithoutInvestment: run,
    stalled: run >= Math.max(1, thresholds.stalledMonths),
    overdue: isLedgerOverdue(row, monthEnd(period)),
  };
}
