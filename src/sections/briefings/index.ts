// 调度简报: a printable one-page briefing per responsible unit and township, made from the ledger.
import { defineSection } from '../types.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'briefings',
  present: (d) => d.ledgers.length > 0,
  nav: { href: '/briefings/', label: 'briefing.title', group: 'accountability' },
  routes: [
    { pattern: '/briefings/', entrypoint: 'pages/index.astro' },
    { pattern: '/briefings/unit/[name]/', entrypoint: 'pages/unit/[name].astro' },
    { pattern: '/briefings/township/[name]/', entrypoint: 'pages/township/[name].astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
