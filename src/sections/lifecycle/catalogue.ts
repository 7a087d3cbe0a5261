// What the law asks disclosed about a project's life: the eight categories of 国办发〔2017〕94号,
// each with its legal basis, publisher and deadline as the standard catalogue for grassroots
// disclosure in the approval and implementation of major construction projects
// (发改办投资〔2019〕621号) lists them; and the approvals (审批事项) a project goes through.

/** An approval a project goes through, with the names ledgers use for it. */
export interface ApprovalItem {
  /** The name printed (and the canonical value). */
  name: string;
  /** Other ways of writing it, compared after removing spaces. */
  aliases: readonly string[];
  /** OC4IDS documentType, where one fits. */
  documentType?: string;
  /** Where in the life it belongs: before construction (前期) or at the start (开工). */
  phase: 'preparation' | 'start';
}

export const APPROVAL_ITEMS: readonly ApprovalItem[] = [
  { name: '项目建议书批复', aliases: ['项目建议书审批', '项目建议书'], documentType: 'needsAssessment', phase: 'preparation' },
  { name: '可行性研究报告批复', aliases: ['可研批复', '可行性研究报告审批', '可研报告批复', '可行性研究报告'], documentType: 'feasibilityStudy', phase: 'preparation' },
  { name: '初步设计批复', aliases: ['初步设计及概算批复', '初步设计审批', '初设批复', '初步设计'], documentType: 'projectPlan', phase: 'preparation' },
  { name: '项目核准', aliases: ['核准', '项目核准批复'], phase: 'preparation' },
  { name: '项目备案', aliases: ['备案', '项目备案证明', '企业投资项目备案'], phase: 'preparation' },
  { name: '用地预审', aliases: ['用地预审意见', '建设项目用地预审', '用地预审与选址意见书'], documentType: 'landAndSettlementImpact', phase: 'preparation' },
  { name: '选址意见书', aliases: ['建设项目选址意见书', '规划选址'], phase: 'preparation' },
  { name: '建设用地规划许可证', aliases: ['用地规划许可证', '用地规划许可'], phase: 'preparation' },
  { name: '建设工程规划许可证', aliases: ['工程规划许可证', '工程规划许可'], phase: 'preparation' },
  { name: '施工许可证', aliases: ['建筑工程施工许可证', '施工许可', '开工许可'], phase: 'start' },
  { name: '环境影响评价批复', aliases: ['环评批复', '环境影响评价', '环评审批', '环境影响报告书批复', '环境影响报告表批复'], documentType: 'environmentalImpact', phase: 'preparation' },
  { name: '节能审查意见', aliases: ['节能审查', '节能评估审查意见', '节能审查批复'], phase: 'preparation' },
  { name: '水土保持方案批复', aliases: ['水保批复', '水土保持方案'], phase: 'preparation' },
  { name: '社会稳定风险评估', aliases: ['稳评', '社会稳定风险评估意见'], documentType: 'socialImpact', phase: 'preparation' },
];

const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const ITEM_INDEX = new Map<string, ApprovalItem>();
for (const item of APPROVAL_ITEMS) for (const label of [item.name, ...item.aliases]) ITEM_INDEX.set(squeeze(label), item);

/** The known item an approval's 审批事项 names, or undefined for another value. */
export function approvalItem(written: string): ApprovalItem | undefined {
  return ITEM_INDEX.get(squeeze(written));
}

export type DisclosureCategoryId =
  | 'approval_service'
  | 'approval_result'
  | 'tendering'
  | 'land'
  | 'design_change'
  | 'construction'
  | 'quality_safety'
  | 'completion';

export interface DisclosureCategory {
  id: DisclosureCategoryId;
  /** As 国办发〔2017〕94号 names it. */
  name: string;
  nameEn: string;
  /** What is published. */
  content: string;
  contentEn: string;
  /** The laws and documents it rests on, as the standard catalogue cites them. */
  basis: readonly string[];
  /** Who publishes it. */
  publisher: string;
  /** Which file of the data folder carries it. */
  files: readonly string[];
}

/** 信息形成或变更之日起20个工作日内 (发改办投资〔2019〕621号), the same for every category. */
export const DISCLOSURE_DEADLINE = { zh: '信息形成或变更之日起20个工作日内', en: 'within 20 working days of the information being formed or changed' } as const;

/** The source of the eight categories. */
export const DISCLOSURE_SOURCE = '《国务院办公厅关于推进重大建设项目批准和实施领域政府信息公开的意见》（国办发〔2017〕94号）';

export const DISCLOSURE_CATEGORIES: readonly DisclosureCategory[] = [
  {
    id: 'approval_service',
    name: '批准服务信息',
    nameEn: 'Approval services',
    content: '申报要求、申报材料清单、批准流程、办理时限和办理过程；项目以投资项目统一代码（项目代码）在线办理和查询。',
    contentEn: 'Application requirements, materials, procedure, time limits and progress; the project is handled and looked up online by its national project code.',
    basis: ['《中华人民共和国政府信息公开条例》', '《政府投资条例》', '《企业投资项目核准和备案管理条例》'],
    publisher: '审批部门',
    files: ['projects.csv（项目代码）'],
  },
  {
    id: 'approval_result',
    name: '批准结果信息',
    nameEn: 'Approval results',
    content: '项目建议书、可行性研究报告、初步设计批复，项目核准、备案，用地预审、选址、规划许可、施工许可、环评、节能审查等的批复文号、日期和审批部门。',
    contentEn: 'Approvals of the proposal, feasibility study and preliminary design; authorisation or filing; land pre-review, siting, planning permits, the construction permit, environmental and energy reviews: number, date and authority of each.',
    basis: ['《政府投资条例》', '《企业投资项目核准和备案管理条例》', '《中华人民共和国城乡规划法》', '《中华人民共和国建筑法》', '《中华人民共和国环境影响评价法》'],
    publisher: '审批部门',
    files: ['approvals.csv'],
  },
  {
    id: 'tendering',
    name: '招标投标信息',
    nameEn: 'Tendering',
    content: '招标公告、投标单位、中标候选人和中标结果、合同订立情况。',
    contentEn: 'Tender notices, bidders, the award and the contract.',
    basis: ['《中华人民共和国招标投标法》', '《中华人民共和国招标投标法实施条例》'],
    publisher: '招标人（项目单位）',
    files: ['tenders.csv'],
  },
  {
    id: 'land',
    name: '征收土地信息',
    nameEn: 'Land acquisition',
    content: '征地批准文件、征地补偿安置方案公告和征地拆迁进度。',
    contentEn: 'The land acquisition approval, the compensation and resettlement notice, and progress.',
    basis: ['《中华人民共和国土地管理法》', '《中华人民共和国土地管理法实施条例》', '《国有土地上房屋征收与补偿条例》'],
    publisher: '县人民政府、自然资源部门',
    files: ['land.csv（征地批文号、补偿安置方案公告日期）'],
  },
  {
    id: 'design_change',
    name: '重大设计变更信息',
    nameEn: 'Major design changes',
    content: '变更的内容、原因、对投资和工期的影响，批准部门和批复文号。',
    contentEn: 'What changed and why, the effect on investment and duration, who approved it and the document number.',
    basis: ['《建设工程勘察设计管理条例》', '《政府投资条例》'],
    publisher: '审批部门、项目单位',
    files: ['design_changes.csv'],
  },
  {
    id: 'construction',
    name: '施工有关信息',
    nameEn: 'Construction',
    content: '项目法人，勘察、设计、施工、监理单位及其项目负责人。',
    contentEn: 'The legal entity; survey, design, construction and supervision firms and their heads on the project.',
    basis: ['《中华人民共和国建筑法》', '《建设工程质量管理条例》'],
    publisher: '项目单位',
    files: ['parties.csv', 'projects.csv（项目法人）'],
  },
  {
    id: 'quality_safety',
    name: '质量安全监督信息',
    nameEn: 'Quality and safety supervision',
    content: '质量安全监督机构及其联系方式、监督检查发现的问题、整改和处罚情况。',
    contentEn: 'The supervising body, what inspections found, rectification and penalties.',
    basis: ['《建设工程质量管理条例》', '《建设工程安全生产管理条例》'],
    publisher: '住房城乡建设等监管部门',
    files: ['inspections.csv'],
  },
  {
    id: 'completion',
    name: '竣工有关信息',
    nameEn: 'Completion',
    content: '竣工验收时间、验收结论和竣工验收备案。',
    contentEn: 'Date and result of the completion acceptance, and its filing.',
    basis: ['《建设工程质量管理条例》', '《房屋建筑和市政基础设施工程竣工验收备案管理办法》'],
    publisher: '项目单位、住房城乡建设部门',
    files: ['acceptance.csv'],
  },
];
