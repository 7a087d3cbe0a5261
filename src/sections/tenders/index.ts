// 招标投标: every tendered lot of the projects (tenders.csv), with the flags journalists look for.
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'tenders',
  present: (d) => d.present.tenders && d.tenders.length > 0,
  routes: [
    { pattern: '/tenders/', entrypoint: 'pages/index.astro' },
    { pattern: '/api/tenders.json', entrypoint: 'pages/api/tenders.json.ts' },
  ],
});
