// Small figures the accountability pages (督办事项, 百日攻坚, 月度简报) need on top of tasks.ts
// and campaigns.ts: the ledger's totals, whether a campaign project met its goal, and which
// tasks belong on a unit's or a township's briefing.

import type { Project } from '../types.ts';
import type { CampaignProjectProgress } from './campaigns.ts';
import { reachesFull } from './progress.ts';
import { isFinished, isStarted } from './ledgers.ts';
import type { TaskState } from './tasks.ts';

export interface TaskTotals {
  total: number;
  /** Open as of the as-of date (办理中), overdue ones included. */
  open: number;
  /** Open and past the deadline (逾期未销号). */
  overdue: number;
  /** Closed out (已销号) by the as-of date. */
  closed: number;
  /** Closed after the deadline (逾期销号). */
  closedLate: number;
  /** Closed ÷ total, in percent (销号率); undefined without tasks. */
  closedPct: number | undefined;
}

/** "督办事项40项，已销号25项，销号率62.5%；办理中15项，其中逾期未销号6项。" */
export function taskTotals(states: readonly TaskState[]): TaskTotals {
  const total = states.length;
  const open = states.filter((s) => s.open).length;
  const closed = total - open;
  return {
    total,
    open,
    overdue: states.filter((s) => s.overdue).length,
    closed,
    closedLate: states.filter((s) => s.closedLate).length,
    closedPct: total > 0 ? (closed * 100) / total : undefined,
  };
}

/**
 * Whether a campaign project has met its goal (攻坚目标) by the campaign's current ledger month:
 * - 开工 (start): the project has broken ground (under construction or beyond);
 * - 竣工 (complete): it is built or in operation;
 * - 投资 (invest): it has completed its year plan (`completionPct` ≥ 100, the project's share
 *   of this year's plan completed in that month).
 * Undefined when the goal or the figure it needs is unknown.
 */
export function campaignGoalMet(p: Pick<CampaignProjectProgress, 'goal' | 'stage'>, completionPct: number | undefined): boolean | undefined {
  switch (p.goal) {
    case 'start':
      return p.stage === undefined ? undefined : isStarted(p.stage);
    case 'complete':
      return p.stage === undefined ? undefined : isFinished(p.stage);
    case 'invest':
      return completionPct === undefined ? undefined : reachesFull(completionPct);
    default:
      return undefined;
  }
}

export type BriefingKind = 'unit' | 'township';

/**
 * The tasks a briefing lists for a responsible unit or a township: those it is responsible for
 * itself, and those about one of its projects (a unit's projects by projects.csv's responsible
 * unit, a township's by the township the project is in). Order is kept (pass sorted states).
 */
export function tasksForGroup(
  states: readonly TaskState[],
  kind: BriefingKind,
  name: string,
  projectsById: ReadonlyMap<string, Pick<Project, 'responsibleUnit' | 'township'>>,
): TaskState[] {
  const key = name.trim();
  return states.filter((s) => {
    if (s.task.responsibleUnit?.trim() === key) return true;
    const project = s.task.projectId ? projectsById.get(s.task.projectId) : undefined;
    if (!project) return false;
    return (kind === 'unit' ? project.responsibleUnit : project.township)?.trim() === key;
  });
}
