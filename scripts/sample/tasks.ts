// tasks.csv: the dispatch meetings' task ledger (一单四制). Each task is a problem from
// the monthly ledger that a meeting assigned early the next month, with the four
// explicit items: lead official, responsible unit, measures, deadline. It is closed
// (销号) in the month the problem leaves the ledger.
import type { Rng } from './prng.ts';
import { type Day, dayIn, dayKey, isoDay, yearOf, deadlinePhrase } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import type { SampleProject } from './portfolio.ts';
import { type Episode, PROBLEMS, textContext } from './problems.ts';
import type { Table } from './table.ts';

export interface SampleTask {
  id: string;
  project: SampleProject;
  episode: Episode;
  content: string;
  unit: string;
  measures: string;
  deadline: Day;
  assigned: Day;
  closed?: Day;
}

export function planTasks(projects: SampleProject[], episodes: Episode[], h: Horizon, count: number, rng: Rng): SampleTask[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const candidates = episodes.filter((e) => PROBLEMS[e.type].unit && e.deadline && e.from + 1 <= h.last);
  // The most recent ones: a task ledger is about what is still on the table.
  candidates.sort((a, b) => b.from - a.from || (a.projectId < b.projectId ? -1 : 1) || a.type.localeCompare(b.type));
  const chosen = candidates.slice(0, count);
  const drafts: Omit<SampleTask, 'id'>[] = [];
  for (const e of chosen) {
    const p = byId.get(e.projectId);
    const spec = PROBLEMS[e.type];
    if (!p || !spec.unit || !e.deadline) continue;
    const r = rng.fork(`task:${e.projectId}:${e.type}:${e.from}`);
    // Dispatch meeting early in the month after the ledger reported the problem.
    const assigned = dayIn(e.from + 1, r.int(5, 12));
    const deadline = dayKey(e.deadline) > dayKey(assigned) + 5 ? e.deadline : dayIn(e.from + 2, 0);
    const c = { ...textContext(e, p, e.from), dl: deadlinePhrase(deadline, yearOf(assigned.month)) };
    const solvedIn = e.to + 1;
    const closed = solvedIn <= h.last ? dayIn(solvedIn, Math.max(r.int(8, 26), solvedIn === assigned.month ? assigned.day + 3 : 0)) : undefined;
    drafts.push({
      project: p,
      episode: e,
      content: `协调解决${p.name}${spec.issue(c)}`,
      unit: spec.unit(p),
      measures: spec.measure[0](c),
      deadline,
      assigned,
      ...(closed ? { closed } : {}),
    });
  }
  drafts.sort((a, b) => dayKey(a.assigned) - dayKey(b.assigned) || (a.project.id < b.project.id ? -1 : 1) || a.episode.type.localeCompare(b.episode.type));
  const seq = new Map<number, number>();
  return drafts.map((d) => {
    const year = yearOf(d.assigned.month);
    const k = (seq.get(year) ?? 0) + 1;
    seq.set(year, k);
    return { ...d, id: `DB-${year}-${String(k).padStart(3, '0')}` };
  });
}

export function tasksTable(tasks: SampleTask[]): Table {
  return {
    fields: ['id', 'project_id', 'content', 'lead_official', 'responsible_unit', 'measures', 'deadline', 'assigned', 'status', 'closed'],
    labels: ['事项编号', '项目编号', '事项内容', '牵头领导', '责任单位', '工作措施', '完成期限', '交办时间', '办理状态', '销号时间'],
    rows: tasks.map((t) => [
      t.id,
      t.project.id,
      t.content,
      t.project.leadOfficial,
      t.unit,
      t.measures,
      isoDay(t.deadline),
      isoDay(t.assigned),
      t.closed ? '已销号' : '办理中',
      t.closed ? isoDay(t.closed) : '',
    ]),
  };
}
