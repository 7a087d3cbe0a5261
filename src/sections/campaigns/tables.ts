// The files of the section 攻坚行动 (campaigns.csv, campaign_projects.csv): their fields, with the Chinese labels real
// ledgers use, and where the loader puts their rows.
import { defineTable, text, type ResourceDef } from '../../core/resource.ts';
import type { Campaign, CampaignProject } from '../../core/types.ts';

export const campaigns: ResourceDef<Campaign> = {
  name: 'campaigns',
  path: 'campaigns.csv',
  optional: true,
  title: text('攻坚行动', 'Campaigns'),
  primaryKey: ['id'],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: text('行动编号', 'Campaign id'), description: text('唯一编号。', 'Unique id.'), aliases: ['行动编号', '编号'], example: 'BRGJ-2025' },
    { name: 'name', key: 'name', type: 'string', required: true, title: text('行动名称', 'Name'), description: text('如“重点项目百日攻坚行动”。', 'E.g. a 100-day push.'), aliases: ['行动名称', '名称'], example: '重大项目建设百日攻坚行动' },
    { name: 'start', key: 'start', type: 'date', required: true, title: text('开始日期', 'Start'), description: text('行动开始日期。', 'First day.'), aliases: ['开始日期', '开始时间', '起始日期'], example: '2025-09-22' },
    { name: 'end', key: 'end', type: 'date', required: true, title: text('结束日期', 'End'), description: text('行动结束日期。', 'Last day.'), aliases: ['结束日期', '结束时间', '截止日期'], example: '2025-12-31' },
    { name: 'target_starts', key: 'targetStarts', type: 'integer', minimum: 0, title: text('开工目标', 'Projects to start'), description: text('行动期内计划开工的项目个数。', 'Projects to start during the campaign.'), aliases: ['开工目标', '新开工目标', '开工项目目标'], example: '12' },
    { name: 'target_completions', key: 'targetCompletions', type: 'integer', minimum: 0, title: text('竣工目标', 'Projects to complete'), description: text('行动期内计划竣工的项目个数。', 'Projects to complete during the campaign.'), aliases: ['竣工目标', '竣工项目目标'], example: '8' },
    { name: 'target_investment', key: 'targetInvestment', type: 'money', minimum: 0, title: text('投资目标', 'Investment target'), description: text('行动期内计划完成的投资。', 'Investment to complete during the campaign.'), aliases: ['投资目标', '完成投资目标'], example: '60000' },
    { name: 'description', key: 'description', type: 'text', title: text('说明', 'Description'), description: text('行动的要求。', 'What the campaign asks.'), aliases: ['说明', '主要内容'], example: '对照年度目标倒排工期，挂图作战' },
  ],
};

export const campaignProjects: ResourceDef<CampaignProject> = {
  name: 'campaign_projects',
  path: 'campaign_projects.csv',
  optional: true,
  title: text('攻坚行动项目', 'Campaign projects'),
  primaryKey: ['campaign_id', 'project_id'],
  foreignKeys: [
    { fields: ['campaign_id'], reference: { resource: 'campaigns', fields: ['id'] } },
    { fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } },
  ],
  fields: [
    { name: 'campaign_id', key: 'campaignId', type: 'string', required: true, title: text('行动编号', 'Campaign id'), description: text('与攻坚行动表一致。', 'As in campaigns.csv.'), aliases: ['行动编号'], example: 'BRGJ-2025' },
    { name: 'project_id', key: 'projectId', type: 'string', required: true, title: text('项目编号', 'Project id'), description: text('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'goal', key: 'goal', type: 'enum', enum: [{ value: 'start', labels: ['开工'] }, { value: 'complete', labels: ['竣工', '完工'] }, { value: 'invest', labels: ['投资', '完成投资'] }], title: text('攻坚目标', 'Goal'), description: text('开工、竣工或完成投资。', 'Start, complete or invest.'), aliases: ['攻坚目标', '目标'], example: '开工' },
  ],
};

export const tables = [
  defineTable({ resource: campaigns, field: 'campaigns', description: text('攻坚行动的起止日期和开工、竣工、投资目标。', 'Campaigns with their dates and targets for starts, completions and investment.') }),
  defineTable({ resource: campaignProjects, field: 'campaignProjects', description: text('各攻坚行动包含的项目及其攻坚目标。', 'The projects in each campaign and what each must achieve.') }),
];
