// 调度简报: a printable one-page briefing per responsible unit and township, made from the ledger.
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'briefings',
  present: (d) => d.ledgers.length > 0,
  nav: { href: '/briefings/', label: 'briefing.title', group: 'accountability' },
  routes: [
    { pattern: '/briefings/', entrypoint: 'pages/index.astro' },
    { pattern: '/briefings/unit/[name]/', entrypoint: 'pages/unit/[name].astro' },
    { pattern: '/briefings/township/[name]/', entrypoint: 'pages/township/[name].astro' },
  ],
});
