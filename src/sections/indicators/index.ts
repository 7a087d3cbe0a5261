// 经济指标: the county's economic indicators (indicators.csv, indicator_targets.csv), one page each.
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';

export default defineSection({
  id: 'indicators',
  present: (d) => d.present.indicators,
  tables,
  nav: { href: '/indicators/', label: 'nav.indicators' },
  routes: [
    { pattern: '/indicators/', entrypoint: 'pages/index.astro' },
    { pattern: '/indicators/[name]/', entrypoint: 'pages/[name].astro' },
  ],
});
