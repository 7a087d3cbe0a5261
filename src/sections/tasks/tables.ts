// The files of the section 督办事项 (tasks.csv): their fields, with the Chinese labels real
// ledgers use, and where the loader puts their rows.
import { defineTable, text, type ResourceDef } from '../../core/resource.ts';
import type { Task } from '../../core/types.ts';

export const tasks: ResourceDef<Task> = {
  name: 'tasks',
  path: 'tasks.csv',
  optional: true,
  title: text('督办事项', 'Tasks'),
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'id', key: 'id', type: 'string', required: true, unique: true, title: text('事项编号', 'Task id'), description: text('督办事项的唯一编号。', 'Unique id of the task.'), aliases: ['事项编号', '编号', '督办编号'], example: 'DB-2025-017' },
    { name: 'project_id', key: 'projectId', type: 'string', title: text('项目编号', 'Project id'), description: text('可选，关联的项目。', 'Optional: the project the task is about.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'content', key: 'content', type: 'text', required: true, title: text('事项内容', 'Task'), description: text('交办的具体事项。', 'What was assigned.'), aliases: ['事项内容', '督办事项', '问题内容', '内容'], example: '协调解决城南污水处理厂二期施工用电接入' },
    { name: 'lead_official', key: 'leadOfficial', type: 'string', title: text('包保领导', 'Lead official'), description: text('四个明确之一：包保领导（表头也可写作牵头领导、责任领导）。', 'One of the four explicit items: lead official.'), aliases: ['包保领导', '牵头领导', '责任领导'], example: '王建国' },
    { name: 'responsible_unit', key: 'responsibleUnit', type: 'string', title: text('责任单位', 'Responsible unit'), description: text('四个明确之一：责任单位。', 'One of the four explicit items: responsible unit.'), aliases: ['责任单位', '牵头单位'], example: '县供电公司' },
    { name: 'measures', key: 'measures', type: 'text', title: text('推进措施', 'Measures'), description: text('四个明确之一：推进措施（表头也可写作工作措施）。', 'One of the four explicit items: measures.'), aliases: ['推进措施', '工作措施', '措施'], example: '10月20日前完成线路架设' },
    { name: 'deadline', key: 'deadline', type: 'date', title: text('完成时限', 'Deadline'), description: text('四个明确之一：完成时限（表头也可写作完成期限、办结时限）。', 'One of the four explicit items: deadline.'), aliases: ['完成时限', '完成期限', '办结时限'], example: '2025-10-20' },
    { name: 'assigned', key: 'assigned', type: 'date', title: text('交办时间', 'Assigned'), description: text('交办日期。', 'Date assigned.'), aliases: ['交办时间', '交办日期'], example: '2025-09-05' },
    { name: 'status', key: 'status', type: 'enum', required: true, enum: [{ value: 'open', labels: ['办理中', '未销号', '推进中', '未完成'] }, { value: 'closed', labels: ['已销号', '已办结', '已完成', '销号'] }], title: text('办理状态', 'Status'), description: text('办理中或已销号。', 'Open or closed out.'), aliases: ['办理状态', '状态', '进展状态'], example: '办理中' },
    { name: 'closed', key: 'closed', type: 'date', title: text('销号时间', 'Closed'), description: text('已销号事项的销号日期。', 'Date closed out.'), aliases: ['销号时间', '销号日期', '办结时间'], example: '2025-10-18' },
  ],
};

export const tables = [
  defineTable({ resource: tasks, field: 'tasks', description: text('督办事项台账：事项内容、牵头领导、责任单位、工作措施、完成期限、办理状态和销号时间。', 'The task ledger: what was assigned, lead official, responsible unit, measures, deadline, status and date closed.') }),
];
