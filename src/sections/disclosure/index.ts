// 信息公开目录: the eight categories of 国办发〔2017〕94号 over every project on the list, and
// the completeness of each responsible unit, ranked. Switched on by any life-cycle file.
import { defineSection } from '../types.ts';

export default defineSection({
  id: 'disclosure',
  present: (d) => d.present.approvals || d.present.tenders || d.present.parties || d.present.designChanges || d.present.inspections || d.present.acceptance,
  routes: [{ pattern: '/disclosure/', entrypoint: 'pages/index.astro' }],
});
