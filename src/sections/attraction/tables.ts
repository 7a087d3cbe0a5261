// The files of the section 招商引资 (attraction.csv): their fields, with the Chinese labels real
// ledgers use, and where the loader puts their rows.
import { defineTable, text, type ResourceDef } from '../../core/resource.ts';
import type { AttractionProject } from '../../core/types.ts';

export const attraction: ResourceDef<AttractionProject> = {
  name: 'attraction',
  path: 'attraction.csv',
  optional: true,
  title: text('招商引资项目', 'Investment attraction'),
  primaryKey: ['id'],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: text('项目编号', 'Id'), description: text('招商项目编号。', 'Id of the attraction project.'), aliases: ['项目编号', '编号'], example: 'ZS-2025-004' },
    { name: 'name', key: 'name', type: 'string', required: true, title: text('项目名称', 'Name'), description: text('项目名称。', 'Name.'), aliases: ['项目名称', '名称'], example: '年产5万吨新型建材项目' },
    { name: 'investor', key: 'investor', type: 'string', title: text('投资方', 'Investor'), description: text('投资企业。', 'Investing company.'), aliases: ['投资方', '投资企业', '客商'], example: '湖南某建材科技有限公司' },
    { name: 'industry', key: 'industry', type: 'string', title: text('产业类别', 'Industry'), description: text('所属产业。', 'Industry.'), aliases: ['产业类别', '行业', '产业'], example: '新型建材' },
    { name: 'amount', key: 'amount', type: 'money', minimum: 0, title: text('协议投资额', 'Agreed investment'), description: text('协议投资额，统一换算为万元。', 'Agreed investment, normalised to 万元.'), aliases: ['协议投资额', '投资额', '计划投资'], example: '52000' },
    { name: 'stage', key: 'stage', type: 'enum', required: true, enum: [{ value: 'intention', labels: ['意向', '在谈', '洽谈'] }, { value: 'signed', labels: ['签约', '已签约'] }, { value: 'contract', labels: ['合同', '已履约', '注册'] }, { value: 'started', labels: ['开工', '已开工', '落地'] }], title: text('阶段', 'Stage'), description: text('意向、签约、合同或开工。', 'Intention, signed, contract or started.'), aliases: ['阶段', '进展阶段', '项目状态'], example: '签约' },
    { name: 'signed_date', key: 'signedDate', type: 'date', title: text('签约时间', 'Signed'), description: text('签约日期。', 'Date signed.'), aliases: ['签约时间', '签约日期'], example: '2025-04-18' },
    { name: 'started_date', key: 'startedDate', type: 'date', title: text('开工时间', 'Started'), description: text('开工日期。', 'Date started.'), aliases: ['开工时间', '开工日期'], example: '2025-08-01' },
    { name: 'township', key: 'township', type: 'string', title: text('落户乡镇', 'Township'), description: text('落户的乡镇或园区。', 'Township or park.'), aliases: ['落户乡镇', '所在乡镇', '落户地'], example: '工业园区' },
    { name: 'responsible_unit', key: 'responsibleUnit', type: 'string', title: text('责任单位', 'Responsible unit'), description: text('跟踪服务单位。', 'Unit that follows the project.'), aliases: ['责任单位', '引进单位'], example: '县商务局' },
  ],
};

export const tables = [
  defineTable({ resource: attraction, field: 'attraction', description: text('招商引资项目的投资方、协议投资额、阶段和签约、开工时间。', 'Investment-attraction projects: investor, agreed amount, stage, dates signed and started.') }),
];
