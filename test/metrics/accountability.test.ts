// The accountability pages' figures, hand-computed: task totals, a campaign project's goal met,
// the tasks on a briefing; and the cases of days left, funnel rates and land percentages that
// campaigns/attraction/land.test.ts do not already cover.
import { describe, expect, it } from 'vitest';
import { campaignGoalMet, taskTotals, tasksForGroup } from '../../src/core/metrics/accountability.ts';
import { campaignDays } from '../../src/core/metrics/campaigns.ts';
import { attractionFunnel, sizeBands } from '../../src/core/metrics/attraction.ts';
import { landProgress, landTotals } from '../../src/core/metrics/land.ts';
import { taskStates } from '../../src/core/metrics/tasks.ts';
import { landSentence } from '../../src/core/sentences.ts';
import type { AttractionProject, AttractionStage, Task } from '../../src/core/types.ts';

const asOf = '2026-10-31';
const task = (id: string, over: Partial<Task> = {}): Task => ({ id, content: `事项${id}`, status: 'open', ...over });

describe('taskTotals', () => {
  // T1 closed on time; T2 closed late (deadline 10-10, closed 10-18); T3 open, overdue (deadline 10-20);
  // T4 open, deadline ahead; T5 closed after the as-of date, so still open then, and overdue (deadline 10-15).
  const states = taskStates(
    [
      task('T1', { status: 'closed', deadline: '2026-09-30', closed: '2026-09-20' }),
      task('T2', { status: 'closed', deadline: '2026-10-10', closed: '2026-10-18' }),
      task('T3', { deadline: '2026-10-20' }),
      task('T4', { deadline: '2026-11-30' }),
      task('T5', { status: 'closed', deadline: '2026-10-15', closed: '2026-11-03' }),
    ],
    asOf,
  );

  it('counts open (overdue included), overdue, closed and closed late; 销号率 = closed ÷ total', () => {
    expect(taskTotals(states)).toEqual({ total: 5, open: 3, overdue: 2, closed: 2, closedLate: 1, closedPct: 40 });
  });

  it('has no rate without tasks', () => {
    expect(taskTotals([])).toEqual({ total: 0, open: 0, overdue: 0, closed: 0, closedLate: 0, closedPct: undefined });
  });
});

describe('campaignGoalMet', () => {
  it('开工: met once the project is under construction or beyond', () => {
    expect(campaignGoalMet({ goal: 'start', stage: 'preparatory' }, undefined)).toBe(false);
    expect(campaignGoalMet({ goal: 'start', stage: 'construction' }, undefined)).toBe(true);
    expect(campaignGoalMet({ goal: 'start', stage: 'operating' }, undefined)).toBe(true);
  });

  it('竣工: met once built or in operation', () => {
    expect(campaignGoalMet({ goal: 'complete', stage: 'construction' }, 120)).toBe(false);
    expect(campaignGoalMet({ goal: 'complete', stage: 'completed' }, 40)).toBe(true);
  });

  it('投资: met when the year plan is fully invested (completion ≥ 100%), boundary included', () => {
    expect(campaignGoalMet({ goal: 'invest', stage: 'construction' }, 99.94)).toBe(false);
    // 99.96% is printed as 100.0%: the plan is met as the page says it.
    expect(campaignGoalMet({ goal: 'invest', stage: 'construction' }, 99.96)).toBe(true);
    expect(campaignGoalMet({ goal: 'invest', stage: 'construction' }, 100)).toBe(true);
  });

  it('is unknown without a goal, a stage or a rate', () => {
    expect(campaignGoalMet({ goal: undefined, stage: 'completed' }, 100)).toBeUndefined();
    expect(campaignGoalMet({ goal: 'start', stage: undefined }, 100)).toBeUndefined();
    expect(campaignGoalMet({ goal: 'invest', stage: 'construction' }, undefined)).toBeUndefined();
  });
});

describe('tasksForGroup', () => {
  const projects = new Map([
    ['P1', { responsibleUnit: '县住房和城乡建设局', township: '城关镇' }],
    ['P2', { responsibleUnit: '县交通运输局', township: '双溪镇' }],
  ]);
  const states = taskStates(
    [
      task('T1', { projectId: 'P1', responsibleUnit: '县自然资源局', deadline: '2026-10-01' }),
      task('T2', { projectId: 'P2', responsibleUnit: '双溪镇', deadline: '2026-11-30' }),
      task('T3', { responsibleUnit: ' 县住房和城乡建设局 ', deadline: '2026-12-31' }),
      task('T4', { projectId: 'P9', responsibleUnit: '县财政局' }),
    ],
    asOf,
  );
  const ids = (kind: 'unit' | 'township', name: string) => tasksForGroup(states, kind, name, projects).map((s) => s.task.id);

  it("takes a unit's own tasks and those about its projects, in the order given", () => {
    expect(ids('unit', '县住房和城乡建设局')).toEqual(['T1', 'T3']);
    expect(ids('unit', '县自然资源局')).toEqual(['T1']);
    expect(ids('unit', '县财政局')).toEqual(['T4']);
  });

  it("takes a township's own tasks and those about projects located in it", () => {
    expect(ids('township', '城关镇')).toEqual(['T1']);
    expect(ids('township', '双溪镇')).toEqual(['T2']);
    expect(ids('township', '石门镇')).toEqual([]);
  });
});

describe('days left (campaignDays), more cases', () => {
  it('runs over New Year and a leap February: 2027-12-15 … 2028-03-24 is 17 + 31 + 29 + 24 = 101 days', () => {
    const c = { start: '2027-12-15', end: '2028-03-24' };
    expect(campaignDays(c, '2028-02-29')).toEqual({ totalDays: 101, elapsedDays: 77, daysLeft: 24, timeProgressPct: (77 * 100) / 101, phase: 'running' });
    expect(campaignDays(c, '2027-12-31')).toMatchObject({ elapsedDays: 17, daysLeft: 84 });
  });

  it('a one-day campaign is all spent on its day', () => {
    expect(campaignDays({ start: '2026-10-31', end: '2026-10-31' }, asOf)).toEqual({ totalDays: 1, elapsedDays: 1, daysLeft: 0, timeProgressPct: 100, phase: 'ended' });
  });

  it('the 2025 百日攻坚 (22 Sep – 30 Dec) had 100 days, 61 left at the end of October', () => {
    expect(campaignDays({ start: '2025-09-22', end: '2025-12-30' }, '2025-10-31')).toMatchObject({ totalDays: 100, elapsedDays: 40, daysLeft: 60, timeProgressPct: 40 });
  });
});

describe('funnel rates, more cases', () => {
  const p = (id: string, stage: AttractionStage, amount?: number): AttractionProject => ({ id, name: id, stage, amount });

  it('合同签订率 and 开工率 by count and by agreed amount; intentions are in neither', () => {
    // Signed or beyond: B 100 (signed), C 200 (contract), D 300 (started) → 3 projects, 600.
    const f = attractionFunnel([p('A', 'intention', 1000), p('B', 'signed', 100), p('C', 'contract', 200), p('D', 'started', 300)]);
    expect(f.performanceRate).toBeCloseTo(200 / 3, 12); // 2 ÷ 3 = 66.7%
    expect(f.landingRate).toBeCloseTo(100 / 3, 12); // 1 ÷ 3 = 33.3%
    expect(f.performanceRateByAmount).toBeCloseTo((500 * 100) / 600, 12); // 83.3%
    expect(f.landingRateByAmount).toBe(50); // 300 ÷ 600
  });

  it('a project without an amount counts in the numbers but adds nothing to the amounts', () => {
    const f = attractionFunnel([p('B', 'signed'), p('D', 'started', 300)]);
    expect([f.performanceRate, f.landingRate]).toEqual([50, 50]);
    expect(f.landingRateByAmount).toBe(100);
  });

  it('every signed project started: both rates 100%; nothing signed: no rates', () => {
    expect(attractionFunnel([p('D', 'started', 1), p('E', 'started', 1)])).toMatchObject({ performanceRate: 100, landingRate: 100 });
    expect(attractionFunnel([])).toMatchObject({ total: 0, performanceRate: undefined, landingRate: undefined, performanceRateByAmount: undefined });
  });

  it('size bands: exactly 5亿元 (50000万元) is "5亿元以上"', () => {
    expect(sizeBands([p('A', 'signed', 50000), p('B', 'contract', 49999.5), p('C', 'intention', 90000)])).toEqual([
      { min: 50000, count: 1, amount: 50000 },
      { min: 10000, count: 2, amount: 99999.5 },
    ]);
  });
});

describe('land percentages, more cases', () => {
  it('demolition only: no land rate, done when every building is down', () => {
    expect(landProgress({ projectId: 'A', demolitionTarget: 12, demolished: 12 })).toMatchObject({ landPct: undefined, landDone: undefined, demolitionPct: 100, demolitionDone: true, fullyDone: true });
  });

  it('more acquired than planned: over 100%, done', () => {
    expect(landProgress({ projectId: 'A', landTargetMu: 80, landAcquiredMu: 96 })).toMatchObject({ landPct: 120, landDone: true, fullyDone: true });
  });

  it('a missing acquired figure counts as nothing acquired', () => {
    expect(landProgress({ projectId: 'A', landTargetMu: 80 })).toMatchObject({ landPct: 0, landDone: false });
  });

  it('totals and the sentence: 110 of 150 mu = 73.3% (said 73.3%), 4 of 10 buildings = 40%', () => {
    const t = landTotals([
      { projectId: 'A', landTargetMu: 100, landAcquiredMu: 60 },
      { projectId: 'B', landTargetMu: 50, landAcquiredMu: 50, demolishedAreaSqm: 1200.5 },
      { projectId: 'C', demolitionTarget: 10, demolished: 4, demolishedAreaSqm: 800 },
    ]);
    expect(t).toMatchObject({ projectCount: 3, fullyDoneCount: 1, landTargetMu: 150, landAcquiredMu: 110, demolitionTarget: 10, demolished: 4, demolitionPct: 40, demolishedAreaSqm: 2000.5 });
    expect(t.landPct).toBeCloseTo(220 / 3, 12);
    expect(landSentence(t, 'zh-CN')).toBe('3个征拆项目中，1个已全部完成征拆任务；共完成征地110亩，拆除房屋4栋，征地任务完成73.3%，房屋拆迁完成40.0%。');
  });
});
