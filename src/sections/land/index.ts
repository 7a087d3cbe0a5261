// 征地拆迁: land acquisition for the projects (land.csv).
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'land',
  present: (d) => d.present.land && d.land.length > 0,
  tables,
  nav: { href: '/land/', label: 'land.title', group: 'accountability' },
  routes: [
    { pattern: '/land/', entrypoint: 'pages/index.astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
