import { describe, expect, it } from 'vitest';
import { changesSince } from '../../src/core/metrics/history.ts';
import { input, ledger, project, row } from './fixtures.ts';

describe('changesSince', () => {
  const data = input([project('A'), project('B'), project('C'), project('D'), project('E')], [
    ledger('2026-05', [
      row('A', { yearPlan: 1200, completedYtd: 0, stage: 'preparatory' }),
      row('B', { yearPlan: 1200, completedYtd: 500, stage: 'construction' }),
      row('C', { yearPlan: 1200, completedYtd: 600, stage: 'construction', problems: '无' }),
      row('D', { yearPlan: 1200, completedYtd: 500, stage: 'construction' }),
    ]),
    ledger('2026-06', [
      row('A', { yearPlan: 1200, completedYtd: 600, stage: 'construction' }),
      row('B', { yearPlan: 1200, completedYtd: 500, stage: 'construction' }),
      row('C', { yearPlan: 1200, completedYtd: 1200, stage: 'completed', problems: '无' }),
      row('E', { yearPlan: 100, completedYtd: 50, stage: 'construction' }),
    ]),
  ]);
  const c = changesSince(data, '2026-06');

  it('lists only projects where something changed', () => {
    expect(c.previousPeriod).toBe('2026-05');
    expect(c.changes.map((x) => x.projectId)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(c.started).toEqual(['A']);
    expect(c.finished).toEqual(['C']);
  });

  it('says how each changed', () => {
    const [a, b, , d, e] = c.changes;
    // A: 0% at 5/12 (seriously behind) → 50% at 6/12: on track.
    expect(a).toMatchObject({ stageFrom: 'preparatory', stageTo: 'construction', statusFrom: 'seriously-behind', statusTo: 'on-track', improved: true, increment: 600 });
    // B: 41.7% at 41.7% → 41.7% at 50%: behind.
    expect(b).toMatchObject({ statusFrom: 'on-track', statusTo: 'behind', worsened: true, increment: 0, becameStalled: false });
    expect(d).toMatchObject({ removed: true, added: false });
    expect(e).toMatchObject({ added: true, removed: false });
  });

  it('has nothing to compare for the first ledger', () => {
    expect(changesSince(data, '2026-05')).toMatchObject({ previousPeriod: undefined, changes: [], started: [], finished: [] });
  });
});
