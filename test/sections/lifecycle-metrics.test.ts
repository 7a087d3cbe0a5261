// A project's life in figures: plans against what happened, overdue flags with months late,
// investment after design changes, the disclosure checklist, tender flags and contracted totals.
import { describe, expect, it } from 'vitest';
import type { Dataset, LedgerMonth, Project } from '../../src/core/types.ts';
import {
  disclosureOverview,
  investmentAfterChanges,
  monthsBetween,
  overdueCounts,
  projectDisclosure,
  projectTimeline,
  scheduleOf,
  schedules,
} from '../../src/sections/lifecycle/metrics.ts';
import { contractsByProject, directAwardThreshold, tenderRows, tenderSummary } from '../../src/sections/tenders/metrics.ts';
import { parseSiteConfig } from '../../src/core/config.ts';
import { dataset } from '../export/fixtures.ts';

const month = (period: string, rows: [string, LedgerMonth['rows'][number]['stage']][]): LedgerMonth => ({
  period,
  file: `ledger/${period}.csv`,
  rows: rows.map(([projectId, stage], i) => (stage ? { projectId, stage, line: i + 2 } : { projectId, line: i + 2 })),
});

const projects: Project[] = [
  { id: 'A', name: '甲', responsibleUnit: '县交通运输局', nature: 'new', plannedStart: '2026-03-31', plannedCompletion: '2027-12-31', totalInvestment: 10000 },
  { id: 'B', name: '乙', responsibleUnit: '县交通运输局', nature: 'continuing', plannedStart: '2025-03-31', plannedCompletion: '2026-06-30', totalInvestment: 8000, projectCode: '2025-430623-48-01-000001', legalEntity: '县交投公司' },
  { id: 'C', name: '丙', responsibleUnit: '县卫生健康局', nature: 'continuing', plannedStart: '2025-01-31', plannedCompletion: '2026-08-31', actualStart: '2025-02-18', totalInvestment: 5000 },
  { id: 'D', name: '丁', responsibleUnit: '县卫生健康局', nature: 'preparatory', plannedStart: '2026-10-31' },
  { id: 'E', name: '戊', plannedStart: '2024-01-31', plannedCompletion: '2024-12-31' },
];

const ledgers: LedgerMonth[] = [
  month('2026-08', [['A', 'preparatory'], ['B', 'construction'], ['C', 'construction'], ['D', 'preparatory']]),
  month('2026-09', [['A', 'preparatory'], ['B', 'construction'], ['C', 'completed'], ['D', 'preparatory']]),
  month('2026-10', [['A', 'preparatory'], ['B', 'construction'], ['C', 'operating'], ['D', 'preparatory']]),
];

const data = (over: Partial<Dataset> = {}): Dataset => dataset({ projects, ledgers, ...over });

describe('plans against what happened', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween('2026-03-31', '2026-10-31')).toBe(7);
    expect(monthsBetween('2025-12-01', '2026-01-31')).toBe(1);
    expect(monthsBetween('2026-10-15', '2026-10-31')).toBe(0);
  });

  it('flags 逾期未开工 with months late, for a project on the list still 前期', () => {
    const s = scheduleOf(data(), projects[0]!);
    expect(s).toMatchObject({ projectId: 'A', onList: true, stage: 'preparatory', overdueStart: { monthsLate: 7 } });
    expect(s.overdueCompletion).toBeUndefined();
  });

  it('flags 逾期未竣工 for a project past its planned completion, neither 竣工 nor 投产', () => {
    const s = scheduleOf(data(), projects[1]!);
    expect(s.overdueCompletion).toEqual({ monthsLate: 4 });
    expect(s.overdueStart).toBeUndefined();
    // Started before the first ledger month read: the month is a bound, not a slip.
    expect(s.actualStart).toEqual({ month: '2026-08', source: 'ledger', atOrBefore: true });
    expect(s.startSlipMonths).toBeUndefined();
  });

  it('takes actual dates from projects.csv, else the first ledger month at 竣工 or 投产', () => {
    const s = scheduleOf(data(), projects[2]!);
    expect(s.actualStart).toEqual({ date: '2025-02-18', month: '2025-02', source: 'projects' });
    expect(s.actualCompletion).toEqual({ month: '2026-09', source: 'ledger' });
    expect(s.startSlipMonths).toBe(1);
    expect(s.completionSlipMonths).toBe(1);
    expect(s.overdueCompletion).toBeUndefined();
  });

  it('a planned start in the data month itself is not yet overdue; a project off the list is never flagged', () => {
    expect(scheduleOf(data(), projects[3]!).overdueStart).toBeUndefined();
    const e = scheduleOf(data(), projects[4]!);
    expect(e.onList).toBe(false);
    expect(e.overdueStart).toBeUndefined();
    expect(overdueCounts(schedules(data()))).toEqual({ start: 1, completion: 1 });
  });
});

describe('investment after approved design changes', () => {
  it('adds the changes to the total at approval, oldest first, with their days', () => {
    const changes = [
      { projectId: 'B', date: '2026-07-01', content: '增设人行天桥', investmentChange: 300, durationChangeDays: 30 },
      { projectId: 'B', date: '2026-05-20', content: '路基改桥梁', reason: '软土层较厚', investmentChange: 860, durationChangeDays: 45 },
      { projectId: 'A', date: '2026-05-20', content: '其他', investmentChange: -50 },
    ];
    const r = investmentAfterChanges(projects[1]!, changes);
    expect(r).toMatchObject({ approved: 8000, afterChanges: 9160, change: 1160, changePct: 14.5, days: 75 });
    expect(r.changes.map((c) => c.date)).toEqual(['2026-05-20', '2026-07-01']);
    expect(investmentAfterChanges(projects[4]!, changes)).toEqual({ projectId: 'E', change: 0, days: 0, changes: [] });
  });
});

describe('the disclosure checklist', () => {
  const full = data({
    approvals: [
      { projectId: 'B', item: '可研批复', documentNumber: '示发改投资〔2025〕12号', date: '2025-02-10' },
      { projectId: 'A', item: '规划审查', date: '2026-02-10' },
    ],
    tenders: [{ projectId: 'B', lot: '施工总承包', method: 'open', bidders: 1, awardAmount: 7000, contractDate: '2025-04-01' }],
    parties: [{ projectId: 'B', role: 'owner', name: '县交投公司' }],
    land: [{ projectId: 'A', landTargetMu: 20 }, { projectId: 'B', landTargetMu: 30, landApprovalNumber: '湘政土批〔2025〕8号' }],
    acceptance: [{ projectId: 'C', kind: 'special', date: '2026-09-20', result: 'pass' }],
  });

  it('says published, not yet or missing per category', () => {
    const status = (id: string) => Object.fromEntries(projectDisclosure(full, projects.find((p) => p.id === id)!).items.map((i) => [i.category.id, i.status]));
    // A new start, still 前期: approvals are due (not 前期 in the year plan); an approval outside the catalogue does not count.
    expect(status('A')).toEqual({
      approval_service: 'missing',
      approval_result: 'missing',
      tendering: 'not_yet',
      land: 'missing',
      design_change: 'not_yet',
      construction: 'not_yet',
      quality_safety: 'not_yet',
      completion: 'not_yet',
    });
    // Under construction: the legal entity counts for 施工有关, the owner alone would not.
    expect(status('B')).toEqual({
      approval_service: 'published',
      approval_result: 'published',
      tendering: 'published',
      land: 'published',
      design_change: 'not_yet',
      construction: 'published',
      quality_safety: 'missing',
      completion: 'not_yet',
    });
    // In operation with only a special acceptance: the completion acceptance is missing.
    expect(status('C').completion).toBe('missing');
    // A reserve project before anything is due.
    expect(projectDisclosure(full, projects[3]!)).toMatchObject({ published: 0, missing: 1, notYet: 7 });
  });

  it('names the legal basis of each category', () => {
    const d = projectDisclosure(full, projects[1]!);
    expect(d.items.map((i) => i.category.name)).toEqual(['批准服务信息', '批准结果信息', '招标投标信息', '征收土地信息', '重大设计变更信息', '施工有关信息', '质量安全监督信息', '竣工有关信息']);
    expect(d.items[2]!.category.basis).toContain('《中华人民共和国招标投标法》');
  });

  it('counts per category and ranks units by sums, over the projects on the current list', () => {
    const o = disclosureOverview(full);
    expect(o.projects.map((p) => p.projectId)).toEqual(['A', 'B', 'C', 'D']);
    expect(o.categories.find((c) => c.category.id === 'tendering')).toMatchObject({ published: 1, missing: 1, notYet: 2 });
    expect(o.units).toEqual([
      { unit: '县交通运输局', projects: 2, published: 5, missing: 4, pct: (5 / 9) * 100, rank: 1 },
      { unit: '县卫生健康局', projects: 2, published: 0, missing: 7, pct: 0, rank: 2 },
    ]);
  });

  it('lays the life out in order, dates and months together', () => {
    const t = projectTimeline(full, projects[1]!);
    expect(t.map((e) => [e.when, e.kind, e.title])).toEqual([
      ['2025-02-10', 'approval', '可行性研究报告批复'],
      ['2025-04-01', 'contract', '施工总承包'],
      ['2026-08', 'start', '开工'],
    ]);
  });
});

describe('tenders', () => {
  const tenders: Dataset['tenders'] = [
    { projectId: 'B', lot: '施工总承包', method: 'open', bidders: 1, winner: '甲公司', awardAmount: 7000, awardDate: '2025-03-20', contractDate: '2025-04-01' },
    { projectId: 'B', lot: '监理', method: 'direct', awardAmount: 450, contractDate: '2025-04-02' },
    { projectId: 'B', lot: '检测', method: 'single_source', awardAmount: 120 },
    { projectId: 'C', lot: '设备', method: 'open', bidders: 6, awardAmount: 5200, contractDate: '2025-05-01' },
  ];

  it('flags a single bidder, a direct award above the threshold, an award above the total investment', () => {
    const rows = tenderRows(data({ tenders }));
    expect(rows.map((r) => [r.tender.lot, r.flags])).toEqual([
      ['施工总承包', ['single_bidder']],
      ['检测', []],
      ['监理', ['direct_award']],
      ['设备', ['above_total']],
    ]);
    expect(tenderSummary(rows)).toEqual({ lots: 4, awarded: 12770, flagged: { single_bidder: 1, direct_award: 1, above_total: 1 } });
  });

  it('takes the threshold from site.json, in the money unit; 400万元 by default', () => {
    const d = data({ tenders });
    expect(directAwardThreshold(d.config)).toBe(400);
    expect(directAwardThreshold({ ...d.config, moneyUnit: '亿元' })).toBe(0.04);
    const { config, diagnostics } = parseSiteConfig('{"thresholds": {"directAward": 100}}');
    expect(diagnostics).toEqual([]);
    expect(directAwardThreshold(config)).toBe(100);
    expect(tenderRows(data({ tenders, config })).map((r) => r.flags)).toEqual([['single_bidder'], ['direct_award'], ['direct_award'], ['above_total']]);
    expect(parseSiteConfig('{"thresholds": {"directAward": "四百"}}').diagnostics.map((d) => d.field)).toEqual(['thresholds.directAward']);
  });

  it('sums contracted lots per project against its total investment', () => {
    expect(contractsByProject(data({ tenders })).map(({ project: _, ...c }) => c)).toEqual([
      { projectId: 'B', lots: 3, contracted: 7450, awarded: 7570, totalInvestment: 8000, contractedPct: 93.125, overTotal: false },
      { projectId: 'C', lots: 1, contracted: 5200, awarded: 5200, totalInvestment: 5000, contractedPct: 104, overTotal: true },
    ]);
  });
});

describe('newly overdue, month by month (/changes/, the feed)', async () => {
  const { overdueAt } = await import('../../src/sections/lifecycle/metrics.ts');
  const { monthChanges } = await import('../../src/core/export/changes.ts');
  const { changeSentence } = await import('../../src/core/export/change-text.ts');
  it('is overdue as of each month from the ledgers up to it', () => {
    expect(overdueAt(data(), projects[0]!, '2026-08')).toEqual({ start: 5 });
    expect(overdueAt(data(), projects[1]!, '2026-07')).toEqual({}); // no ledger that month
    expect(overdueAt(data(), projects[1]!, '2026-08')).toEqual({ completion: 2 });
    expect(overdueAt(data(), projects[2]!, '2026-10')).toEqual({}); // built
    expect(overdueAt(data(), projects[4]!, '2026-10')).toEqual({});
  });
  it('lists a project the month it becomes overdue, not after', () => {
    const d = data({ ledgers: [month('2026-06', [['B', 'construction']]), month('2026-07', [['B', 'construction']]), month('2026-08', [['B', 'construction']])] });
    const july = monthChanges(d, '2026-07')!.items.filter((i) => i.kind === 'overdue-completion');
    expect(july.map((i) => changeSentence(i, 'zh-CN', '万元'))).toEqual(['乙：计划竣工时间（2026年6月）已过，仍未竣工。']);
    expect(monthChanges(d, '2026-08')!.counts['overdue-completion']).toBe(0);
  });
});
