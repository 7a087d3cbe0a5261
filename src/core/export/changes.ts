// What changed between two ledger months, item by item, for the /changes/ pages, the feed,
// the JSON API and each project's own history. It complements metrics/history.ts
// (changesSince: stage and status per project) with what a journalist also asks about:
// revised year plans, deadlines pushed back, tasks closed or newly overdue, and the
// indicator figures released for the month. Pure: data in, a sorted list out.

import type { Dataset, IndicatorKind, IsoDate, Stage, Task, YearMonth } from '../types.ts';
import { kindOf } from '../metrics/indicators.ts';
import { overdueAt } from '../../sections/lifecycle/metrics.ts';
import { compareText } from '../report.ts';
import {
  changesSince,
  hasContent,
  indexLedgers,
  monthEnd,
  parseYearMonth,
  projectMonths,
  stageOrder,
  taskState,
  type ProjectMonth,
  type ProjectStatus,
} from '../metrics/index.ts';

export type ChangeInput = Pick<Dataset, 'config' | 'projects' | 'ledgers' | 'tasks' | 'indicators'> & Partial<Pick<Dataset, 'targets'>>;

/** Every kind of change, in the order pages list them. */
export const CHANGE_KINDS = [
  'added',
  'removed',
  'stage',
  'fell-behind',
  'recovered',
  'stalled',
  'overdue',
  'overdue-start',
  'overdue-completion',
  'plan',
  'deadline',
  'task-assigned',
  'task-closed',
  'task-overdue',
  'indicator',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ProjectRef {
  projectId: string;
  /** From projects.csv, else as the ledger wrote it. */
  name: string | undefined;
}

export type ChangeItem =
  | { kind: 'added'; period: YearMonth; project: ProjectRef; stage: Stage | undefined; yearPlan: number | undefined }
  | { kind: 'removed'; period: YearMonth; project: ProjectRef; stage: Stage | undefined }
  | { kind: 'stage'; period: YearMonth; project: ProjectRef; from: Stage | undefined; to: Stage | undefined; backwards: boolean }
  | { kind: 'fell-behind' | 'recovered'; period: YearMonth; project: ProjectRef; from: ProjectStatus; to: ProjectStatus; lagPoints: number | undefined }
  | { kind: 'stalled'; period: YearMonth; project: ProjectRef; months: number }
  | { kind: 'overdue'; period: YearMonth; project: ProjectRef; deadline: IsoDate; problems: string | undefined }
  /** Newly past the planned start while still 前期, or past the planned completion and not built (src/sections/lifecycle/metrics.ts). */
  | { kind: 'overdue-start' | 'overdue-completion'; period: YearMonth; project: ProjectRef; planned: IsoDate; monthsLate: number }
  | { kind: 'plan'; period: YearMonth; project: ProjectRef; from: number; to: number }
  | { kind: 'deadline'; period: YearMonth; project: ProjectRef; from: IsoDate; to: IsoDate }
  | { kind: 'task-assigned' | 'task-closed' | 'task-overdue'; period: YearMonth; task: TaskRef; date: IsoDate }
  | {
      kind: 'indicator';
      period: YearMonth;
      indicator: string;
      /** A flow is summed from January (1-4月累计), a stock read at the month's end (4月末). */
      indicatorKind: IndicatorKind;
      value: number | undefined;
      growth: number | undefined;
      unit: string | undefined;
      previousPeriod: YearMonth | undefined;
      previousGrowth: number | undefined;
    };

export interface TaskRef {
  taskId: string;
  content: string;
  projectId: string | undefined;
  responsibleUnit: string | undefined;
  leadOfficial: string | undefined;
}

export interface MonthChangeList {
  period: YearMonth;
  /** The ledger month compared with. */
  previousPeriod: YearMonth;
  /** Sorted by kind (CHANGE_KINDS order), then project id, task id or indicator. */
  items: ChangeItem[];
  counts: Record<ChangeKind, number>;
}

// Lag statuses from worst to best; 'no-plan' is outside the scale.
const SCALE: Partial<Record<ProjectStatus, number>> = { 'seriously-behind': 0, behind: 1, 'on-track': 2, completed: 3 };
const BEHIND = new Set<ProjectStatus>(['behind', 'seriously-behind']);

/** The project an item is about, if any. */
export function itemProjectId(item: ChangeItem): string | undefined {
  if ('project' in item) return item.project.projectId;
  if ('task' in item) return item.task.projectId;
  return undefined;
}

function sortKey(item: ChangeItem): string {
  if ('project' in item) return item.project.projectId;
  if ('task' in item) return item.task.taskId;
  return item.indicator;
}

export function emptyCounts(): Record<ChangeKind, number> {
  return Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
}

function ref(m: ProjectMonth): ProjectRef {
  return { projectId: m.projectId, name: m.project?.name ?? m.row.projectName };
}

function taskRef(task: Task): TaskRef {
  return { taskId: task.id, content: task.content, projectId: task.projectId, responsibleUnit: task.responsibleUnit, leadOfficial: task.leadOfficial };
}

/**
 * The changes of the ledger of `period` against the ledger just before it; undefined for
 * the first ledger (nothing to compare with) or a month without a ledger. Tasks count in
 * the window after the previous ledger's month end up to this month's end; indicators
 * count when the portal's own region has figures for this very month.
 */
export function monthChanges(input: ChangeInput, period: YearMonth): MonthChangeList | undefined {
  const index = indexLedgers(input.ledgers);
  if (!index.month(period)) return undefined;
  const history = changesSince(input, period);
  const previousPeriod = history.previousPeriod;
  if (!previousPeriod) return undefined;

  const now = new Map(projectMonths(input, period).map((m) => [m.projectId, m]));
  const before = new Map(projectMonths(input, previousPeriod).map((m) => [m.projectId, m]));
  const sameYear = parseYearMonth(period).year === parseYearMonth(previousPeriod).year;
  const items: ChangeItem[] = [];

  for (const change of history.changes) {
    const a = before.get(change.projectId);
    const b = now.get(change.projectId);
    if (b && !a) {
      items.push({ kind: 'added', period, project: ref(b), stage: b.row.stage, yearPlan: b.yearPlan });
      continue;
    }
    if (a && !b) {
      items.push({ kind: 'removed', period, project: ref(a), stage: a.row.stage });
      continue;
    }
    if (!a || !b) continue;
    const project = ref(b);
    if (a.row.stage !== b.row.stage) {
      items.push({ kind: 'stage', period, project, from: a.row.stage, to: b.row.stage, backwards: a.row.stage !== undefined && b.row.stage !== undefined && stageOrder(b.row.stage) < stageOrder(a.row.stage) });
    }
    const from = SCALE[a.status];
    const to = SCALE[b.status];
    // Within one year only: January starts a new year plan, so 已完成 in December and 滞后 in
    // January is a new year, not a deterioration (the rankings compare within a year too).
    if (sameYear && from !== undefined && to !== undefined && from !== to) {
      if (to < from && BEHIND.has(b.status)) items.push({ kind: 'fell-behind', period, project, from: a.status, to: b.status, lagPoints: b.lagPoints });
      else if (to > from && BEHIND.has(a.status)) items.push({ kind: 'recovered', period, project, from: a.status, to: b.status, lagPoints: b.lagPoints });
    }
    if (change.becameStalled) items.push({ kind: 'stalled', period, project, months: b.monthsWithoutInvestment });
    if (change.becameOverdue && b.row.deadline) items.push({ kind: 'overdue', period, project, deadline: b.row.deadline, problems: b.row.problems });
  }

  // Year plans and deadlines are compared for every project in both months (changesSince
  // lists a project only when its stage, status or problems changed).
  for (const [id, b] of now) {
    const a = before.get(id);
    if (!a) continue;
    if (sameYear && a.yearPlan !== undefined && b.yearPlan !== undefined && a.yearPlan !== b.yearPlan) {
      items.push({ kind: 'plan', period, project: ref(b), from: a.yearPlan, to: b.yearPlan });
    }
    // 逾期未开工 / 逾期未竣工 this month and not the month before.
    if (b.project) {
      const was = overdueAt(input, b.project, previousPeriod);
      const is = overdueAt(input, b.project, period);
      if (is.start !== undefined && was.start === undefined && b.project.plannedStart) items.push({ kind: 'overdue-start', period, project: ref(b), planned: b.project.plannedStart, monthsLate: is.start });
      if (is.completion !== undefined && was.completion === undefined && b.project.plannedCompletion) items.push({ kind: 'overdue-completion', period, project: ref(b), planned: b.project.plannedCompletion, monthsLate: is.completion });
    }
    const d0 = a.row.deadline;
    const d1 = b.row.deadline;
    if (d0 !== undefined && d1 !== undefined && d1 > d0 && hasContent(a.row.problems) && hasContent(b.row.problems)) {
      items.push({ kind: 'deadline', period, project: ref(b), from: d0, to: d1 });
    }
  }

  const start = monthEnd(previousPeriod);
  const end = monthEnd(period);
  const inWindow = (d: IsoDate | undefined): d is IsoDate => d !== undefined && d > start && d <= end;
  for (const task of input.tasks) {
    if (inWindow(task.assigned)) items.push({ kind: 'task-assigned', period, task: taskRef(task), date: task.assigned });
    if (task.status === 'closed' && inWindow(task.closed)) items.push({ kind: 'task-closed', period, task: taskRef(task), date: task.closed });
    const assignedBy = task.assigned === undefined || task.assigned <= end;
    if (assignedBy && task.deadline !== undefined && taskState(task, end).overdue && !taskState(task, start).overdue) {
      items.push({ kind: 'task-overdue', period, task: taskRef(task), date: task.deadline });
    }
  }

  const own = input.indicators.filter((o) => o.region === input.config.region);
  for (const o of own) {
    if (o.period !== period) continue;
    const previous = own.filter((p) => p.indicator === o.indicator && p.period < period).sort((x, y) => compareText(x.period, y.period)).at(-1);
    const indicatorKind = kindOf(input.targets ?? [], o.indicator, o.unit);
    items.push({ kind: 'indicator', period, indicator: o.indicator, indicatorKind, value: o.value, growth: o.growth, unit: o.unit, previousPeriod: previous?.period, previousGrowth: previous?.growth });
  }

  const order = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
  items.sort((x, y) => order.get(x.kind)! - order.get(y.kind)! || compareText(sortKey(x), sortKey(y)));
  const counts = emptyCounts();
  for (const item of items) counts[item.kind]++;
  return { period, previousPeriod, items, counts };
}

/** The change list of every ledger month that has one before it, newest first. */
export function allMonthChanges(input: ChangeInput): MonthChangeList[] {
  const periods = indexLedgers(input.ledgers).periods;
  const out: MonthChangeList[] = [];
  for (const period of [...periods].reverse()) {
    const list = monthChanges(input, period);
    if (list) out.push(list);
  }
  return out;
}

/** Every item about one project (its own rows and its tasks), newest month first. */
export function projectChanges(lists: readonly MonthChangeList[], projectId: string): ChangeItem[] {
  return lists.flatMap((l) => l.items.filter((i) => itemProjectId(i) === projectId));
}

/** Items per project id, for pages that show one project's history each (one pass over all months). */
export function changesByProject(lists: readonly MonthChangeList[]): Map<string, ChangeItem[]> {
  const out = new Map<string, ChangeItem[]>();
  for (const list of lists) {
    for (const item of list.items) {
      const id = itemProjectId(item);
      if (id === undefined) continue;
      const items = out.get(id);
      if (items) items.push(item);
      else out.set(id, [item]);
    }
  }
  return out;
}

/** Total number of items in a list. */
export const itemCount = (list: MonthChangeList): number => list.items.length;
