// 项目全周期: approvals, parties, design changes, inspections and acceptance of the projects
// (approvals.csv, parties.csv, design_changes.csv, inspections.csv, acceptance.csv): one JSON
// document per file present. The project pages show each project's life; /disclosure/ is
// its own section.
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'lifecycle',
  present: (d) => d.present.approvals || d.present.parties || d.present.designChanges || d.present.inspections || d.present.acceptance,
  tables,
  routes: [
    { pattern: '/api/approvals.json', entrypoint: 'pages/api/approvals.json.ts' },
    { pattern: '/api/parties.json', entrypoint: 'pages/api/parties.json.ts' },
    { pattern: '/api/design_changes.json', entrypoint: 'pages/api/design_changes.json.ts' },
    { pattern: '/api/inspections.json', entrypoint: 'pages/api/inspections.json.ts' },
    { pattern: '/api/acceptance.json', entrypoint: 'pages/api/acceptance.json.ts' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
