// Where the loader puts the rows of the life-cycle files (resources.ts) and what a downloader finds in each.
import { defineTable, text } from '../../core/resource.ts';
import { approvals, parties, designChanges, inspections, acceptance } from './resources.ts';

export const tables = [
  defineTable({ resource: approvals, field: 'approvals', description: text('各项目的审批、核准、备案和许可：审批事项、批复文号、审批部门、批复日期。', 'Approvals, authorisations, filings and permits per project: item, document number, authority, date.') }),
  defineTable({ resource: parties, field: 'parties', description: text('各项目的建设、代建、勘察、设计、施工、监理单位和质量安全监督机构，及其项目负责人和统一社会信用代码。', 'The units building each project (owner, agent, surveyor, designer, contractor, supervisor, quality supervision), their heads on the project and credit codes.') }),
  defineTable({ resource: designChanges, field: 'designChanges', description: text('经批准的重大设计变更：变更内容、原因、投资和工期的变化、批准部门和文号。', 'Approved major design changes: what changed and why, the change in investment and duration, who approved it and the document number.') }),
  defineTable({ resource: inspections, field: 'inspections', description: text('质量安全监督检查：检查日期、单位、类型、发现的问题、整改期限和整改情况、处罚文号。', 'Quality and safety inspections: date, inspector, kind, findings, rectification deadline and status, penalty document.') }),
  defineTable({ resource: acceptance, field: 'acceptance', description: text('竣工验收、专项验收和竣工验收备案的日期、结论和组织单位。', 'Completion and special acceptances and their filing: date, result and organiser.') }),
];
