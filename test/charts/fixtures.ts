// Sample inputs for the chart tests: realistic Chinese ledgers, long names and hostile text.

import type {
  BarChartInput,
  GroupComparisonInput,
  IndicatorSeriesInput,
  PeerComparisonInput,
  PortfolioProgressInput,
  ProjectProgressInput,
  RankHistoryInput,
  StageCountsInput,
} from '../../src/core/charts/index.ts';

/** 30 Chinese characters: longer than any label box. */
export const LONG_NAME = '示例县高新技术产业开发区智能制造产业园标准化厂房及配套基础设施建设项目';

export const HOSTILE = ['<script>alert(1)</script>', '"onload="alert(1)', '</svg><img src=x onerror=alert(1)>', "' & \" < >", '=HYPERLINK("http://evil")'];

export const projectProgressInput: ProjectProgressInput = {
  id: 'project-P001-progress',
  title: '示例县人民医院新院区建设项目 2025年投资完成情况',
  year: 2025,
  yearPlan: 12000,
  subject: '示例县人民医院新院区建设项目',
  months: [
    { period: '2025-01', completedYtd: 600 },
    { period: '2025-02', completedYtd: 1150.5 },
    { period: '2025-03', completedYtd: 2300 },
    { period: '2025-04', completedYtd: 3100 },
    { period: '2025-05', completedYtd: null },
    { period: '2025-06', completedYtd: 5200 },
    { period: '2025-07', completedYtd: 6100 },
    { period: '2025-08', completedYtd: 6480.25 },
    { period: '2024-12', completedYtd: 99999 },
  ],
};

export const portfolioProgressInput: PortfolioProgressInput = {
  id: 'portfolio-progress',
  title: '全县重点项目投资完成情况',
  asOf: '2025-02',
  yearPlan: 1862300,
  completed: 90940,
  timeProgress: 2 / 12,
  subject: '全县79个重点项目',
};

export const groupComparisonInput: GroupComparisonInput = {
  id: 'townships-completion',
  title: '各乡镇（街道）投资完成率',
  kind: 'township',
  timeProgress: 8 / 12,
  groups: [
    { name: '城关镇', yearPlan: 52000, completed: 40100 },
    { name: '东湖街道', yearPlan: 31000, completed: 18000 },
    { name: LONG_NAME, yearPlan: 20000, completed: 9000 },
    { name: '经济技术开发区管理委员会（高新技术产业园区）', yearPlan: 80000, completed: 61000 },
    { name: '桃源乡', yearPlan: 0, completed: 100 },
    { name: '清河镇', yearPlan: 15000, completed: 16500 },
  ],
};

export const stageCountsInput: StageCountsInput = {
  id: 'stage-counts',
  title: '重点项目所处阶段',
  unit: '个',
  stages: [
    { stage: 'preparatory', label: '前期', count: 12 },
    { stage: 'construction', label: '在建', count: 50 },
    { stage: 'completed', label: '竣工', count: 10 },
    { stage: 'operating', label: '投产', count: 7 },
  ],
};

export const indicatorSeriesInput: IndicatorSeriesInput = {
  id: 'indicator-fai-growth',
  title: '固定资产投资增速',
  indicator: '固定资产投资',
  measure: 'growth',
  targets: [
    { year: 2024, value: 8 },
    { year: 2025, value: 7.5 },
  ],
  points: [
    { period: '2024-09', value: 6.1 },
    { period: '2024-10', value: 5.4 },
    { period: '2024-11', value: 4.2 },
    { period: '2024-12', value: 3.9 },
    { period: '2025-02', value: -2.3 },
    { period: '2025-03', value: 1.2 },
    { period: '2025-04', value: null },
    { period: '2025-05', value: 4.4 },
    { period: '2025-06', value: 5.0 },
    { period: '2025-07', value: 5.6 },
    { period: '2025-08', value: 6.2 },
  ],
};

export const peerComparisonInput: PeerComparisonInput = {
  id: 'peers-fai-2025-08',
  title: '2025年1–8月固定资产投资增速：与周边县比较',
  period: '2025-08',
  measure: 'growth',
  highlight: '示例县',
  target: 7.5,
  regions: [
    { region: '甲县', value: 8.1 },
    { region: '乙县', value: 6.9 },
    { region: '示例县', value: 6.2 },
    { region: '丙县', value: -1.5 },
    { region: '丁县（国家级贫困县脱贫后过渡期重点帮扶县）', value: 3.3 },
    { region: '戊县', value: null },
  ],
};

export const rankHistoryInput: RankHistoryInput = {
  id: 'unit-rank-fgj',
  title: '县发展和改革局月度排名',
  subject: '县发展和改革局',
  months: [
    { period: '2025-01', rank: 7, of: 18 },
    { period: '2025-02', rank: 5, of: 18 },
    { period: '2025-03', rank: 5, of: 18 },
    { period: '2025-04', rank: 3, of: 18 },
    { period: '2025-05', rank: null, of: 18 },
    { period: '2025-06', rank: 2, of: 18 },
    { period: '2025-07', rank: 4, of: 18 },
    { period: '2025-08', rank: 1, of: 18 },
  ],
};

export const fundingFunnelInput: BarChartInput = {
  id: 'attraction-funnel',
  title: '招商引资项目推进情况',
  format: 'number',
  unit: '个',
  bars: [
    { label: '意向', value: 42 },
    { label: '签约', value: 23 },
    { label: '合同', value: 15 },
    { label: '开工', value: 9 },
  ],
};

export const landAcquisitionInput: BarChartInput = {
  id: 'land-acquisition',
  title: '重点项目征地完成率',
  format: 'percent',
  sort: 'descending',
  max: 100,
  categoryLabel: '项目',
  valueLabel: '征地完成率',
  bars: [
    { label: '城东片区棚户区改造项目', value: 100 },
    { label: LONG_NAME, value: 62.5 },
    { label: '示例大道快速化改造工程（一期）', value: 38.25 },
    { label: '污水处理厂提标改造', value: null },
    { label: 'G205 national road widening (Shili section)', value: 81 },
  ],
};
