// The built-in data contract: every file, every field, its type, unit, constraints
// and the Chinese labels that real ledgers use. data/datapackage.json is generated
// from this (scripts/write-datapackage.ts) and a test keeps the two in step.

import { approvals, parties, designChanges, inspections, acceptance } from '../sections/lifecycle/resources.ts';
import { tenders } from '../sections/tenders/resources.ts';

/** How a cell is typed. 'money' is a number normalised to the configured unit. */
export type FieldType =
  | 'string'
  | 'text' // free text: checked for private data (phone / ID numbers)
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'yearmonth'
  | 'year'
  | 'enum';

export interface EnumValue {
  /** Canonical value stored in the model. */
  value: string;
  /** Labels accepted in the file (Chinese first). The first is the one we print. */
  labels: string[];
}

export interface FieldDef {
  /** Canonical snake_case name (the header of normalised downloads). */
  name: string;
  /** Property name in the model (types.ts), camelCase. */
  key: string;
  type: FieldType;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  /**
   * Header labels accepted besides `name`, compared after normalisation (spaces and
   * brackets folded, unit suffix removed). Chinese labels from real ledgers.
   */
  aliases: string[];
  /** Regular expressions (source strings) that also match the normalised header, e.g. 1-8月完成投资. */
  aliasPatterns?: string[];
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  /** Regular expression (source) the whole cell must match, e.g. for ids that become URLs. */
  pattern?: string;
  /** What a cell off `pattern` is told, instead of the pattern itself (dropped when datapackage.json changes the pattern). */
  patternHint?: { zh: string; en: string };
  enum?: EnumValue[];
  /** Never published anywhere in dist/. */
  private?: boolean;
  /** Example cell as an editor would type it. */
  example: string;
}

export interface ResourceDef {
  /** Resource name in datapackage.json. */
  name: string;
  /** Path relative to the data folder; ledgers use a pattern. */
  path: string;
  /** For ledger/YYYY-MM.csv: the file-name pattern. */
  pathPattern?: string;
  optional: boolean;
  title: { zh: string; en: string };
  fields: FieldDef[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** 投资项目统一代码: year, 6-digit division code, 2-digit sector, 2-digit type, 6-digit serial. */
export const PROJECT_CODE_PATTERN = '^(19|20)\\d{2}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$';

/** Ids become URLs (/projects/{id}/): letters, digits, '-', '_' and '.', starting with a letter or digit. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

const t = (zh: string, en: string) => ({ zh, en });

const stageEnum: EnumValue[] = [
  { value: 'preparatory', labels: ['前期', '预备', '前期工作', '未开工'] },
  { value: 'construction', labels: ['在建', '已开工', '建设中', '施工'] },
  { value: 'completed', labels: ['竣工', '已竣工', '完工', '建成'] },
  { value: 'operating', labels: ['投产', '达产', '投运', '运营', '已投产'] },
];

const natureEnum: EnumValue[] = [
  { value: 'continuing', labels: ['续建'] },
  { value: 'new', labels: ['新开工', '新建'] },
  { value: 'preparatory', labels: ['前期', '预备', '预备项目', '前期项目'] },
];

export const projects: ResourceDef = {
  name: 'projects',
  path: 'projects.csv',
  optional: false,
  title: t('项目清单', 'Projects'),
  primaryKey: ['id'],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, pattern: ID_PATTERN, title: t('项目编号', 'Project id'), description: t('项目的唯一编号，各月台账用它关联项目。', 'Unique id; monthly ledgers refer to projects by it.'), aliases: ['项目编号', '编号'], example: 'SL-2025-001' },
    { name: 'name', key: 'name', type: 'string', required: true, title: t('项目名称', 'Name'), description: t('项目全称。', 'Full name of the project.'), aliases: ['项目名称', '名称'], example: '示例县城南污水处理厂二期工程' },
    { name: 'program', key: 'program', type: 'string', title: t('所属工程', 'Program'), description: t('项目所属的工程或板块。', 'The program (工程/板块) the project belongs to.'), aliases: ['所属工程', '所属板块', '工程类别', '板块'], example: '基础设施提升工程' },
    { name: 'nature', key: 'nature', type: 'enum', enum: natureEnum, title: t('建设性质', 'Nature'), description: t('年度计划中的性质：续建、新开工或前期。', 'Nature in the year plan: continuing, new start or preparatory.'), aliases: ['建设性质', '项目性质'], example: '续建' },
    { name: 'category', key: 'category', type: 'string', title: t('项目类别', 'Category'), description: t('产业、基础设施、生态环保、社会民生、城市更新等。', 'Industry, infrastructure, environment, social, urban renewal …'), aliases: ['项目类别', '行业类别', '类别', '行业'], example: '基础设施' },
    { name: 'township', key: 'township', type: 'string', title: t('所在乡镇', 'Township'), description: t('项目所在的乡镇或街道。', 'Township or sub-district where the project is.'), aliases: ['所在乡镇', '所在乡镇街道', '乡镇', '乡镇街道', '建设地点'], example: '城南街道' },
    { name: 'owner', key: 'owner', type: 'string', title: t('建设单位', 'Owner'), description: t('项目业主。', 'The owner company (建设单位).'), aliases: ['建设单位', '业主单位', '项目业主'], example: '示例县城市建设投资有限公司' },
    { name: 'lead_official', key: 'leadOfficial', type: 'string', title: t('包保领导', 'Lead official'), description: t('包保（牵头）县级领导。', 'The official who answers for the project.'), aliases: ['包保领导', '牵头领导', '责任领导', '包保县级领导', '联系领导'], example: '王建国' },
    { name: 'responsible_unit', key: 'responsibleUnit', type: 'string', title: t('责任单位', 'Responsible unit'), description: t('负责推进的单位。', 'The unit that answers for progress.'), aliases: ['责任单位', '牵头单位', '主责单位'], example: '县住房和城乡建设局' },
    { name: 'total_investment', key: 'totalInvestment', type: 'money', minimum: 0, title: t('总投资', 'Total investment'), description: t('项目总投资；表头可写单位（万元或亿元），统一换算为万元。', 'Total investment; the header may give the unit (万元 or 亿元); normalised to 万元.'), aliases: ['总投资', '计划总投资', '项目总投资'], example: '12000' },
    { name: 'planned_start', key: 'plannedStart', type: 'date', title: t('计划开工时间', 'Planned start'), description: t('可写2025-03-01、2025/3/1、2025年3月1日或2025-03。', 'Written 2025-03-01, 2025/3/1, 2025年3月1日 or 2025-03.'), aliases: ['计划开工时间', '开工时间', '计划开工'], example: '2025-03' },
    { name: 'planned_completion', key: 'plannedCompletion', type: 'date', title: t('计划竣工时间', 'Planned completion'), description: t('写法同上。只写年月时按该月最后一天计。', 'Same formats. A month alone means its last day.'), aliases: ['计划竣工时间', '竣工时间', '计划完工时间', '计划竣工'], example: '2026-12' },
    { name: 'project_code', key: 'projectCode', type: 'string', pattern: PROJECT_CODE_PATTERN, patternHint: t('项目代码（投资项目统一代码）应写成“年份-行政区划代码-行业代码-类型代码-流水号”，即4位-6位-2位-2位-6位数字，如2017-430623-48-01-012345。请对照投资项目在线审批监管平台核对。', 'The project code (投资项目统一代码) is year-division-sector-type-serial: 4, 6, 2, 2 and 6 digits, e.g. 2017-430623-48-01-012345. Check it on the online approval platform.'), title: t('项目代码', 'Project code'), description: t('投资项目在线审批监管平台赋予的投资项目统一代码：年份、6位行政区划代码、2位行业代码、2位项目类型代码和6位流水号。', 'The national investment project code: year, 6-digit division code, 2-digit sector, 2-digit type and a 6-digit serial.'), aliases: ['项目代码', '投资项目统一代码', '项目统一代码', '统一项目代码'], example: '2017-430623-48-01-012345' },
    { name: 'legal_entity', key: 'legalEntity', type: 'string', title: t('项目法人', 'Legal entity'), description: t('对项目建设负责的项目法人。', 'The legal entity answerable for building the project.'), aliases: ['项目法人', '项目法人单位', '法人单位'], example: '示例县城市建设投资有限公司' },
    { name: 'actual_start', key: 'actualStart', type: 'date', title: t('实际开工时间', 'Actual start'), description: t('可选。没有时以台账中首次为“在建”的月份计。', 'Optional; otherwise the first ledger month at 在建.'), aliases: ['实际开工时间', '实际开工日期', '开工日期'], example: '2025-04-18' },
    { name: 'actual_completion', key: 'actualCompletion', type: 'date', title: t('实际竣工时间', 'Actual completion'), description: t('可选。没有时以台账中首次为“竣工”或“投产”的月份计。', 'Optional; otherwise the first ledger month at 竣工 or 投产.'), aliases: ['实际竣工时间', '实际竣工日期', '竣工日期', '实际完工时间'], example: '2026-09-30' },
    { name: 'description', key: 'description', type: 'text', title: t('建设内容', 'Description'), description: t('建设规模及主要内容。', 'Scale and main content of the works.'), aliases: ['建设内容', '建设规模及内容', '主要建设内容', '建设规模'], example: '新建日处理4万吨污水处理设施及配套管网12公里' },
    { name: 'latitude', key: 'latitude', type: 'number', minimum: -90, maximum: 90, title: t('纬度', 'Latitude'), description: t('可选，WGS84十进制度。', 'Optional, WGS84 decimal degrees.'), aliases: ['纬度'], example: '29.52' },
    { name: 'longitude', key: 'longitude', type: 'number', minimum: -180, maximum: 180, title: t('经度', 'Longitude'), description: t('可选，WGS84十进制度。', 'Optional, WGS84 decimal degrees.'), aliases: ['经度'], example: '112.56' },
    { name: 'contact_phone', key: 'contactPhone', type: 'string', private: true, title: t('联系电话', 'Contact phone'), description: t('内部联系电话，仅用于内部核对，永不公开。', 'Internal contact phone; used for checking only, never published.'), aliases: ['联系电话', '联系人电话', '手机'], example: '13800000000' },
  ],
  foreignKeys: [],
};

export const ledger: ResourceDef = {
  name: 'ledger',
  path: 'ledger/YYYY-MM.csv',
  pathPattern: '^ledger/(\\d{4})-(\\d{2})\\.csv$',
  optional: false,
  title: t('月度台账', 'Monthly ledger'),
  primaryKey: ['project_id'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'project_id', key: 'projectId', type: 'string', required: true, unique: true, title: t('项目编号', 'Project id'), description: t('须与项目清单中的编号一致。', 'Must match an id in projects.csv.'), aliases: ['项目编号', '编号'], example: 'SL-2025-001' },
    { name: 'project_name', key: 'projectName', type: 'string', title: t('项目名称', 'Project name'), description: t('可选，用于与项目清单核对。', 'Optional; cross-checked against projects.csv.'), aliases: ['项目名称', '名称'], example: '示例县城南污水处理厂二期工程' },
    { name: 'year_plan', key: 'yearPlan', type: 'money', minimum: 0, title: t('年度计划投资', 'Year plan'), description: t('本年度计划完成投资。', "This year's planned investment."), aliases: ['年度计划投资', '年度计划', '本年计划投资', '年计划投资'], aliasPatterns: ['^\\d{4}年(度)?计划(完成)?投资$'], example: '5000' },
    { name: 'completed_ytd', key: 'completedYtd', type: 'money', minimum: 0, title: t('本年累计完成投资', 'Completed this year'), description: t('1月至本月末累计完成投资，表头常写作“1-8月完成投资”。', 'Completed from January to the end of the month; headers often read 1-8月完成投资.'), aliases: ['本年累计完成投资', '本年完成投资', '年度累计完成投资'], aliasPatterns: ['^1[-—–~至到]\\d{1,2}月(累计)?完成(投资)?$', '^1月(份)?(累计)?完成(投资)?$'], example: '2350' },
    { name: 'completed_total', key: 'completedTotal', type: 'money', minimum: 0, title: t('开工累计完成投资', 'Completed since start'), description: t('项目开工以来累计完成投资。', 'Completed since the project started.'), aliases: ['开工累计完成投资', '开工以来累计完成投资', '累计完成投资', '自开工累计完成投资'], example: '8600' },
    { name: 'stage', key: 'stage', type: 'enum', enum: stageEnum, title: t('进展阶段', 'Stage'), description: t('前期、在建、竣工或投产。', 'Preparatory, under construction, completed or in operation.'), aliases: ['进展阶段', '项目阶段', '建设阶段', '当前阶段'], example: '在建' },
    { name: 'progress', key: 'progress', type: 'text', title: t('形象进度', 'Physical progress'), description: t('简要说明工程形象进度。', 'Short text on physical progress.'), aliases: ['形象进度', '工程形象进度', '项目进展情况', '进展情况'], example: '主体结构已封顶，正在进行外墙装饰' },
    { name: 'progress_pct', key: 'progressPct', type: 'percent', minimum: 0, maximum: 100, title: t('形象进度百分比', 'Physical progress (%)'), description: t('可选，0至100。', 'Optional, 0 to 100.'), aliases: ['形象进度百分比', '工程进度', '完成比例'], example: '65' },
    { name: 'problems', key: 'problems', type: 'text', title: t('存在问题', 'Problems'), description: t('制约项目推进的问题。', 'What holds the project back.'), aliases: ['存在问题', '存在的问题', '主要问题', '问题'], example: '施工用地尚有3户未签订征收协议' },
    { name: 'measures', key: 'measures', type: 'text', title: t('推进措施', 'Measures'), description: t('针对问题采取的措施。', 'Measures taken on the problems.'), aliases: ['推进措施', '工作措施', '下步措施', '解决措施'], example: '由城南街道牵头，10月底前完成签约' },
    { name: 'deadline', key: 'deadline', type: 'date', title: t('完成时限', 'Deadline'), description: t('解决问题的时限。', 'Deadline to solve the problems.'), aliases: ['完成时限', '解决时限', '完成期限', '时限要求'], example: '2025-10-31' },
  ],
};

export const indicators: ResourceDef = {
  name: 'indicators',
  path: 'indicators.csv',
  optional: true,
  title: t('经济指标', 'Indicators'),
  primaryKey: ['indicator', 'region', 'period'],
  fields: [
    { name: 'indicator', key: 'indicator', type: 'string', required: true, title: t('指标', 'Indicator'), description: t('指标名称，同一指标各行写法须一致。', 'Indicator name, written the same on every row.'), aliases: ['指标', '指标名称'], example: '固定资产投资' },
    { name: 'region', key: 'region', type: 'string', required: true, title: t('地区', 'Region'), description: t('本县及比较的兄弟县。', 'The portal’s own region and its peers.'), aliases: ['地区', '区域', '县市区'], example: '示例县' },
    { name: 'period', key: 'period', type: 'yearmonth', required: true, title: t('时期', 'Period'), description: t('累计期末月份：2025-08、2025年8月或2025年1-8月。', 'End month of the cumulative period: 2025-08, 2025年8月 or 2025年1-8月.'), aliases: ['时期', '期别', '月份', '统计时期'], example: '2025年1-8月' },
    { name: 'value', key: 'value', type: 'number', title: t('数值', 'Value'), description: t('累计值，单位见“单位”列。', 'Cumulative value, in the unit column’s unit.'), aliases: ['数值', '累计值', '本期值'], example: '86.5' },
    { name: 'growth', key: 'growth', type: 'percent', title: t('同比增长', 'Growth (%)'), description: t('同比增长百分比，下降写负数。', 'Year-on-year growth in percent; a fall is negative.'), aliases: ['同比增长', '增速', '同比', '同比增减'], example: '6.8' },
    { name: 'unit', key: 'unit', type: 'string', title: t('单位', 'Unit'), description: t('数值的单位，如亿元。', 'Unit of the value, e.g. 亿元.'), aliases: ['单位', '计量单位'], example: '亿元' },
  ],
};

export const indicatorTargets: ResourceDef = {
  name: 'indicator_targets',
  path: 'indicator_targets.csv',
  optional: true,
  title: t('指标年度目标', 'Indicator targets'),
  primaryKey: ['indicator', 'year'],
  fields: [
    { name: 'indicator', key: 'indicator', type: 'string', required: true, title: t('指标', 'Indicator'), description: t('与经济指标表中的指标名称一致。', 'As written in indicators.csv.'), aliases: ['指标', '指标名称'], example: '固定资产投资' },
    { name: 'year', key: 'year', type: 'year', required: true, title: t('年度', 'Year'), description: t('目标所属年度。', 'Year of the target.'), aliases: ['年度', '年份'], example: '2025' },
    { name: 'target_value', key: 'targetValue', type: 'number', title: t('目标值', 'Target value'), description: t('全年目标值，单位同指标。', 'Target for the year, in the indicator’s unit.'), aliases: ['目标值', '年度目标', '目标'], example: '180' },
    { name: 'target_growth', key: 'targetGrowth', type: 'percent', title: t('目标增速', 'Target growth (%)'), description: t('全年目标增速（%）。', 'Target growth for the year (%).'), aliases: ['目标增速', '目标增长'], example: '8' },
    { name: 'direction', key: 'direction', type: 'enum', enum: [{ value: 'higher', labels: ['越高越好', '正向', '高'] }, { value: 'lower', labels: ['越低越好', '逆向', '低'] }], title: t('方向', 'Direction'), description: t('越高越好或越低越好，缺省为越高越好。', 'Higher or lower is better; higher by default.'), aliases: ['方向', '指标方向', '属性'], example: '越高越好' },
    { name: 'kind', key: 'kind', type: 'enum', enum: [{ value: 'flow', labels: ['累计', '累计值', '流量'] }, { value: 'stock', labels: ['期末', '期末值', '时点', '时点值', '余额'] }, { value: 'ratio', labels: ['比率', '比重', '占比'] }], title: t('指标类型', 'Kind'), description: t('累计（1月至当月累计，如地区生产总值）、期末（月末时点数，如存款余额、失业率）或比率（如税收占比）。缺省时按指标名称判断：含“余额”“失业率”的为期末，含“比重”“占比”“率”或单位为%的为比率，其余为累计。', 'Flow (cumulative from January, e.g. GDP), stock (at the end of the month, e.g. deposits, unemployment rate) or ratio (e.g. tax share). By default from the name: 余额 or 失业率 → stock; 比重, 占比, 率 or unit % → ratio; otherwise flow.'), aliases: ['指标类型', '类型', '统计类型'], example: '累计' },
  ],
};

export const programs: ResourceDef = {
  name: 'programs',
  path: 'programs.csv',
  optional: true,
  title: t('工程（板块）', 'Programs'),
  primaryKey: ['name'],
  fields: [
    { name: 'name', key: 'name', type: 'string', required: true, unique: true, title: t('工程名称', 'Program'), description: t('与项目清单“所属工程”一致。', 'As written in projects.csv (program).'), aliases: ['工程名称', '所属工程', '板块名称', '名称'], example: '基础设施提升工程' },
    { name: 'description', key: 'description', type: 'text', title: t('说明', 'Description'), description: t('工程的目标和内容。', 'Goal and content of the program.'), aliases: ['说明', '简介', '工程内容'], example: '补齐城乡基础设施短板' },
    { name: 'lead_official', key: 'leadOfficial', type: 'string', title: t('牵头领导', 'Lead official'), description: t('牵头县级领导。', 'Lead official.'), aliases: ['牵头领导', '包保领导'], example: '李明' },
    { name: 'lead_unit', key: 'leadUnit', type: 'string', title: t('牵头单位', 'Lead unit'), description: t('牵头单位。', 'Lead unit.'), aliases: ['牵头单位', '责任单位'], example: '县发展和改革局' },
    { name: 'order', key: 'order', type: 'integer', title: t('排序', 'Order'), description: t('页面上的排列顺序。', 'Order on the page.'), aliases: ['排序', '序号'], example: '1' },
  ],
};

export const units: ResourceDef = {
  name: 'units',
  path: 'units.csv',
  optional: true,
  title: t('责任单位', 'Units'),
  primaryKey: ['name'],
  fields: [
    { name: 'name', key: 'name', type: 'string', required: true, unique: true, title: t('单位名称', 'Unit'), description: t('与项目清单“责任单位”或“所在乡镇”一致。', 'As written in projects.csv.'), aliases: ['单位名称', '单位', '名称'], example: '县住房和城乡建设局' },
    { name: 'kind', key: 'kind', type: 'enum', enum: [{ value: 'department', labels: ['部门', '县直部门', '单位'] }, { value: 'township', labels: ['乡镇', '街道', '乡镇街道'] }], title: t('类型', 'Kind'), description: t('部门或乡镇（街道）。', 'Department or township.'), aliases: ['类型', '单位类型'], example: '部门' },
    { name: 'head', key: 'head', type: 'string', title: t('主要负责人', 'Head'), description: t('单位主要负责人。', 'Head of the unit.'), aliases: ['主要负责人', '负责人'], example: '赵强' },
  ],
};

export const tasks: ResourceDef = {
  name: 'tasks',
  path: 'tasks.csv',
  optional: true,
  title: t('督办事项', 'Tasks'),
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: t('事项编号', 'Task id'), description: t('督办事项的唯一编号。', 'Unique id of the task.'), aliases: ['事项编号', '编号', '督办编号'], example: 'DB-2025-017' },
    { name: 'project_id', key: 'projectId', type: 'string', title: t('项目编号', 'Project id'), description: t('可选，关联的项目。', 'Optional: the project the task is about.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'content', key: 'content', type: 'text', required: true, title: t('事项内容', 'Task'), description: t('交办的具体事项。', 'What was assigned.'), aliases: ['事项内容', '督办事项', '问题内容', '内容'], example: '协调解决城南污水处理厂二期施工用电接入' },
    { name: 'lead_official', key: 'leadOfficial', type: 'string', title: t('牵头领导', 'Lead official'), description: t('四个明确之一：牵头领导。', 'One of the four explicit items: lead official.'), aliases: ['牵头领导', '包保领导', '责任领导'], example: '王建国' },
    { name: 'responsible_unit', key: 'responsibleUnit', type: 'string', title: t('责任单位', 'Responsible unit'), description: t('四个明确之一：责任单位。', 'One of the four explicit items: responsible unit.'), aliases: ['责任单位', '牵头单位'], example: '县供电公司' },
    { name: 'measures', key: 'measures', type: 'text', title: t('工作措施', 'Measures'), description: t('四个明确之一：工作措施。', 'One of the four explicit items: measures.'), aliases: ['工作措施', '推进措施', '措施'], example: '10月20日前完成线路架设' },
    { name: 'deadline', key: 'deadline', type: 'date', title: t('完成期限', 'Deadline'), description: t('四个明确之一：完成期限。', 'One of the four explicit items: deadline.'), aliases: ['完成期限', '完成时限', '办结时限'], example: '2025-10-20' },
    { name: 'assigned', key: 'assigned', type: 'date', title: t('交办时间', 'Assigned'), description: t('交办日期。', 'Date assigned.'), aliases: ['交办时间', '交办日期'], example: '2025-09-05' },
    { name: 'status', key: 'status', type: 'enum', required: true, enum: [{ value: 'open', labels: ['办理中', '未销号', '推进中', '未完成'] }, { value: 'closed', labels: ['已销号', '已办结', '已完成', '销号'] }], title: t('办理状态', 'Status'), description: t('办理中或已销号。', 'Open or closed out.'), aliases: ['办理状态', '状态', '进展状态'], example: '办理中' },
    { name: 'closed', key: 'closed', type: 'date', title: t('销号时间', 'Closed'), description: t('已销号事项的销号日期。', 'Date closed out.'), aliases: ['销号时间', '销号日期', '办结时间'], example: '2025-10-18' },
  ],
};

export const campaigns: ResourceDef = {
  name: 'campaigns',
  path: 'campaigns.csv',
  optional: true,
  title: t('攻坚行动', 'Campaigns'),
  primaryKey: ['id'],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: t('行动编号', 'Campaign id'), description: t('唯一编号。', 'Unique id.'), aliases: ['行动编号', '编号'], example: 'BRGJ-2025' },
    { name: 'name', key: 'name', type: 'string', required: true, title: t('行动名称', 'Name'), description: t('如“重点项目百日攻坚行动”。', 'E.g. a 100-day push.'), aliases: ['行动名称', '名称'], example: '重大项目建设百日攻坚行动' },
    { name: 'start', key: 'start', type: 'date', required: true, title: t('开始日期', 'Start'), description: t('行动开始日期。', 'First day.'), aliases: ['开始日期', '开始时间', '起始日期'], example: '2025-09-22' },
    { name: 'end', key: 'end', type: 'date', required: true, title: t('结束日期', 'End'), description: t('行动结束日期。', 'Last day.'), aliases: ['结束日期', '结束时间', '截止日期'], example: '2025-12-31' },
    { name: 'target_starts', key: 'targetStarts', type: 'integer', minimum: 0, title: t('开工目标', 'Projects to start'), description: t('行动期内计划开工的项目个数。', 'Projects to start during the campaign.'), aliases: ['开工目标', '新开工目标', '开工项目目标'], example: '12' },
    { name: 'target_completions', key: 'targetCompletions', type: 'integer', minimum: 0, title: t('竣工目标', 'Projects to complete'), description: t('行动期内计划竣工的项目个数。', 'Projects to complete during the campaign.'), aliases: ['竣工目标', '竣工项目目标'], example: '8' },
    { name: 'target_investment', key: 'targetInvestment', type: 'money', minimum: 0, title: t('投资目标', 'Investment target'), description: t('行动期内计划完成的投资。', 'Investment to complete during the campaign.'), aliases: ['投资目标', '完成投资目标'], example: '60000' },
    { name: 'description', key: 'description', type: 'text', title: t('说明', 'Description'), description: t('行动的要求。', 'What the campaign asks.'), aliases: ['说明', '主要内容'], example: '对照年度目标倒排工期，挂图作战' },
  ],
};

export const campaignProjects: ResourceDef = {
  name: 'campaign_projects',
  path: 'campaign_projects.csv',
  optional: true,
  title: t('攻坚行动项目', 'Campaign projects'),
  primaryKey: ['campaign_id', 'project_id'],
  foreignKeys: [
    { fields: ['campaign_id'], reference: { resource: 'campaigns', fields: ['id'] } },
    { fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } },
  ],
  fields: [
    { name: 'campaign_id', key: 'campaignId', type: 'string', required: true, title: t('行动编号', 'Campaign id'), description: t('与攻坚行动表一致。', 'As in campaigns.csv.'), aliases: ['行动编号'], example: 'BRGJ-2025' },
    { name: 'project_id', key: 'projectId', type: 'string', required: true, title: t('项目编号', 'Project id'), description: t('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'goal', key: 'goal', type: 'enum', enum: [{ value: 'start', labels: ['开工'] }, { value: 'complete', labels: ['竣工', '完工'] }, { value: 'invest', labels: ['投资', '完成投资'] }], title: t('攻坚目标', 'Goal'), description: t('开工、竣工或完成投资。', 'Start, complete or invest.'), aliases: ['攻坚目标', '目标'], example: '开工' },
  ],
};

export const land: ResourceDef = {
  name: 'land',
  path: 'land.csv',
  optional: true,
  title: t('征地拆迁', 'Land acquisition'),
  primaryKey: ['project_id'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'project_id', key: 'projectId', type: 'string', required: true, unique: true, title: t('项目编号', 'Project id'), description: t('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'land_target_mu', key: 'landTargetMu', type: 'number', minimum: 0, title: t('征地任务', 'Land target (mu)'), description: t('征地任务，单位亩。', 'Land to acquire, in mu.'), aliases: ['征地任务', '征地任务亩'], example: '120' },
    { name: 'land_acquired_mu', key: 'landAcquiredMu', type: 'number', minimum: 0, title: t('已征地', 'Land acquired (mu)'), description: t('已完成征地，单位亩。', 'Land acquired, in mu.'), aliases: ['已征地', '已征地亩', '完成征地'], example: '86.5' },
    { name: 'demolition_target', key: 'demolitionTarget', type: 'integer', minimum: 0, title: t('拆迁任务', 'Buildings to demolish'), description: t('需拆除的房屋栋数。', 'Buildings to demolish.'), aliases: ['拆迁任务', '拆迁任务栋'], example: '35' },
    { name: 'demolished', key: 'demolished', type: 'integer', minimum: 0, title: t('已拆除', 'Demolished'), description: t('已拆除的房屋栋数。', 'Buildings demolished.'), aliases: ['已拆除', '已拆除栋', '已拆迁'], example: '28' },
    { name: 'demolished_area_sqm', key: 'demolishedAreaSqm', type: 'number', minimum: 0, title: t('拆除面积', 'Area demolished (m²)'), description: t('已拆除面积，单位平方米。', 'Area demolished, in m².'), aliases: ['拆除面积', '拆除面积平方米', '已拆除面积'], example: '5600' },
    { name: 'land_approval_number', key: 'landApprovalNumber', type: 'string', title: t('征地批文号', 'Land approval number'), description: t('征收土地批准文件的文号；是编号，不是个人信息。', 'Number of the land acquisition approval; an identifier, not personal data.'), aliases: ['征地批文号', '征地批复文号', '用地批准文号', '征收土地批准文号'], example: '湘政土批〔2026〕112号' },
    { name: 'compensation_notice_date', key: 'compensationNoticeDate', type: 'date', title: t('补偿安置方案公告日期', 'Compensation notice'), description: t('征地补偿安置方案公告的日期。', 'Date the compensation and resettlement plan was published.'), aliases: ['补偿安置方案公告日期', '补偿安置公告日期', '征地补偿安置方案公告日期'], example: '2026-04-08' },
  ],
};

export const attraction: ResourceDef = {
  name: 'attraction',
  path: 'attraction.csv',
  optional: true,
  title: t('招商引资项目', 'Investment attraction'),
  primaryKey: ['id'],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: t('项目编号', 'Id'), description: t('招商项目编号。', 'Id of the attraction project.'), aliases: ['项目编号', '编号'], example: 'ZS-2025-004' },
    { name: 'name', key: 'name', type: 'string', required: true, title: t('项目名称', 'Name'), description: t('项目名称。', 'Name.'), aliases: ['项目名称', '名称'], example: '年产5万吨新型建材项目' },
    { name: 'investor', key: 'investor', type: 'string', title: t('投资方', 'Investor'), description: t('投资企业。', 'Investing company.'), aliases: ['投资方', '投资企业', '客商'], example: '湖南某建材科技有限公司' },
    { name: 'industry', key: 'industry', type: 'string', title: t('产业类别', 'Industry'), description: t('所属产业。', 'Industry.'), aliases: ['产业类别', '行业', '产业'], example: '新型建材' },
    { name: 'amount', key: 'amount', type: 'money', minimum: 0, title: t('协议投资额', 'Agreed investment'), description: t('协议投资额，统一换算为万元。', 'Agreed investment, normalised to 万元.'), aliases: ['协议投资额', '投资额', '计划投资'], example: '52000' },
    { name: 'stage', key: 'stage', type: 'enum', required: true, enum: [{ value: 'intention', labels: ['意向', '在谈', '洽谈'] }, { value: 'signed', labels: ['签约', '已签约'] }, { value: 'contract', labels: ['合同', '已履约', '注册'] }, { value: 'started', labels: ['开工', '已开工', '落地'] }], title: t('阶段', 'Stage'), description: t('意向、签约、合同或开工。', 'Intention, signed, contract or started.'), aliases: ['阶段', '进展阶段', '项目状态'], example: '签约' },
    { name: 'signed_date', key: 'signedDate', type: 'date', title: t('签约时间', 'Signed'), description: t('签约日期。', 'Date signed.'), aliases: ['签约时间', '签约日期'], example: '2025-04-18' },
    { name: 'started_date', key: 'startedDate', type: 'date', title: t('开工时间', 'Started'), description: t('开工日期。', 'Date started.'), aliases: ['开工时间', '开工日期'], example: '2025-08-01' },
    { name: 'township', key: 'township', type: 'string', title: t('落户乡镇', 'Township'), description: t('落户的乡镇或园区。', 'Township or park.'), aliases: ['落户乡镇', '所在乡镇', '落户地'], example: '工业园区' },
    { name: 'responsible_unit', key: 'responsibleUnit', type: 'string', title: t('责任单位', 'Responsible unit'), description: t('跟踪服务单位。', 'Unit that follows the project.'), aliases: ['责任单位', '引进单位'], example: '县商务局' },
  ],
};

/** Every tabular resource, in the order the loader reads them. */
export const resources: ResourceDef[] = [
  projects,
  ledger,
  indicators,
  indicatorTargets,
  programs,
  units,
  tasks,
  campaigns,
  campaignProjects,
  land,
  attraction,
  approvals,
  tenders,
  parties,
  designChanges,
  inspections,
  acceptance,
];
