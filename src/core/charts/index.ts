// Charts drawn at build time: pure builders (data and labels in, Chart out) and the pieces
// a page or a test needs. See each module for what a chart shows.

export type { Chart, ChartColumn, ChartTable, Cell } from './types.ts';
export { chartLabels, type ChartLabels, type MoneyUnit } from './labels.ts';
export { renderPlot, CHART_CLASS, type RenderMeta, type RenderOptions, type DocumentLike } from './render.ts';
export { tableToCsv } from './csv.ts';
export { projectProgress, type ProjectProgressInput } from './project-progress.ts';
export { portfolioProgress, type PortfolioProgressInput } from './portfolio-progress.ts';
export { groupComparison, type GroupComparisonInput } from './group-comparison.ts';
export { stageCounts, type StageCountsInput } from './stage-counts.ts';
export { indicatorSeries, type IndicatorSeriesInput } from './indicator-series.ts';
export { peerComparison, type PeerComparisonInput } from './peer-comparison.ts';
export { rankHistory, type RankHistoryInput } from './rank-history.ts';
export { barChart, type BarChartInput } from './bar-chart.ts';
