// 督办事项: the tasks the county government has assigned (tasks.csv), with their deadlines.
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'tasks',
  present: (d) => d.present.tasks && d.ledgers.length > 0,
  tables,
  nav: { href: '/tasks/', label: 'task.title', group: 'accountability' },
  routes: [
    { pattern: '/tasks/', entrypoint: 'pages/index.astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
