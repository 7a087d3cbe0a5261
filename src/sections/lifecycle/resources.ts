// The files of a project's life as 国办发〔2017〕94号 asks it disclosed: approvals (批准结果),
// the units building it (施工有关), major design changes (重大设计变更), quality and safety
// supervision (质量安全监督) and acceptance (竣工有关). Tenders are in ../tenders/resources.ts.
// Only types are imported from the core schema: src/core/schema.ts lists these resources,
// so a value imported from it here would not be there yet.
import type { EnumValue, FieldDef, ResourceDef } from '../../core/schema.ts';

const t = (zh: string, en: string) => ({ zh, en });

/** The pattern of a project id reference (as ID_PATTERN in src/core/schema.ts). */
const projectRef = (example = 'SL-2025-001'): FieldDef =>
  ({ name: 'project_id', key: 'projectId', type: 'string', required: true, title: t('项目编号', 'Project id'), description: t('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example });

/** A document number (文号, 证号): an identifier, never checked as free text for personal data. */
const documentNumber = (zh: string, en: string, aliases: string[], example: string, description = t('原文照录，如示发改投资〔2026〕23号；施工许可证写证书编号。是编号，不是个人信息。', 'As written on the document, e.g. 示发改投资〔2026〕23号; for a construction permit, its number. An identifier, not personal data.')): FieldDef =>
  ({ name: 'document_number', key: 'documentNumber', type: 'string', title: t(zh, en), description, aliases, example });

/** 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and A-Z without I, O, Z, S, V; the last is a check character. */
export const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$';

export const approvals: ResourceDef = {
  name: 'approvals',
  path: 'approvals.csv',
  optional: true,
  title: t('审批信息', 'Approvals'),
  primaryKey: ['project_id', 'item', 'document_number'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    projectRef(),
    { name: 'item', key: 'item', type: 'string', required: true, title: t('审批事项', 'Item'), description: t('如项目建议书批复、可行性研究报告批复、初步设计批复、项目核准、项目备案、用地预审、选址意见书、建设用地规划许可证、建设工程规划许可证、施工许可证、环境影响评价批复、节能审查意见；其他写法会提示核对。', 'E.g. 项目建议书批复, 可行性研究报告批复, 初步设计批复, 项目核准, 项目备案, 用地预审, 选址意见书, 建设用地规划许可证, 建设工程规划许可证, 施工许可证, 环境影响评价批复, 节能审查意见; other values are warned.'), aliases: ['审批事项', '审批类型', '批复事项', '事项名称'], example: '可行性研究报告批复' },
    documentNumber('批复文号', 'Document number', ['批复文号', '文号', '批准文号', '证书编号', '许可证编号', '批复文件号'], '示发改投资〔2026〕23号'),
    { name: 'authority', key: 'authority', type: 'string', title: t('审批部门', 'Authority'), description: t('作出批复或核发证照的部门。', 'The department that approved or issued it.'), aliases: ['审批部门', '批复部门', '审批机关', '发证机关'], example: '县发展和改革局' },
    { name: 'date', key: 'date', type: 'date', title: t('批复日期', 'Date'), description: t('批复或发证的日期。', 'Date approved or issued.'), aliases: ['批复日期', '批复时间', '审批日期', '发证日期'], example: '2026-03-18' },
    { name: 'content', key: 'content', type: 'text', title: t('批复内容', 'Content'), description: t('可选，批复的主要内容，如批复的建设规模和总投资。', 'Optional: what was approved, e.g. the scale and total investment.'), aliases: ['批复内容', '主要内容', '审批内容'], example: '同意建设，核定总投资12000万元' },
  ],
};

const roleEnum: EnumValue[] = [
  { value: 'owner', labels: ['建设单位', '项目业主', '业主单位'] },
  { value: 'agent', labels: ['代建单位', '代建'] },
  { value: 'surveyor', labels: ['勘察单位', '勘察'] },
  { value: 'designer', labels: ['设计单位', '设计'] },
  { value: 'contractor', labels: ['施工单位', '施工', '施工总承包单位', '总承包单位'] },
  { value: 'supervisor', labels: ['监理单位', '监理'] },
  { value: 'quality_supervision', labels: ['质量安全监督机构', '质量监督机构', '安全监督机构', '质监站'] },
];

export const parties: ResourceDef = {
  name: 'parties',
  path: 'parties.csv',
  optional: true,
  title: t('参建单位', 'Parties'),
  primaryKey: ['project_id', 'role', 'name'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    projectRef(),
    { name: 'role', key: 'role', type: 'enum', required: true, enum: roleEnum, title: t('参建角色', 'Role'), description: t('建设、代建、勘察、设计、施工、监理单位或质量安全监督机构。', 'Owner, agent, surveyor, designer, contractor, supervisor or the quality and safety supervision body.'), aliases: ['参建角色', '单位类型', '参建类型', '角色'], example: '施工单位' },
    { name: 'name', key: 'name', type: 'string', required: true, title: t('单位名称', 'Name'), description: t('单位全称。', 'Full name.'), aliases: ['单位名称', '名称', '参建单位'], example: '湖南示例建设工程有限公司' },
    { name: 'manager', key: 'manager', type: 'string', title: t('项目负责人', 'Project manager'), description: t('单位在本项目的负责人（项目经理、总监理工程师、设计负责人等），依法公开。', 'The unit’s head on this project (project manager, chief supervising engineer, lead designer …), disclosed by law.'), aliases: ['项目负责人', '项目经理', '负责人', '总监理工程师'], example: '刘志刚' },
    { name: 'credit_code', key: 'creditCode', type: 'string', pattern: CREDIT_CODE_PATTERN, patternHint: t('统一社会信用代码应为18位，由数字和大写英文字母组成（不用I、O、Z、S、V），第3至8位是数字（登记管理机关行政区划码）。请对照营业执照核对。', 'A unified social credit code has 18 characters of digits and capital letters (no I, O, Z, S or V), the 3rd to 8th being digits (the registering authority’s division code). Check it against the business licence.'), title: t('统一社会信用代码', 'Unified social credit code'), description: t('18位，末位是校验码（GB 32100-2015），会被核验。', '18 characters; the last is a check character (GB 32100-2015), which is verified.'), aliases: ['统一社会信用代码', '信用代码', '社会信用代码'], example: '91430623MA4L2B3C4D' },
  ],
};

export const designChanges: ResourceDef = {
  name: 'design_changes',
  path: 'design_changes.csv',
  optional: true,
  title: t('重大设计变更', 'Design changes'),
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    projectRef(),
    { name: 'date', key: 'date', type: 'date', required: true, title: t('变更日期', 'Date'), description: t('变更批准的日期。', 'Date the change was approved.'), aliases: ['变更日期', '变更时间', '批复日期'], example: '2026-05-20' },
    { name: 'content', key: 'content', type: 'text', required: true, title: t('变更内容', 'What changed'), description: t('变更的主要内容。', 'What changed.'), aliases: ['变更内容', '变更事项', '主要内容'], example: '主线路基段K2+300至K3+100改为桥梁' },
    { name: 'reason', key: 'reason', type: 'text', title: t('变更原因', 'Reason'), description: t('为什么变更。', 'Why.'), aliases: ['变更原因', '原因', '变更理由'], example: '地质勘察发现软土层较厚，原设计路基沉降不能满足要求' },
    { name: 'investment_change', key: 'investmentChange', type: 'money', title: t('投资变化', 'Change in investment'), description: t('变更增加的投资，减少写负数。', 'Investment added by the change; a decrease is negative.'), aliases: ['投资变化', '投资增减', '增减投资', '变更金额'], example: '860' },
    { name: 'duration_change_days', key: 'durationChangeDays', type: 'integer', title: t('工期变化', 'Change in duration (days)'), description: t('工期延长的天数，缩短写负数。', 'Days added to the schedule; a reduction is negative.'), aliases: ['工期变化', '工期变化天', '工期增减', '延长工期'], example: '45' },
    { name: 'authority', key: 'authority', type: 'string', title: t('批准部门', 'Approved by'), description: t('批准变更的部门。', 'The department that approved the change.'), aliases: ['批准部门', '审批部门', '批复部门'], example: '县发展和改革局' },
    documentNumber('批复文号', 'Document number', ['批复文号', '文号', '批准文号'], '示发改投资〔2026〕57号', t('批准变更的文号。', 'Number of the approving document.')),
  ],
};

export const inspections: ResourceDef = {
  name: 'inspections',
  path: 'inspections.csv',
  optional: true,
  title: t('质量安全监督', 'Inspections'),
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    projectRef(),
    { name: 'date', key: 'date', type: 'date', required: true, title: t('检查日期', 'Date'), description: t('检查的日期。', 'Date of the inspection.'), aliases: ['检查日期', '检查时间', '监督检查日期'], example: '2026-06-12' },
    { name: 'inspector', key: 'inspector', type: 'string', title: t('检查单位', 'Inspector'), description: t('实施检查的单位。', 'Who inspected.'), aliases: ['检查单位', '监督单位', '检查部门'], example: '县建设工程质量安全监督站' },
    { name: 'kind', key: 'kind', type: 'enum', enum: [{ value: 'quality', labels: ['质量', '质量检查', '工程质量'] }, { value: 'safety', labels: ['安全', '安全检查', '安全生产'] }, { value: 'civilised', labels: ['文明施工', '扬尘治理'] }], title: t('检查类型', 'Kind'), description: t('质量、安全或文明施工。', 'Quality, safety or civilised construction.'), aliases: ['检查类型', '类型', '检查内容'], example: '安全' },
    { name: 'findings', key: 'findings', type: 'text', title: t('发现问题', 'Findings'), description: t('检查发现的问题；没有问题写“无”。', 'What was found; 无 for nothing.'), aliases: ['发现问题', '存在问题', '检查发现问题', '问题'], example: '脚手架连墙件设置不足，部分作业人员未系安全带' },
    { name: 'deadline', key: 'deadline', type: 'date', title: t('整改期限', 'Rectification deadline'), description: t('要求整改完成的日期。', 'Date the problems must be put right by.'), aliases: ['整改期限', '整改时限', '限期整改日期'], example: '2026-06-30' },
    { name: 'status', key: 'status', type: 'enum', enum: [{ value: 'rectified', labels: ['已整改', '整改完成', '已完成'] }, { value: 'in_progress', labels: ['整改中', '正在整改', '未完成'] }, { value: 'overdue', labels: ['逾期未整改', '逾期', '超期未整改'] }], title: t('整改情况', 'Rectification'), description: t('已整改、整改中或逾期未整改。', 'Rectified, in progress or overdue.'), aliases: ['整改情况', '整改状态', '整改结果'], example: '已整改' },
    { name: 'penalty_number', key: 'penaltyNumber', type: 'string', title: t('处罚文号', 'Penalty document'), description: t('可选，行政处罚决定书文号。', 'Optional: number of the penalty decision.'), aliases: ['处罚文号', '行政处罚文号', '处罚决定书文号'], example: '示建罚〔2026〕3号' },
  ],
};

export const acceptance: ResourceDef = {
  name: 'acceptance',
  path: 'acceptance.csv',
  optional: true,
  title: t('竣工验收', 'Acceptance'),
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    projectRef(),
    { name: 'kind', key: 'kind', type: 'enum', required: true, enum: [{ value: 'completion', labels: ['竣工验收', '竣工'] }, { value: 'special', labels: ['专项验收', '专项'] }, { value: 'filing', labels: ['竣工验收备案', '验收备案', '备案'] }], title: t('验收类型', 'Kind'), description: t('竣工验收、专项验收（消防、规划、环保等）或竣工验收备案。', 'Completion acceptance, a special acceptance (fire, planning, environment …) or the filing of the acceptance.'), aliases: ['验收类型', '类型', '验收类别'], example: '竣工验收' },
    { name: 'date', key: 'date', type: 'date', required: true, title: t('验收日期', 'Date'), description: t('验收或备案的日期。', 'Date of the acceptance or filing.'), aliases: ['验收日期', '验收时间', '备案日期'], example: '2026-09-26' },
    { name: 'result', key: 'result', type: 'enum', enum: [{ value: 'pass', labels: ['合格', '通过', '验收合格'] }, { value: 'fail', labels: ['不合格', '未通过'] }, { value: 'pass_after_rectification', labels: ['整改后合格', '整改后通过'] }], title: t('验收结论', 'Result'), description: t('合格、不合格或整改后合格。', 'Passed, failed or passed after rectification.'), aliases: ['验收结论', '结论', '验收结果'], example: '合格' },
    { name: 'organiser', key: 'organiser', type: 'string', title: t('组织单位', 'Organised by'), description: t('组织验收的单位。', 'Who organised the acceptance.'), aliases: ['组织单位', '验收组织单位', '组织部门'], example: '示例县城市建设投资有限公司' },
  ],
};
