// 征地拆迁: land acquisition for the projects (land.csv).
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'land',
  present: (d) => d.present.land && d.land.length > 0,
  routes: [
    { pattern: '/land/', entrypoint: 'pages/index.astro' },
  ],
});
