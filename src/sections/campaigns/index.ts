// 集中攻坚行动: campaigns and the projects in them (campaigns.csv, campaign_projects.csv).
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'campaigns',
  present: (d) => d.present.campaigns && d.campaigns.length > 0 && d.ledgers.length > 0,
  tables,
  nav: { href: '/campaigns/', label: 'campaign.title', group: 'accountability' },
  routes: [
    { pattern: '/campaigns/', entrypoint: 'pages/index.astro' },
    { pattern: '/campaigns/[id]/', entrypoint: 'pages/[id].astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
