// 招标投标: every tendered lot of the projects (tenders.csv), with the flags journalists look for.
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'tenders',
  present: (d) => d.present.tenders && d.tenders.length > 0,
  tables,
  routes: [
    { pattern: '/tenders/', entrypoint: 'pages/index.astro' },
    { pattern: '/api/tenders.json', entrypoint: 'pages/api/tenders.json.ts' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
