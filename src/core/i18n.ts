// The interface's words in Chinese (the default) and English. Every key must exist in both
// tables: the English table is typed against the Chinese one, so a missing translation is a
// type error. Page authors add keys here; '{name}' placeholders are filled by t().

import type { AttractionStage, Locale, ProjectNature, Stage, TaskStatus } from './types.ts';
import type { CampaignPhase } from './metrics/campaigns.ts';
import type { Grade, Movement } from './metrics/ranking.ts';
import type { ProjectStatus } from './metrics/status.ts';

const zh = {
  // Status of a project in a month (metrics/status.ts).
  'status.on-track': '正常推进',
  'status.behind': '滞后',
  'status.seriously-behind': '严重滞后',
  'status.no-plan': '未列计划',
  'status.completed': '已完成',
  // Stage (进展阶段).
  'stage.preparatory': '前期',
  'stage.construction': '在建',
  'stage.completed': '竣工',
  'stage.operating': '投产',
  'stage.unknown': '未填报',
  // Nature in the year plan (建设性质).
  'nature.continuing': '续建',
  'nature.new': '新开工',
  'nature.preparatory': '前期',
  'nature.unknown': '未注明',
  // Grades of the monthly ranking.
  'grade.good': '优',
  'grade.fair': '中',
  'grade.poor': '差',
  'movement.up': '上升',
  'movement.down': '下降',
  'movement.same': '持平',
  'movement.new': '新列入',
  // Flags.
  'flag.stalled': '停滞',
  'flag.overdue': '问题逾期未解决',
  // Tasks (督办事项).
  'task.open': '办理中',
  'task.closed': '已销号',
  'task.overdue': '逾期未销号',
  'task.closedLate': '逾期销号',
  // Campaigns.
  'campaign.upcoming': '未开始',
  'campaign.running': '进行中',
  'campaign.ended': '已结束',
  // Investment attraction.
  'attraction.intention': '意向',
  'attraction.signed': '签约',
  'attraction.contract': '合同',
  'attraction.started': '开工',
  // Table columns and figures.
  'field.id': '项目编号',
  'field.name': '项目名称',
  'field.program': '所属工程',
  'field.category': '项目类别',
  'field.township': '所在乡镇',
  'field.owner': '建设单位',
  'field.leadOfficial': '包保领导',
  'field.responsibleUnit': '责任单位',
  'field.nature': '建设性质',
  'field.stage': '进展阶段',
  'field.totalInvestment': '总投资',
  'field.yearPlan': '年度计划投资',
  'field.completedYtd': '本年累计完成投资',
  'field.completedTotal': '开工累计完成投资',
  'field.increment': '当月完成投资',
  'field.progress': '形象进度',
  'field.problems': '存在问题',
  'field.measures': '推进措施',
  'field.deadline': '完成时限',
  'field.projectCount': '项目个数',
  'field.completionPct': '完成年度计划比例',
  'field.timeProgress': '时间进度',
  'field.lag': '比时间进度快慢（百分点）',
  'field.status': '推进情况',
  'field.rank': '排名',
  'field.grade': '等次',
  'field.movement': '较上月',
  'field.stalledCount': '停滞项目',
  'field.overdueCount': '问题逾期项目',
  'field.growth': '同比增长',
  'field.target': '年度目标',
  'field.gap': '与目标差距',
  'field.peerRank': '在兄弟县中排名',
  'field.daysOpen': '已办天数',
  'field.daysOverdue': '逾期天数',
  'field.daysElapsed': '已进行天数',
  'field.daysLeft': '剩余天数',
  'field.landTarget': '征地任务',
  'field.landAcquired': '已征地',
  'field.landPct': '征地完成率',
  'field.demolitionPct': '拆迁完成率',
  'field.performanceRate': '履约率',
  'field.landingRate': '落地率',
  'unit.mu': '亩',
  'unit.projects': '个',
  'unassigned': '未填写',
  'asOf': '数据截至{date}',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'status.on-track': 'On track',
  'status.behind': 'Behind',
  'status.seriously-behind': 'Seriously behind',
  'status.no-plan': 'No plan this year',
  'status.completed': 'Done',
  'stage.preparatory': 'Preparatory',
  'stage.construction': 'Under construction',
  'stage.completed': 'Completed',
  'stage.operating': 'In operation',
  'stage.unknown': 'Not reported',
  'nature.continuing': 'Continuing',
  'nature.new': 'New start',
  'nature.preparatory': 'Preparatory',
  'nature.unknown': 'Not stated',
  'grade.good': 'Good',
  'grade.fair': 'Fair',
  'grade.poor': 'Poor',
  'movement.up': 'Up',
  'movement.down': 'Down',
  'movement.same': 'Unchanged',
  'movement.new': 'New',
  'flag.stalled': 'Stalled',
  'flag.overdue': 'Problems past deadline',
  'task.open': 'Open',
  'task.closed': 'Closed',
  'task.overdue': 'Overdue',
  'task.closedLate': 'Closed late',
  'campaign.upcoming': 'Not started',
  'campaign.running': 'Under way',
  'campaign.ended': 'Ended',
  'attraction.intention': 'Intention',
  'attraction.signed': 'Signed',
  'attraction.contract': 'Contract',
  'attraction.started': 'Started',
  'field.id': 'Project id',
  'field.name': 'Project',
  'field.program': 'Program',
  'field.category': 'Category',
  'field.township': 'Township',
  'field.owner': 'Owner',
  'field.leadOfficial': 'Lead official',
  'field.responsibleUnit': 'Responsible unit',
  'field.nature': 'Nature',
  'field.stage': 'Stage',
  'field.totalInvestment': 'Total investment',
  'field.yearPlan': 'Year plan',
  'field.completedYtd': 'Completed this year',
  'field.completedTotal': 'Completed since start',
  'field.increment': 'Completed this month',
  'field.progress': 'Physical progress',
  'field.problems': 'Problems',
  'field.measures': 'Measures',
  'field.deadline': 'Deadline',
  'field.projectCount': 'Projects',
  'field.completionPct': 'Share of year plan',
  'field.timeProgress': 'Time elapsed',
  'field.lag': 'Ahead (+) / behind (−) schedule, points',
  'field.status': 'Status',
  'field.rank': 'Rank',
  'field.grade': 'Grade',
  'field.movement': 'Since last month',
  'field.stalledCount': 'Stalled',
  'field.overdueCount': 'Problems past deadline',
  'field.growth': 'Growth',
  'field.target': 'Target',
  'field.gap': 'Gap to target',
  'field.peerRank': 'Rank among peers',
  'field.daysOpen': 'Days open',
  'field.daysOverdue': 'Days overdue',
  'field.daysElapsed': 'Days elapsed',
  'field.daysLeft': 'Days left',
  'field.landTarget': 'Land to acquire',
  'field.landAcquired': 'Land acquired',
  'field.landPct': 'Land acquired (%)',
  'field.demolitionPct': 'Demolished (%)',
  'field.performanceRate': 'Contract rate',
  'field.landingRate': 'Start rate',
  'unit.mu': 'mu',
  'unit.projects': 'projects',
  'unassigned': 'Not stated',
  'asOf': 'Data as of {date}',
};

export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The string for `key` in `locale`, with {placeholders} filled from `params`. */
export function t(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[locale][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

export const statusLabel = (s: ProjectStatus, locale: Locale) => t(locale, `status.${s}`);
export const stageLabel = (s: Stage | undefined, locale: Locale) => t(locale, `stage.${s ?? 'unknown'}`);
export const natureLabel = (n: ProjectNature | undefined, locale: Locale) => t(locale, `nature.${n ?? 'unknown'}`);
export const gradeLabel = (g: Grade, locale: Locale) => t(locale, `grade.${g}`);
export const movementLabel = (m: Movement, locale: Locale) => t(locale, `movement.${m}`);
export const taskStatusLabel = (s: TaskStatus, locale: Locale) => t(locale, `task.${s}`);
export const campaignPhaseLabel = (p: CampaignPhase, locale: Locale) => t(locale, `campaign.${p}`);
export const attractionStageLabel = (s: AttractionStage, locale: Locale) => t(locale, `attraction.${s}`);
