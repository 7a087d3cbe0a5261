// The files of the section 征地拆迁 (land.csv): their fields, with the Chinese labels real
// ledgers use, and where the loader puts their rows.
import { defineTable, text, type ResourceDef } from '../../core/resource.ts';
import type { LandAcquisition } from '../../core/types.ts';

export const land: ResourceDef<LandAcquisition> = {
  name: 'land',
  path: 'land.csv',
  optional: true,
  title: text('征地拆迁', 'Land acquisition'),
  primaryKey: ['project_id'],
  foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  fields: [
    { name: 'project_id', key: 'projectId', type: 'string', required: true, unique: true, title: text('项目编号', 'Project id'), description: text('与项目清单一致。', 'As in projects.csv.'), aliases: ['项目编号'], example: 'SL-2025-001' },
    { name: 'land_target_mu', key: 'landTargetMu', type: 'number', minimum: 0, title: text('征地任务', 'Land target (mu)'), description: text('征地任务，单位亩。', 'Land to acquire, in mu.'), aliases: ['征地任务', '征地任务亩'], example: '120' },
    { name: 'land_acquired_mu', key: 'landAcquiredMu', type: 'number', minimum: 0, title: text('已征地', 'Land acquired (mu)'), description: text('已完成征地，单位亩。', 'Land acquired, in mu.'), aliases: ['已征地', '已征地亩', '完成征地'], example: '86.5' },
    { name: 'demolition_target', key: 'demolitionTarget', type: 'integer', minimum: 0, title: text('拆迁任务', 'Buildings to demolish'), description: text('需拆除的房屋栋数。', 'Buildings to demolish.'), aliases: ['拆迁任务', '拆迁任务栋'], example: '35' },
    { name: 'demolished', key: 'demolished', type: 'integer', minimum: 0, title: text('已拆除', 'Demolished'), description: text('已拆除的房屋栋数。', 'Buildings demolished.'), aliases: ['已拆除', '已拆除栋', '已拆迁'], example: '28' },
    { name: 'demolished_area_sqm', key: 'demolishedAreaSqm', type: 'number', minimum: 0, title: text('拆除面积', 'Area demolished (m²)'), description: text('已拆除面积，单位平方米。', 'Area demolished, in m².'), aliases: ['拆除面积', '拆除面积平方米', '已拆除面积'], example: '5600' },
    { name: 'land_approval_number', key: 'landApprovalNumber', type: 'string', title: text('征地批文号', 'Land approval number'), description: text('征收土地批准文件的文号；是编号，不是个人信息。', 'Number of the land acquisition approval; an identifier, not personal data.'), aliases: ['征地批文号', '征地批复文号', '用地批准文号', '征收土地批准文号'], example: '湘政土批〔2026〕112号' },
    { name: 'compensation_notice_date', key: 'compensationNoticeDate', type: 'date', title: text('补偿安置方案公告日期', 'Compensation notice'), description: text('征地补偿安置方案公告的日期。', 'Date the compensation and resettlement plan was published.'), aliases: ['补偿安置方案公告日期', '补偿安置公告日期', '征地补偿安置方案公告日期'], example: '2026-04-08' },
  ],
};

export const tables = [
  defineTable({ resource: land, field: 'land', description: text('各项目的征地和拆迁任务与完成情况。', 'Land to acquire and buildings to demolish per project, and how much is done.') }),
];
