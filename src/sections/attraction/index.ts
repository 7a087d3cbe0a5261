// 招商引资: investment attraction, from signing to production (attraction.csv).
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'attraction',
  present: (d) => d.present.attraction && d.attraction.length > 0,
  tables,
  nav: { href: '/attraction/', label: 'attraction.title', group: 'accountability' },
  routes: [
    { pattern: '/attraction/', entrypoint: 'pages/index.astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
