// 征地拆迁: land acquisition for the projects (land.csv).
import { defineSection } from '../types.ts';
import { tables } from './tables.ts';

export default defineSection({
  id: 'land',
  present: (d) => d.present.land && d.land.length > 0,
  tables,
  nav: { href: '/land/', label: 'land.title', group: 'accountability' },
  routes: [
    { pattern: '/land/', entrypoint: 'pages/index.astro' },
  ],
});
