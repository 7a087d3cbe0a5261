import { describe, expect, it } from 'vitest';
import { sortTasks, taskCountsByProject, taskCountsByUnit, taskState, taskStates } from '../../src/core/metrics/tasks.ts';
import type { Task } from '../../src/core/types.ts';

const task = (id: string, over: Partial<Task> = {}): Task => ({ id, content: `事项${id}`, status: 'open', ...over });
const asOf = '2026-10-31';

describe('taskState', () => {
  it('counts days open to the as-of date and days past the deadline', () => {
    const s = taskState(task('A', { assigned: '2026-09-05', deadline: '2026-10-20' }), asOf);
    expect(s).toMatchObject({ open: true, daysOpen: 56, overdue: true, daysOverdue: 11, closedLate: false });
  });

  it('is not overdue on its deadline day', () => {
    expect(taskState(task('A', { deadline: '2026-10-31' }), asOf)).toMatchObject({ overdue: false, daysOverdue: 0 });
  });

  it('counts days open to the closing date for a closed task, and notes a late close', () => {
    const s = taskState(task('A', { status: 'closed', assigned: '2026-09-05', deadline: '2026-10-10', closed: '2026-10-18' }), asOf);
    expect(s).toMatchObject({ open: false, daysOpen: 43, overdue: false, daysOverdue: 0, closedLate: true });
  });

  it('treats a task closed after the as-of date as still open then', () => {
    const s = taskState(task('A', { status: 'closed', assigned: '2026-10-01', deadline: '2026-10-15', closed: '2026-11-20' }), asOf);
    expect(s).toMatchObject({ open: true, daysOpen: 30, overdue: true, daysOverdue: 16 });
  });

  it('does not guess how long a task closed without a date was open', () => {
    expect(taskState(task('A', { status: 'closed', assigned: '2026-10-01' }), asOf).daysOpen).toBeUndefined();
    expect(taskState(task('A'), asOf).daysOpen).toBeUndefined();
  });
});

describe('sortTasks and counts', () => {
  const tasks = [
    task('T1', { status: 'closed', closed: '2026-10-01', responsibleUnit: '县住建局', projectId: 'P1' }),
    task('T2', { deadline: '2026-11-15', responsibleUnit: '县住建局', projectId: 'P1' }),
    task('T3', { deadline: '2026-10-25', responsibleUnit: '县自然资源局', projectId: 'P2' }),
    task('T4', { deadline: '2026-09-30', responsibleUnit: '县住建局' }),
    task('T5', { status: 'closed', closed: '2026-10-20', deadline: '2026-10-10', responsibleUnit: '县自然资源局' }),
    task('T6', { responsibleUnit: '县供电公司' }),
    task('T7', { deadline: '2026-11-01' }),
  ];
  const states = taskStates(tasks, asOf);

  it('puts overdue open tasks first, longest overdue first, then open by deadline, then closed, latest first', () => {
    expect(states.map((s) => s.task.id)).toEqual(['T4', 'T3', 'T7', 'T2', 'T6', 'T5', 'T1']);
    expect(sortTasks([...states].reverse()).map((s) => s.task.id)).toEqual(states.map((s) => s.task.id));
  });

  it('counts per unit, most overdue first, and per project', () => {
    expect(taskCountsByUnit(states)).toEqual([
      { key: '县住建局', total: 3, open: 2, overdue: 1, closed: 1, closedLate: 0 },
      { key: '县自然资源局', total: 2, open: 1, overdue: 1, closed: 1, closedLate: 1 },
      { key: '县供电公司', total: 1, open: 1, overdue: 0, closed: 0, closedLate: 0 },
    ]);
    expect(taskCountsByProject(states).map((c) => [c.key, c.total, c.overdue])).toEqual([['P2', 1, 1], ['P1', 2, 0]]);
  });
});
