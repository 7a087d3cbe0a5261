// 督办事项: the tasks the county government has assigned (tasks.csv), with their deadlines.
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'tasks',
  present: (d) => d.present.tasks && d.ledgers.length > 0,
  routes: [
    { pattern: '/tasks/', entrypoint: 'pages/index.astro' },
  ],
});
