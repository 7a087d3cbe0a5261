// What changed between two ledger months: test/fixtures/changes has March and April 2026 with
// one planted difference per project (the project's name says which) plus tasks and
// indicators; the change list must be exactly those, in order, and nothing else.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/io/data-dir.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import type { Dataset } from '../../src/core/types.ts';
import { allMonthChanges, changesByProject, monthChanges, projectChanges, type ChangeItem } from '../../src/core/export/changes.ts';
import { changeSentence, countsSentence, describeChange } from '../../src/core/export/change-text.ts';
import { changesTable } from '../../src/core/export/change-table.ts';
import { toCsv } from '../../src/core/export/csv.ts';
import { csvParse } from 'd3-dsv';

let dataset: Dataset;
beforeAll(async () => {
  const result = loadDataset(await readDataDir('test/fixtures/changes'));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  dataset = result.dataset;
});

/** An item in short: kind and subject, plus what changed. */
function brief(i: ChangeItem): string {
  switch (i.kind) {
    case 'added':
    case 'removed':
      return `${i.kind} ${i.project.projectId} ${i.stage}`;
    case 'stage':
      return `stage ${i.project.projectId} ${i.from}→${i.to}`;
    case 'fell-behind':
    case 'recovered':
      return `${i.kind} ${i.project.projectId} ${i.from}→${i.to}`;
    case 'stalled':
      return `stalled ${i.project.projectId} ${i.months}`;
    case 'overdue':
      return `overdue ${i.project.projectId} ${i.deadline}`;
    case 'overdue-start':
    case 'overdue-completion':
      return `${i.kind} ${i.project.projectId} ${i.planned} ${i.monthsLate}`;
    case 'plan':
    case 'deadline':
      return `${i.kind} ${i.project.projectId} ${i.from}→${i.to}`;
    case 'task-assigned':
    case 'task-closed':
    case 'task-overdue':
      return `${i.kind} ${i.task.taskId} ${i.date}`;
    case 'indicator':
      return `indicator ${i.indicator} ${i.value} ${i.growth} (${i.previousPeriod} ${i.previousGrowth})`;
  }
}

describe('monthChanges on the planted fixture', () => {
  it('lists exactly the planted differences, in kind order', () => {
    const list = monthChanges(dataset, '2026-04')!;
    expect(list.previousPeriod).toBe('2026-03');
    expect(list.items.map(brief)).toEqual([
      'added CH-09 construction',
      'removed CH-08 construction',
      'stage CH-02 preparatory→construction',
      'stage CH-11 construction→completed',
      'fell-behind CH-03 on-track→behind',
      'recovered CH-04 behind→on-track',
      'stalled CH-10 1',
      'overdue CH-07 2026-04-20',
      'plan CH-05 2000→2400',
      'deadline CH-06 2026-04-15→2026-05-31',
      'task-assigned T-1 2026-04-05',
      'task-closed T-2 2026-04-10',
      'task-overdue T-3 2026-04-20',
      'indicator 固定资产投资 27.5 7.5 (2026-03 8)',
    ]);
    expect(list.counts).toMatchObject({ added: 1, removed: 1, stage: 2, 'fell-behind': 1, recovered: 1, stalled: 1, overdue: 1, plan: 1, deadline: 1, 'task-assigned': 1, 'task-closed': 1, 'task-overdue': 1, indicator: 1 });
  });

  it('says nothing about the control project', () => {
    const list = monthChanges(dataset, '2026-04')!;
    expect(projectChanges([list], 'CH-01')).toEqual([]);
  });

  it('has no list for the first ledger or a month without one', () => {
    expect(monthChanges(dataset, '2026-03')).toBeUndefined();
    expect(monthChanges(dataset, '2026-05')).toBeUndefined();
    expect(allMonthChanges(dataset).map((l) => l.period)).toEqual(['2026-04']);
  });

  it('files task changes under their project', () => {
    const byProject = changesByProject(allMonthChanges(dataset));
    expect(byProject.get('CH-07')!.map((i) => i.kind)).toEqual(['overdue', 'task-overdue']);
    expect(byProject.get('CH-02')!.map((i) => i.kind)).toEqual(['stage', 'task-closed']);
  });

  it('does not call a revised plan across a year boundary a revision', () => {
    const d: Dataset = {
      ...dataset,
      ledgers: [
        { period: '2025-12', file: 'ledger/2025-12.csv', rows: [{ projectId: 'CH-01', yearPlan: 1000, completedYtd: 1000, stage: 'construction', line: 2 }] },
        { period: '2026-01', file: 'ledger/2026-01.csv', rows: [{ projectId: 'CH-01', yearPlan: 3000, completedYtd: 250, stage: 'construction', line: 2 }] },
      ],
      tasks: [],
      indicators: [],
    };
    expect(monthChanges(d, '2026-01')!.items.map((i) => i.kind)).not.toContain('plan');
  });

  it('does not call a new year plan a deterioration: statuses compare within one year', () => {
    // December: the year plan met (已完成). January: a new plan, 10 of 3,000 = 0.3% against 8.3%,
    // behind — but a new year, not news. February at 50.0% against 16.7%: caught up within the year.
    const rows = (completedYtd: number, yearPlan = 3000) => [{ projectId: 'CH-01', yearPlan, completedYtd, stage: 'construction' as const, line: 2 }];
    const d: Dataset = {
      ...dataset,
      ledgers: [
        { period: '2025-12', file: 'ledger/2025-12.csv', rows: rows(1000, 1000) },
        { period: '2026-01', file: 'ledger/2026-01.csv', rows: rows(10) },
        { period: '2026-02', file: 'ledger/2026-02.csv', rows: rows(1500) },
      ],
      tasks: [],
      indicators: [],
    };
    expect(monthChanges(d, '2026-01')!.items.map((i) => i.kind)).toEqual([]);
    expect(monthChanges(d, '2026-02')!.items.map(brief)).toEqual(['recovered CH-01 behind→on-track']);
  });
});

describe('change text', () => {
  it('reads as a Chinese sentence', () => {
    const list = monthChanges(dataset, '2026-04')!;
    const byKind = (k: string) => list.items.find((i) => i.kind === k)!;
    expect(changeSentence(byKind('stage'), 'zh-CN', '万元')).toBe('前期转在建的项目：进展阶段由“前期”转为“在建”。');
    expect(changeSentence(byKind('fell-behind'), 'zh-CN', '万元')).toBe('转为滞后的项目：由“正常推进”转为“滞后”，落后时间进度5.3个百分点。');
    expect(changeSentence(byKind('plan'), 'zh-CN', '万元')).toBe('调整年度计划的项目：年度计划投资由2,000万元调整为2,400万元。');
    expect(changeSentence(byKind('deadline'), 'zh-CN', '万元')).toBe('推迟完成时限的项目：问题完成时限由2026年4月15日后延至2026年5月31日。');
    expect(changeSentence(byKind('task-overdue'), 'zh-CN', '万元')).toBe('协调落实问题逾期的项目建设资金：完成时限为2026年4月20日，逾期未销号，责任单位为县财政局。');
    expect(changeSentence(byKind('indicator'), 'zh-CN', '万元')).toBe('固定资产投资：2026年1-4月累计27.5亿元，同比增长7.5%，增幅比2026年1-3月回落0.5个百分点。');
    expect(describeChange(byKind('task-overdue'), 'zh-CN', '万元', { taskUnit: false })).toBe('完成时限为2026年4月20日，逾期未销号');
    expect(countsSentence(list, 'zh-CN')).toBe('新列入台账1项，移出台账1项，进展阶段变化2项，进度下滑1项，进度好转1项，新增停滞1项，新增问题逾期未解决1项，年度计划调整1项，完成时限后延1项，新交办督办事项1项，督办事项销号1项，新增督办事项逾期1项，经济指标更新1项。');
  });

  it('reads in English too', () => {
    const list = monthChanges(dataset, '2026-04')!;
    const stage = list.items.find((i) => i.kind === 'stage')!;
    expect(changeSentence(stage, 'en', '万元')).toBe('前期转在建的项目: stage moved from Preparatory to Under construction.');
    // Texts are remembered per item, locale, unit and option: asking in one never answers another.
    expect(changeSentence(stage, 'zh-CN', '万元')).toBe('前期转在建的项目：进展阶段由“前期”转为“在建”。');
    const plan = list.items.find((i) => i.kind === 'plan')!;
    expect(describeChange(plan, 'zh-CN', '万元')).toBe('年度计划投资由2,000万元调整为2,400万元');
    expect(describeChange(plan, 'zh-CN', '亿元')).toBe('年度计划投资由2,000.00亿元调整为2,400.00亿元');
    const task = list.items.find((i) => i.kind === 'task-overdue')!;
    expect(describeChange(task, 'en', '万元', { taskUnit: false })).not.toBe(describeChange(task, 'en', '万元'));
  });

  it('says "level with time progress" rather than zero points', () => {
    const item: ChangeItem = { kind: 'recovered', period: '2026-04', project: { projectId: 'X', name: 'X' }, from: 'behind', to: 'on-track', lagPoints: 0.01 };
    expect(describeChange(item, 'zh-CN', '万元')).toBe('由“滞后”转为“正常推进”，与时间进度持平');
  });
});

describe('changes.csv', () => {
  it('has one row per change with kind, subject, unit, before and after', () => {
    const lists = allMonthChanges(dataset);
    const table = changesTable(lists, dataset.config, 'zh-CN', (id) => dataset.projects.find((p) => p.id === id)?.responsibleUnit);
    const rows = csvParse(toCsv(table.columns.map((c) => c.name), table.rows).slice(1));
    expect(rows).toHaveLength(14);
    expect(rows.find((r) => r.kind === 'plan')).toMatchObject({ period: '2026-04', previous_period: '2026-03', project_id: 'CH-05', subject: '调整年度计划的项目', responsible_unit: '县教育局', from: '2000', to: '2400', text: '年度计划投资由2,000万元调整为2,400万元' });
    expect(rows.find((r) => r.kind === 'task-closed')).toMatchObject({ project_id: 'CH-02', task_id: 'T-2', responsible_unit: '县住房和城乡建设局' });
    expect(rows.find((r) => r.kind === 'indicator')).toMatchObject({ indicator: '固定资产投资', project_id: '' });
  });
});
