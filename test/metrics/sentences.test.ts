import { describe, expect, it } from 'vitest';
import { aggregateBy, aggregatePortfolio } from '../../src/core/metrics/aggregate.ts';
import { campaignProgress } from '../../src/core/metrics/campaigns.ts';
import { indicatorSnapshot } from '../../src/core/metrics/indicators.ts';
import { landTotals } from '../../src/core/metrics/land.ts';
import { rankAggregates } from '../../src/core/metrics/ranking.ts';
import { campaignSentence, groupSentence, indicatorSentence, lagPhrase, landSentence, portfolioSentence, stageSentence } from '../../src/core/sentences.ts';
import type { IndicatorObservation } from '../../src/core/types.ts';
import { config, input, ledger, project, row } from './fixtures.ts';

describe('portfolioSentence', () => {
  const data = input([project('A'), project('B')], [
    ledger('2026-02', [row('A', { yearPlan: 558000, completedYtd: 21784.6 }), row('B', { yearPlan: 300000, completedYtd: 20000 })]),
  ]);
  const p = aggregatePortfolio(data, '2026-02');

  it('says how far the portfolio lags the time schedule', () => {
    expect(portfolioSentence(p, 'zh-CN')).toBe('1-2月，全县重点项目完成投资4.18亿元，完成年度计划的4.9%，落后时间进度11.8个百分点。');
    expect(portfolioSentence(p, 'en')).toBe("In Jan–Feb, key projects across the county completed CNY 417.85 million of investment, 4.9% of the year's plan, 11.8 points behind time progress.");
    expect(portfolioSentence(p, 'zh-CN', { scope: '全区' })).toMatch(/^1-2月，全区重点项目/);
  });

  it('says 超过 when ahead and 持平 when level after rounding', () => {
    expect(lagPhrase(3.26, 'zh-CN')).toBe('超过时间进度3.3个百分点');
    expect(lagPhrase(0.04, 'zh-CN')).toBe('与时间进度持平');
    expect(lagPhrase(-0.04, 'en')).toBe('level with time progress');
    expect(lagPhrase(3.26, 'en')).toBe('3.3 points ahead of time progress');
  });

  it('gives the money alone when there is no plan', () => {
    const none = aggregatePortfolio(input([project('A')], [ledger('2026-03', [row('A', { completedYtd: 3500 })])]), '2026-03');
    expect(portfolioSentence(none, 'zh-CN')).toBe('1-3月，全县重点项目完成投资3,500万元。');
  });
});

describe('groupSentence', () => {
  const data = input(
    [
      project('A', { responsibleUnit: '县住房和城乡建设局', township: '城南街道' }),
      project('B', { responsibleUnit: '县住房和城乡建设局', township: '城南街道' }),
      project('C', { responsibleUnit: '县交通运输局', township: '城北街道' }),
    ],
    [ledger('2026-06', [
      row('A', { yearPlan: 4000, completedYtd: 2900, stage: 'construction' }),
      row('B', { yearPlan: 1000, completedYtd: 300, stage: 'construction' }),
      row('C', { yearPlan: 2000, completedYtd: 200, stage: 'construction' }),
    ])],
  );
  const units = aggregateBy(data, '2026-06', 'responsibleUnit').groups;
  const ranked = rankAggregates(units, undefined, { by: 'lag', good: -5, poor: -15 });

  it('gives a unit its figures, its place and grade, and its lagging projects', () => {
    const housing = ranked.find((r) => r.name === '县住房和城乡建设局');
    // 3200 / 5000 = 64%, +14 points; B (30%, −20) is seriously behind.
    expect(groupSentence(housing!.aggregate, 'responsibleUnit', 'zh-CN', housing)).toBe(
      '1-6月，县住房和城乡建设局负责的2个项目完成投资3,200万元，完成年度计划的64.0%，超过时间进度14.0个百分点，在2个责任单位中排名第1位，评为“优”；其中严重滞后项目1个。',
    );
    expect(groupSentence(housing!.aggregate, 'responsibleUnit', 'en', housing)).toBe(
      "In Jan–Jun, the 2 projects of 县住房和城乡建设局 completed CNY 32 million of investment, 64.0% of the year's plan, 14.0 points ahead of time progress, ranking 1st of 2 units (graded Good). Of these, 1 seriously behind.",
    );
    const transport = ranked.find((r) => r.name === '县交通运输局');
    expect(groupSentence(transport!.aggregate, 'responsibleUnit', 'zh-CN', transport)).toBe(
      '1-6月，县交通运输局负责的1个项目完成投资200万元，完成年度计划的10.0%，落后时间进度40.0个百分点，在2个责任单位中排名倒数第一，评为“差”；其中严重滞后项目1个。',
    );
  });

  it('names townships and programs', () => {
    const town = aggregateBy(data, '2026-06', 'township').groups.find((g) => g.key === '城南街道');
    expect(groupSentence(town!, 'township', 'zh-CN')).toBe('1-6月，城南街道2个重点项目完成投资3,200万元，完成年度计划的64.0%，超过时间进度14.0个百分点；其中严重滞后项目1个。');
  });
});

describe('stageSentence', () => {
  it('reports starts by nature as the documents do', () => {
    const projects = [
      project('A', { nature: 'continuing' }), project('B', { nature: 'continuing' }), project('C', { nature: 'continuing' }),
      project('D', { nature: 'new' }), project('E', { nature: 'new' }),
      project('F', { nature: 'preparatory' }),
    ];
    const rows = [
      row('A', { stage: 'construction' }), row('B', { stage: 'completed' }), row('C', { stage: 'preparatory' }),
      row('D', { stage: 'construction' }), row('E', { stage: 'construction' }),
      row('F', { stage: 'preparatory' }),
    ];
    const p = aggregatePortfolio(input(projects, [ledger('2026-03', rows)]), '2026-03');
    expect(stageSentence(p, 'zh-CN')).toBe('续建项目3个，已开工2个（其中已竣工1个）；新开工项目2个，均已开工；前期项目1个，均未开工。');
    expect(stageSentence(p, 'en')).toBe('3 continuing projects, 2 started (1 completed); 2 new starts, all started; 1 preparatory project, none started.');
  });
});

describe('indicatorSentence', () => {
  const FAI = '固定资产投资';
  const growth = [3.2, 8.0, 6.5, 5.1, 2.0, 4.4];
  const regions = ['示例县', '甲县', '乙县', '丙县', '丁县', '戊县'];
  const indicators: IndicatorObservation[] = regions.map((region, i) => ({ indicator: FAI, region, period: '2026-08', growth: growth[i], value: i === 0 ? 45.2 : undefined, unit: '亿元' }));
  indicators.push(
    { indicator: FAI, region: '示例县', period: '2026-07', growth: 5.5 },
    { indicator: FAI, region: '甲县', period: '2026-07', growth: 2.0 },
    { indicator: FAI, region: '乙县', period: '2026-07', growth: 1.0 },
    { indicator: '税收占财政总收入比重', region: '示例县', period: '2026-08', value: 61.33, unit: '%' },
    { indicator: '税收占财政总收入比重', region: '湘阴县', period: '2026-08', value: 58.1, unit: '%' },
    { indicator: '税收占财政总收入比重', region: '甲县', period: '2026-08', value: 70, unit: '%' },
    { indicator: '一般公共预算收入', region: '示例县', period: '2026-08', value: 6.53, unit: '亿元' },
  );
  const targets = [
    { indicator: FAI, year: 2026, targetGrowth: 8.0, direction: 'higher' as const },
    { indicator: '税收占财政总收入比重', year: 2026, targetValue: 75, direction: 'higher' as const },
    { indicator: '一般公共预算收入', year: 2026, targetValue: 10, direction: 'higher' as const },
  ];
  const data = { indicators, targets, config: config() };

  it('compares growth with the target and places the county among its peers', () => {
    const s = indicatorSnapshot(data, FAI, '2026-08');
    expect(indicatorSentence(s!, 'zh-CN')).toBe('1-8月，全县固定资产投资同比增长3.2%，低于年度目标4.8个百分点，在6个县中排名倒数第二。');
    expect(indicatorSentence(s!, 'en')).toBe('In Jan–Aug, 固定资产投资 in the county grew 3.2% year on year, 4.8 points below the annual target, ranking second from last among 6 counties.');
    expect(indicatorSentence(s!, 'zh-CN', { showValue: true, showRankChange: true, peerNoun: '县（市）' })).toBe(
      '1-8月，全县固定资产投资45.2亿元，同比增长3.2%，低于年度目标4.8个百分点，在6个县（市）中排名倒数第二，比上期后退4位。',
    );
  });

  it('reads a ratio against its target value, and a flow against time progress', () => {
    const tax = indicatorSnapshot(data, '税收占财政总收入比重', '2026-08');
    expect(indicatorSentence(tax!, 'zh-CN')).toBe('1-8月，全县税收占财政总收入比重为61.3%，低于年度目标13.7个百分点，在3个县中排名第2位。');
    const revenue = indicatorSnapshot(data, '一般公共预算收入', '2026-08');
    expect(indicatorSentence(revenue!, 'zh-CN')).toBe('1-8月，全县一般公共预算收入6.53亿元，完成年度目标的65.3%，落后时间进度1.4个百分点。');
  });

  it('reads a balance at the end of the month, not as a January-to-month sum', () => {
    const deposits = { indicators: [{ indicator: '金融机构各项存款余额', region: '示例县', period: '2026-10', value: 512.3, growth: 8.2, unit: '亿元' }], targets: [], config: config() };
    const s = indicatorSnapshot(deposits, '金融机构各项存款余额', '2026-10');
    expect(s?.kind).toBe('stock');
    expect(indicatorSentence(s!, 'zh-CN', { showValue: true })).toBe('10月末，全县金融机构各项存款余额为512.3亿元，同比增长8.2%。');
    expect(indicatorSentence(s!, 'en', { showValue: true })).toBe('At the end of Oct, 金融机构各项存款余额 in the county was 512.3 亿元, and grew 8.2% year on year.');
    // indicator_targets.csv may say otherwise: its 指标类型 wins over the name.
    const asFlow = indicatorSnapshot({ ...deposits, targets: [{ indicator: '金融机构各项存款余额', year: 2026, direction: 'higher' as const, kind: 'flow' as const }] }, '金融机构各项存款余额', '2026-10');
    expect(indicatorSentence(asFlow!, 'zh-CN', { showValue: true })).toMatch(/^1-10月，/);
  });

  it('says a lower-is-better target as a cap: 控制在…以内, or how far over it', () => {
    const rate = (value: number) => {
      const d = {
        indicators: [{ indicator: '城镇登记失业率', region: '示例县', period: '2026-10', value, unit: '%' }],
        targets: [{ indicator: '城镇登记失业率', year: 2026, targetValue: 4.5, direction: 'lower' as const }],
        config: config(),
      };
      return indicatorSnapshot(d, '城镇登记失业率', '2026-10')!;
    };
    expect(indicatorSentence(rate(3.9), 'zh-CN')).toBe('10月末，全县城镇登记失业率为3.9%，控制在年度目标（4.5%）以内。');
    expect(rate(3.9).valueGap).toBe(0.6); // on the good side of the target: positive, as for a higher-is-better one
    expect(indicatorSentence(rate(4.8), 'zh-CN')).toBe('10月末，全县城镇登记失业率为4.8%，超出年度控制目标（4.5%）0.3个百分点。');
    expect(rate(4.8).valueGap).toBe(-0.3);
    expect(indicatorSentence(rate(3.9), 'en')).toBe('At the end of Oct, 城镇登记失业率 in the county was 3.9%, within the annual cap (4.5%).');
  });
});

describe('campaignSentence and landSentence', () => {
  it('says where a campaign stands', () => {
    const campaign = { id: 'BRGJ', name: '重大项目建设百日攻坚行动', start: '2026-09-01', end: '2026-12-09', targetStarts: 12, targetInvestment: 60000 };
    const ledgers = [
      ledger('2026-08', [row('A', { stage: 'preparatory', completedYtd: 0 }), row('B', { stage: 'construction', completedYtd: 5000 })]),
      ledger('2026-10', [row('A', { stage: 'construction', completedYtd: 4000 }), row('B', { stage: 'construction', completedYtd: 13000 })]),
    ];
    const p = campaignProgress({ ledgers, campaignProjects: [] }, campaign, '2026-10-31');
    expect(campaignSentence(p, 'zh-CN')).toBe('重大项目建设百日攻坚行动已进行61天，剩余39天；新开工项目1个（目标12个），完成投资1.20亿元，完成投资目标的20.0%。');
    expect(campaignSentence(p, 'en')).toBe('重大项目建设百日攻坚行动 is on day 61 of 100, 39 days left: 1 project started (target 12), CNY 120 million invested (20.0% of the target).');
  });

  it('sums up land acquisition', () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => ({ projectId: `D${i}`, landTargetMu: 50, landAcquiredMu: 50, demolitionTarget: 20, demolished: 20 })),
      ...Array.from({ length: 15 }, (_, i) => ({ projectId: `O${i}`, landTargetMu: 68.7, landAcquiredMu: 29.03333333333333, demolitionTarget: 28, demolished: i < 13 ? 9 : 8 })),
    ];
    const t = landTotals(rows);
    // 9 × 50 + 15 × 29.0333 = 885.5 mu of 1480.5 (59.8%); 180 + 133 = 313 of 600 buildings (52.2%).
    expect(t.landAcquiredMu).toBeCloseTo(885.5, 9);
    expect(landSentence(t, 'zh-CN')).toBe('24个征拆项目中，9个已全部完成征拆任务；共完成征地885.5亩，拆除房屋313栋，征地任务完成59.8%，房屋拆迁完成52.2%。');
    expect(landSentence(t, 'en')).toBe('Of 24 projects with land to clear, 9 have finished; 885.5 mu of land acquired, 313 buildings demolished, 59.8% of the land target, 52.2% of the demolition target.');
  });
});
