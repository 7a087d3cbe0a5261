// The indicators section's words in Chinese, the source locale (the format is that of
// src/i18n/core/zh-CN.ts). en.ts is typed against this file.
export default {
  'indicator.title': '主要经济指标',
  'indicator.lead': '{region}主要经济指标的最新数据，与年度目标和兄弟县比较。',
  'indicator.tableCaption': '主要经济指标（各指标最新一期）',
  'indicator.name': '指标',
  'indicator.period': '时期',
  'indicator.value': '数值',
  'indicator.summaryHeading': '各项指标情况',
  'indicator.trendHeading': '逐期走势',
  'indicator.peersHeading': '与兄弟县比较',
  'indicator.peersCaption': '{period}{name}兄弟县排名',
  'indicator.region': '地区',
  'indicator.basis.growth': '按同比增长排名。',
  'indicator.basis.value': '按累计值排名。',
  'indicator.lowerIsBetter': '这项指标越低越好，数值低的排在前面。',
  'indicator.rankChange': '位次变化',
  'indicator.previous': '上期（{period}）为{rank}。',
  'indicator.noPrevious': '没有上期排名可比。',
  'indicator.historyHeading': '历期数据',
  'indicator.historyCaption': '{region}{name}各期数据',
  'indicator.allIndicators': '全部经济指标',
} as const;
