import { describe, expect, it } from 'vitest';
import { aggregateBy, monthlyRankings, defaultGradeRule } from '../../src/core/metrics/index.ts';
import {
  gradeClass,
  gradeRuleSentence,
  groupRankHistory,
  monthLabel,
  movementNote,
  movementView,
  orderedGroups,
  rankedGroup,
  rankHistoryTable,
} from '../../src/site/group-page.ts';
import { input, ledger, project, row } from '../metrics/fixtures.ts';

// Three units over Dec 2025 – Feb 2026; plan 1200 each, so 100 done = 8.33%.
const data = input(
  [
    project('A', { responsibleUnit: '县水利局', program: '产业发展工程' }),
    project('B', { responsibleUnit: '县交通运输局', program: '基础设施提升工程' }),
    project('C', { responsibleUnit: '县住房和城乡建设局', program: '社会民生工程' }),
    project('D', { program: '城市更新工程' }),
  ],
  [
    ledger('2025-12', [row('A', { yearPlan: 1200, completedYtd: 1200 }), row('B', { yearPlan: 1200, completedYtd: 600 })]),
    ledger('2026-01', [row('A', { yearPlan: 1200, completedYtd: 100 }), row('B', { yearPlan: 1200, completedYtd: 50 }), row('C', { yearPlan: 1200, completedYtd: 10 })]),
    ledger('2026-02', [row('A', { yearPlan: 1200, completedYtd: 150 }), row('B', { yearPlan: 1200, completedYtd: 200 }), row('C', { yearPlan: 1200, completedYtd: 30 }), row('D', { yearPlan: 1200 })]),
  ],
);

describe('orderedGroups', () => {
  it('orders programs by programs.csv’s order, those without one after by name', () => {
    const grouped = aggregateBy(data, '2026-02', 'program');
    const programs = [
      { name: '社会民生工程', order: 1 },
      { name: '基础设施提升工程', order: 2 },
      { name: '产业发展工程' },
    ];
    expect(orderedGroups(grouped, 'program', programs).map((g) => g.key)).toEqual(['社会民生工程', '基础设施提升工程', '产业发展工程', '城市更新工程']);
  });

  it('orders units as units.csv lists them, others after by name', () => {
    const grouped = aggregateBy(data, '2026-02', 'responsibleUnit');
    const units = [{ name: '县住房和城乡建设局' }, { name: '县水利局' }];
    expect(orderedGroups(grouped, 'responsibleUnit', [], units).map((g) => g.key)).toEqual(['县住房和城乡建设局', '县水利局', '县交通运输局']);
    expect(orderedGroups(grouped, 'responsibleUnit').map((g) => g.key)).toEqual(grouped.groups.map((g) => g.key));
  });
});

describe('movement', () => {
  it('is an arrow with the same in words', () => {
    expect(movementView({ movement: 'up', change: 2 }, 'zh-CN')).toEqual({ shown: '↑2', arrow: true, words: '上升2位' });
    expect(movementView({ movement: 'down', change: -1 }, 'zh-CN')).toEqual({ shown: '↓1', arrow: true, words: '下降1位' });
    expect(movementView({ movement: 'same', change: 0 }, 'zh-CN')).toEqual({ shown: '持平', arrow: false, words: '持平' });
    expect(movementView({ movement: 'new', change: undefined }, 'zh-CN')).toEqual({ shown: '新列入', arrow: false, words: '新列入' });
    expect(movementView({ movement: undefined, change: undefined }, 'zh-CN')).toBeUndefined();
    expect(movementView({ movement: 'down', change: -1 }, 'en')?.words).toBe('down 1 place');
    expect(movementView({ movement: 'up', change: 3 }, 'en')?.words).toBe('up 3 places');
  });

  it('reads as a note under the month’s rank', () => {
    expect(movementNote({ movement: 'up', change: 2 }, 'zh-CN')).toBe('较上月上升2位');
    expect(movementNote({ movement: 'same', change: 0 }, 'zh-CN')).toBe('与上月持平');
    expect(movementNote({ movement: 'new', change: undefined }, 'zh-CN')).toBe('本月新列入排名');
    expect(movementNote({ movement: undefined, change: undefined }, 'zh-CN')).toBeUndefined();
  });
});

describe('gradeRuleSentence', () => {
  it('says the default rule with the configured thresholds', () => {
    expect(gradeRuleSentence(defaultGradeRule({ behind: -5, seriouslyBehind: -15 }), 'zh-CN')).toBe(
      '等次按完成年度计划比例与时间进度的差距评定：落后时间进度不超过5个百分点的评为“优”，落后时间进度超过15个百分点的评为“差”，其余评为“中”。',
    );
    expect(gradeRuleSentence({ by: 'lag', good: 0, poor: -10 }, 'zh-CN')).toContain('达到或超过时间进度的评为“优”');
    expect(gradeRuleSentence({ by: 'lag', good: 2.5, poor: -7.5 }, 'zh-CN')).toContain('超过时间进度2.5个百分点及以上的评为“优”，落后时间进度超过7.5个百分点');
    expect(gradeRuleSentence({ by: 'thirds' }, 'zh-CN')).toContain('前三分之一');
    expect(gradeRuleSentence(defaultGradeRule({ behind: -5, seriouslyBehind: -15 }), 'en')).toContain('no more than 5 points behind time progress is Good');
  });
});

describe('rank history', () => {
  const rankings = monthlyRankings(data, 'responsibleUnit');

  it('is months × groups for one year, in the latest month’s order', () => {
    const table = rankHistoryTable(rankings, 2026);
    expect(table.periods).toEqual(['2026-01', '2026-02']);
    // Feb: 交通 200/1200 = 16.7%, 水利 12.5%, 住建 2.5% (time progress 16.7%).
    expect(table.rows.map((r) => r.name)).toEqual(['县交通运输局', '县水利局', '县住房和城乡建设局']);
    expect(table.rows[0]!.cells.map((c) => c?.rank)).toEqual([2, 1]);
    expect(table.rows.map((r) => r.cells.map((c) => c?.grade))).toEqual([['good', 'good'], ['good', 'good'], ['fair', 'fair']]);
    // December belongs to another year's table.
    expect(rankHistoryTable(rankings, 2025).periods).toEqual(['2025-12']);
    expect(rankHistoryTable(rankings, 2025).rows.map((r) => r.name)).toEqual(['县水利局', '县交通运输局']);
  });

  it('marks a month a group was not in', () => {
    const onlyJan = rankHistoryTable([rankings[1]!, { ...rankings[2]!, groups: rankings[2]!.groups.filter((g) => g.name !== '县水利局') }], 2026);
    expect(onlyJan.rows.at(-1)).toEqual({ name: '县水利局', cells: [{ rank: 1, of: 3, grade: 'good' }, undefined] });
  });

  it('gives one group’s months with rate and lag, and its place this month', () => {
    const months = groupRankHistory(rankings, '县水利局', 2026);
    expect(months.map((m) => [m.period, m.rank, m.of])).toEqual([['2026-01', 1, 3], ['2026-02', 2, 3]]);
    expect(months[1]!.completionPct).toBeCloseTo(12.5, 10);
    expect(months[1]!.lagPoints).toBe(-4.2); // 12.5 − 16.7, as printed
    expect(rankedGroup(rankings, '2026-02', '县水利局')?.movement).toBe('down');
    expect(rankedGroup(rankings, '2026-01', '县水利局')?.movement).toBeUndefined(); // January restarts the year
    expect(rankedGroup(rankings, undefined, '县水利局')).toBeUndefined();
  });
});

describe('labels', () => {
  it('names months without the year and maps grades to the stylesheet', () => {
    expect(monthLabel('2026-03', 'zh-CN')).toBe('3月');
    expect(monthLabel('2026-12', 'en')).toBe('Dec');
    expect(gradeClass('good')).toBe('grade grade-good');
    expect(gradeClass('fair')).toBe('grade grade-fair');
    expect(gradeClass(undefined)).toBe('grade');
    expect(gradeClass('poor')).toBe('grade grade-poor');
  });
});
