// 督查通报: the supervision bulletins the office writes (bulletins/*.md).
import { defineSection } from '../types.ts';
import zhCN from './i18n/zh-CN.ts';
import en from './i18n/en.ts';

export default defineSection({
  id: 'bulletins',
  present: (d) => d.present.bulletins && d.bulletins.length > 0,
  nav: { href: '/bulletins/', label: 'bulletin.title', group: 'accountability' },
  routes: [
    { pattern: '/bulletins/', entrypoint: 'pages/index.astro' },
    { pattern: '/bulletins/[slug]/', entrypoint: 'pages/[slug].astro' },
  ],
  messages: { 'zh-CN': zhCN, en },
});
