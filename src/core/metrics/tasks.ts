// The task ledger (督办事项台账, 一单四制): how long each task has been open, which open
// tasks are past their deadline, and counts per unit and per project.

import type { IsoDate, Task } from '../types.ts';
import { daysBetween } from './calendar.ts';

export interface TaskState {
  task: Task;
  /** Open as of the as-of date: status 'open', or closed after the as-of date. */
  open: boolean;
  /** Days from assignment to closing (or to the as-of date while open); undefined without an assigned date. */
  daysOpen: number | undefined;
  /** Open and the deadline is strictly before the as-of date. */
  overdue: boolean;
  /** Days past the deadline as of the as-of date (0 unless overdue): deadline 10-20, as of 10-31 → 11. */
  daysOverdue: number;
  /** Closed after its deadline (销号超期). */
  closedLate: boolean;
}

/** A task as it stands on `asOf` (the end of the latest ledger month). A task closed after `asOf` was still open then. */
export function taskState(task: Task, asOf: IsoDate): TaskState {
  const open = task.status === 'open' || (task.closed !== undefined && task.closed > asOf);
  // Closed without a date: it is closed, but how long it stayed open is unknown.
  const end = open ? asOf : task.closed;
  const daysOpen = task.assigned !== undefined && end !== undefined ? Math.max(0, daysBetween(task.assigned, end)) : undefined;
  const overdue = open && task.deadline !== undefined && task.deadline < asOf;
  return {
    task,
    open,
    daysOpen,
    overdue,
    daysOverdue: overdue && task.deadline !== undefined ? daysBetween(task.deadline, asOf) : 0,
    closedLate: !open && task.deadline !== undefined && task.closed !== undefined && task.closed > task.deadline,
  };
}

export function taskStates(tasks: readonly Task[], asOf: IsoDate): TaskState[] {
  return sortTasks(tasks.map((t) => taskState(t, asOf)));
}

// Ascending and descending string order, a missing value last either way.
const cmp = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;
const desc = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? 1 : -1;

/**
 * The story first: overdue open tasks, longest overdue first; then other open tasks by deadline
 * (soonest first, no deadline last); then closed tasks, most recently closed first; id breaks ties.
 */
export function sortTasks(states: readonly TaskState[]): TaskState[] {
  const group = (s: TaskState) => (s.overdue ? 0 : s.open ? 1 : 2);
  return [...states].sort((a, b) => {
    const g = group(a) - group(b);
    if (g !== 0) return g;
    if (a.overdue && a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
    const d = a.open ? cmp(a.task.deadline, b.task.deadline) : desc(a.task.closed, b.task.closed);
    return d !== 0 ? d : cmp(a.task.id, b.task.id);
  });
}

export interface TaskCounts {
  key: string;
  total: number;
  open: number;
  overdue: number;
  closed: number;
  closedLate: number;
}

function countBy(states: readonly TaskState[], keyOf: (t: Task) => string | undefined): TaskCounts[] {
  const counts = new Map<string, TaskCounts>();
  for (const s of states) {
    const key = keyOf(s.task)?.trim();
    if (!key) continue;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { key, total: 0, open: 0, overdue: 0, closed: 0, closedLate: 0 }));
    c.total++;
    if (s.open) c.open++;
    else c.closed++;
    if (s.overdue) c.overdue++;
    if (s.closedLate) c.closedLate++;
  }
  // Most overdue first, then most open, then name: the order a bulletin (通报) reads in.
  return [...counts.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || cmp(a.key, b.key));
}

/** Counts per responsible unit (tasks without a unit are left out). */
export const taskCountsByUnit = (states: readonly TaskState[]) => countBy(states, (t) => t.responsibleUnit);

/** Counts per project (tasks not tied to a project are left out). */
export const taskCountsByProject = (states: readonly TaskState[]) => countBy(states, (t) => t.projectId);
