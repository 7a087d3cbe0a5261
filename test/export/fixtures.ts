// An in-memory dataset for export tests: two ledger months, tasks, indicators, a hostile cell.
import type { Dataset, SiteConfig } from '../../src/core/types.ts';
import { config as siteConfig } from '../helpers/site-config.ts';

/** The example site under a sub-path (/luoshi), which the export tests' expected URLs include. */
export function config(over: Partial<SiteConfig> = {}): SiteConfig {
  return siteConfig({ siteUrl: 'https://example.org/luoshi', ...over });
}

export function dataset(over: Partial<Dataset> = {}): Dataset {
  return {
    config: config(),
    projects: [
      { id: 'SL-002', name: '=HYPERLINK("http://evil")', program: '民生保障工程', nature: 'new', category: '教育', township: '城北街道', owner: '示例县城投公司', responsibleUnit: '县教育局', totalInvestment: 1234.56, plannedStart: '2026-03-31', latitude: 27.5, longitude: 112.25 },
      { id: 'SL-001', name: '城南污水处理厂二期工程', program: '生态环保工程', nature: 'continuing', category: '生态环保', township: '城南街道', owner: '示例县水务公司', leadOfficial: '王建国', responsibleUnit: '县水利局', totalInvestment: 12000, description: '新建污水处理设施，规模4万吨/日' },
    ],
    ledgers: [
      { period: '2026-01', file: 'ledger/2026-01.csv', rows: [{ projectId: 'SL-001', yearPlan: 1200, completedYtd: 100, stage: 'construction', progress: '+主体施工', line: 2 }] },
      {
        period: '2026-02',
        file: 'ledger/2026-02.csv',
        rows: [
          { projectId: 'SL-001', yearPlan: 1200, completedYtd: 150, completedTotal: 8000, stage: 'construction', progress: '主体施工', progressPct: 40, problems: '-资金未到位', measures: '@争取专项债', deadline: '2026-03-15', line: 2 },
          { projectId: 'SL-002', yearPlan: 500, completedYtd: 0, stage: 'preparatory', line: 3 },
        ],
      },
    ],
    indicators: [
      { indicator: '地区生产总值', region: '示例县', period: '2026-01', value: 20.5, growth: 5.1, unit: '亿元' },
      { indicator: '地区生产总值', region: '邻县', period: '2026-01', value: 30, growth: -1.5, unit: '亿元' },
    ],
    targets: [{ indicator: '地区生产总值', year: 2026, targetGrowth: 6, direction: 'higher' }],
    programs: [],
    units: [],
    tasks: [{ id: 'T-1', projectId: 'SL-001', content: '协调资金', responsibleUnit: '县财政局', deadline: '2026-02-20', assigned: '2026-02-01', status: 'open' }],
    campaigns: [],
    campaignProjects: [],
    land: [],
    attraction: [],
    approvals: [],
    tenders: [],
    parties: [],
    designChanges: [],
    inspections: [],
    acceptance: [],
    bulletins: [],
    sources: [],
    present: { programs: false, units: false, tasks: true, campaigns: false, land: false, attraction: false, bulletins: false, indicators: true, approvals: false, tenders: false, parties: false, designChanges: false, inspections: false, acceptance: false },
    ...over,
  };
}
