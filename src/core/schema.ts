// The built-in data contract: every file, every field, its type, unit, constraints
// and the Chinese labels that real ledgers use — the core files here, each optional
// section's in its folder (src/sections/<id>/tables.ts), joined below in the registry's
// order. data/datapackage.json is generated from this (scripts/write-datapackage.ts) and a
// test keeps the two in step.

import { defineTable, ID_PATTERN, PROJECT_CODE_PATTERN, text, type DataTable, type EnumValue, type ResourceDef } from './resource.ts';
import type { LedgerRow, Program, Project, Unit } from './types.ts';
import { sections } from '../sections/index.ts';

export { ID_PATTERN, PROJECT_CODE_PATTERN, text } from './resource.ts';
export type { DataTable, EnumValue, FieldDef, FieldType, ResourceDef } from './resource.ts';
// The sections' files, under the names the tests and scripts have always imported them by.
export { indicators, indicatorTargets } from '../sections/indicators/tables.ts';
export { tasks } from '../sections/tasks/tables.ts';
export { campaigns, campaignProjects } from '../sections/campaigns/tables.ts';
export { land } from '../sections/land/tables.ts';
export { attraction } from '../sections/attraction/tables.ts';

const t = text;

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

export const projects: ResourceDef<Project> = {
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

export const ledger: ResourceDef<LedgerRow> = {
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

export const programs: ResourceDef<Program> = {
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

export const units: ResourceDef<Unit> = {
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

/**
 * The files read into the dataset's rows (all but the monthly ledgers, which have their own
 * model): the core's, then each section's in the registry's order.
 */
export const dataTables: readonly DataTable[] = [
  defineTable({ resource: projects, field: 'projects', description: t('每个重点项目一行：编号、名称、所属工程、乡镇、建设单位、包保领导、责任单位、总投资等。', 'One row per key project: id, name, program, township, owner, lead official, responsible unit, total investment …') }),
  defineTable({ resource: programs, field: 'programs', description: t('各大工程（板块）的说明、牵头领导和牵头单位。', 'The programs with their description, lead official and lead unit.') }),
  defineTable({ resource: units, field: 'units', description: t('责任单位和乡镇（街道）及其主要负责人。', 'Responsible units and townships with their heads.') }),
  ...sections.flatMap((s) => s.tables ?? []),
];

/** Every tabular resource, in the order the loader reads them: projects, the ledgers, then the rest. */
export const resources: ResourceDef[] = [projects, ledger, ...dataTables.slice(1).map((d) => d.resource)];
