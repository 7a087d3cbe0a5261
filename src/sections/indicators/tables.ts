// The files of the section 经济指标 (indicators.csv, indicator_targets.csv): their fields, with the Chinese labels real
// ledgers use, and where the loader puts their rows.
import { defineTable, text, type ResourceDef } from '../../core/resource.ts';
import type { IndicatorObservation, IndicatorTarget } from '../../core/types.ts';

export const indicators: ResourceDef<IndicatorObservation> = {
  name: 'indicators',
  path: 'indicators.csv',
  optional: true,
  title: text('经济指标', 'Indicators'),
  primaryKey: ['indicator', 'region', 'period'],
  fields: [
    { name: 'indicator', key: 'indicator', type: 'string', required: true, title: text('指标', 'Indicator'), description: text('指标名称，同一指标各行写法须一致。', 'Indicator name, written the same on every row.'), aliases: ['指标', '指标名称'], example: '固定资产投资' },
    { name: 'region', key: 'region', type: 'string', required: true, title: text('地区', 'Region'), description: text('本县及比较的兄弟县。', 'The portal’s own region and its peers.'), aliases: ['地区', '区域', '县市区'], example: '示例县' },
    { name: 'period', key: 'period', type: 'yearmonth', required: true, title: text('时期', 'Period'), description: text('累计期末月份：2025-08、2025年8月或2025年1-8月。', 'End month of the cumulative period: 2025-08, 2025年8月 or 2025年1-8月.'), aliases: ['时期', '期别', '月份', '统计时期'], example: '2025年1-8月' },
    { name: 'value', key: 'value', type: 'number', title: text('数值', 'Value'), description: text('累计值，单位见“单位”列。', 'Cumulative value, in the unit column’s unit.'), aliases: ['数值', '累计值', '本期值'], example: '86.5' },
    { name: 'growth', key: 'growth', type: 'percent', title: text('同比增长', 'Growth (%)'), description: text('同比增长百分比，下降写负数。', 'Year-on-year growth in percent; a fall is negative.'), aliases: ['同比增长', '增速', '同比', '同比增减'], example: '6.8' },
    { name: 'unit', key: 'unit', type: 'string', title: text('单位', 'Unit'), description: text('数值的单位，如亿元。', 'Unit of the value, e.g. 亿元.'), aliases: ['单位', '计量单位'], example: '亿元' },
    { name: 'source', key: 'source', type: 'string', title: text('数据来源', 'Source'), description: text('提供这个数的单位，如县统计局、县财政局、人民银行县支行；可选，页面上标明“数据来源”。', 'Who supplies the figure, e.g. the county statistics bureau, finance bureau or the central bank branch; optional, shown as the source on the pages.'), aliases: ['数据来源', '来源', '发布单位', '资料来源'], example: '示例县统计局' },
  ],
};

export const indicatorTargets: ResourceDef<IndicatorTarget> = {
  name: 'indicator_targets',
  path: 'indicator_targets.csv',
  optional: true,
  title: text('指标年度目标', 'Indicator targets'),
  primaryKey: ['indicator', 'year'],
  fields: [
    { name: 'indicator', key: 'indicator', type: 'string', required: true, title: text('指标', 'Indicator'), description: text('与经济指标表中的指标名称一致。', 'As written in indicators.csv.'), aliases: ['指标', '指标名称'], example: '固定资产投资' },
    { name: 'year', key: 'year', type: 'year', required: true, title: text('年度', 'Year'), description: text('目标所属年度。', 'Year of the target.'), aliases: ['年度', '年份'], example: '2025' },
    { name: 'target_value', key: 'targetValue', type: 'number', title: text('目标值', 'Target value'), description: text('全年目标值，单位同指标。', 'Target for the year, in the indicator’s unit.'), aliases: ['目标值', '年度目标', '目标'], example: '180' },
    { name: 'target_growth', key: 'targetGrowth', type: 'percent', title: text('目标增速', 'Target growth (%)'), description: text('全年目标增速（%）。', 'Target growth for the year (%).'), aliases: ['目标增速', '目标增长'], example: '8' },
    { name: 'direction', key: 'direction', type: 'enum', enum: [{ value: 'higher', labels: ['越高越好', '正向', '高'] }, { value: 'lower', labels: ['越低越好', '逆向', '低'] }], title: text('方向', 'Direction'), description: text('越高越好或越低越好，缺省为越高越好。', 'Higher or lower is better; higher by default.'), aliases: ['方向', '指标方向', '属性'], example: '越高越好' },
    { name: 'kind', key: 'kind', type: 'enum', enum: [{ value: 'flow', labels: ['累计', '累计值', '流量'] }, { value: 'stock', labels: ['期末', '期末值', '时点', '时点值', '余额'] }, { value: 'ratio', labels: ['比率', '比重', '占比'] }], title: text('指标类型', 'Kind'), description: text('累计（1月至当月累计，如地区生产总值）、期末（月末时点数，如存款余额、失业率）或比率（如税收占比）。缺省时按指标名称判断：含“余额”“失业率”的为期末，含“比重”“占比”“率”或单位为%的为比率，其余为累计。', 'Flow (cumulative from January, e.g. GDP), stock (at the end of the month, e.g. deposits, unemployment rate) or ratio (e.g. tax share). By default from the name: 余额 or 失业率 → stock; 比重, 占比, 率 or unit % → ratio; otherwise flow.'), aliases: ['指标类型', '类型', '统计类型'], example: '累计' },
  ],
};

export const tables = [
  defineTable({ resource: indicators, field: 'indicators', description: text('本县和兄弟县各项经济指标的各期累计值和同比增长，每个指标、地区、时期一行。', 'Cumulative values and year-on-year growth of each indicator, for the county and its peers: one row per indicator, region and period.') }),
  defineTable({ resource: indicatorTargets, field: 'targets', defaults: { direction: 'higher' }, description: text('各项指标的年度目标和方向（越高越好或越低越好）。', 'Yearly targets of the indicators, and whether higher or lower is better.') }),
];
