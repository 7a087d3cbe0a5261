// 经济指标: the county's economic indicators (indicators.csv, indicator_targets.csv), one page each.
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'indicators',
  present: (d) => d.present.indicators,
  tables,
  nav: { href: '/indicators/', label: 'nav.indicators' },
  routes: [
    { pattern: '/indicators/', entrypoint: 'pages/index.astro' },
    { pattern: '/indicators/[name]/', entrypoint: 'pages/[name].astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
