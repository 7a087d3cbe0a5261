// npm run check-links [-- DIR]: the offline link check over a build (dist/ by default).
import { checkLinks } from './lib/links.ts';

const dir = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const report = checkLinks(dir, base);
for (const b of report.broken.slice(0, 200)) console.log(`${b.page}: ${b.href} (${b.reason})`);
console.log(`${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`);
process.exit(report.broken.length > 0 ? 1 : 0);
