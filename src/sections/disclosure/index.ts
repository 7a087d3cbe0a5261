// 信息公开目录: the eight categories of 国办发〔2017〕94号 over every project on the list, and
// the completeness of each responsible unit, ranked. Switched on by any life-cycle file.
import { defineSection } from '../types.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'disclosure',
  present: (d) => d.present.approvals || d.present.tenders || d.present.parties || d.present.designChanges || d.present.inspections || d.present.acceptance,
  nav: { href: '/disclosure/', label: 'nav.disclosure' },
  routes: [{ pattern: '/disclosure/', entrypoint: 'pages/index.astro' }],
  messages: { 'zh-CN': zhCN, en },
});
