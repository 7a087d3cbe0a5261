// What changed since the previous ledger: the journalist's first question every month.

import type { Project, Stage, YearMonth } from '../types.ts';
import { indexLedgers, isFinished, isStarted } from './ledgers.ts';
import type { LedgerInput, ProjectMonth } from './projects.ts';
import { projectMonths } from './projects.ts';
import type { ProjectStatus } from './status.ts';

export interface ProjectChange {
  projectId: string;
  project: Project | undefined;
  /** In this ledger, not in the previous one. */
  added: boolean;
  /** In the previous ledger, not in this one. */
  removed: boolean;
  stageFrom: Stage | undefined;
  stageTo: Stage | undefined;
  statusFrom: ProjectStatus | undefined;
  statusTo: ProjectStatus | undefined;
  /** Moved to a worse lag status (on track → behind → seriously behind). */
  worsened: boolean;
  /** Moved to a better lag status, or to completed. */
  improved: boolean;
  /** Problems, measures or deadline differ from the previous ledger. */
  problemsChanged: boolean;
  becameStalled: boolean;
  becameOverdue: boolean;
  /** Completed during the month, when known. */
  increment: number | undefined;
}

export interface MonthChanges {
  period: YearMonth;
  /** The ledger before this one; undefined for the first. */
  previousPeriod: YearMonth | undefined;
  /** Only projects where something changed, by project id. */
  changes: ProjectChange[];
  /** Ids that broke ground / reached 竣工 or 投产 since the previous ledger. */
  started: string[];
  finished: string[];
}

// Worse is lower; 'no-plan' sits outside the scale.
const SCALE: Partial<Record<ProjectStatus, number>> = { 'seriously-behind': 0, behind: 1, 'on-track': 2, completed: 3 };

/** Changes between the ledger of `period` and the ledger just before it. */
export function changesSince(input: LedgerInput, period: YearMonth): MonthChanges {
  const periods = indexLedgers(input.ledgers).periods;
  const previousPeriod = periods.filter((p) => p < period).at(-1);
  const now = new Map(projectMonths(input, period).map((p) => [p.projectId, p]));
  const before = new Map(previousPeriod ? projectMonths(input, previousPeriod).map((p) => [p.projectId, p]) : []);
  const ids = [...new Set([...now.keys(), ...before.keys()])].sort();
  const changes: ProjectChange[] = [];
  for (const id of ids) {
    const a: ProjectMonth | undefined = before.get(id);
    const b: ProjectMonth | undefined = now.get(id);
    const from = a?.status !== undefined ? SCALE[a.status] : undefined;
    const to = b?.status !== undefined ? SCALE[b.status] : undefined;
    const change: ProjectChange = {
      projectId: id,
      project: b?.project ?? a?.project,
      added: previousPeriod !== undefined && !a && !!b,
      removed: !!a && !b,
      stageFrom: a?.row.stage,
      stageTo: b?.row.stage,
      statusFrom: a?.status,
      statusTo: b?.status,
      worsened: from !== undefined && to !== undefined && to < from,
      improved: from !== undefined && to !== undefined && to > from,
      problemsChanged: !!a && !!b && (a.row.problems !== b.row.problems || a.row.measures !== b.row.measures || a.row.deadline !== b.row.deadline),
      becameStalled: !!b?.stalled && !a?.stalled,
      becameOverdue: !!b?.overdue && !a?.overdue,
      increment: b?.increment,
    };
    const any = change.added || change.removed || (a && b && change.stageFrom !== change.stageTo) || change.statusFrom !== change.statusTo
      || change.problemsChanged || change.becameStalled || change.becameOverdue;
    if (previousPeriod !== undefined && any) changes.push(change);
  }
  const started = changes.filter((c) => c.stageFrom !== undefined && !isStarted(c.stageFrom) && isStarted(c.stageTo)).map((c) => c.projectId);
  const finished = changes.filter((c) => c.stageFrom !== undefined && !isFinished(c.stageFrom) && isFinished(c.stageTo)).map((c) => c.projectId);
  return { period, previousPeriod, changes, started, finished };
}
