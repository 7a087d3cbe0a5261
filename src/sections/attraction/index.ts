// 招商引资: investment attraction, from signing to production (attraction.csv).
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'attraction',
  present: (d) => d.present.attraction && d.attraction.length > 0,
  routes: [
    { pattern: '/attraction/', entrypoint: 'pages/index.astro' },
  ],
});
