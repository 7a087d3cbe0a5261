// npm run screenshots: PNGs of the main page types at phone (360 px) and desktop (1280 px)
// widths, from dist/ (built first when missing), into screenshots/.
// Usage: npm run screenshots [-- --dist DIR --out DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { serveDir } from './lib/serve.ts';
import { htmlPages } from '../test/helpers/dist.ts';
import type { Page } from 'playwright-core';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' } } });
const dist = path.resolve(values.dist!);
const out = path.resolve(values.out!);

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log(`no build in ${dist}; building…`);
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', dist], { stdio: 'inherit' });
}

const pages = htmlPages(dist);
const first = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix);
// /check/ after picking files: a month's ledger with errors, and the sample data folder (the preview).
const pickWithErrors = (page: Page) =>
  page.setInputFiles('#check-files', [
    { name: 'projects.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/base/projects.csv') },
    { name: '2025-08.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/malformed/approximate-money.csv') },
  ]);
const pickSample = (page: Page) => page.setInputFiles('#check-folder', path.resolve(process.env.DATA_DIR || 'data'));
const wanted: [string, string | undefined, ((page: Page) => Promise<void>)?][] = [
  ['home', '/'],
  ['projects', '/projects/'],
  ['project', first('/projects/')],
  ['rankings', '/rankings/'],
  ['unit', first('/units/')],
  ['indicators', '/indicators/'],
  ['indicator', first('/indicators/')],
  ['tasks', '/tasks/'],
  ['tenders', '/tenders/'],
  ['disclosure', '/disclosure/'],
  ['bulletin', first('/bulletins/')],
  ['check', '/check/'],
  ['check-errors', '/check/', pickWithErrors],
  ['check-preview', '/check/', pickSample],
];

mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchChromium();
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, deviceScaleFactor: 1 });
    for (const [name, urlPath, prepare] of wanted) {
      if (!urlPath || !pages.includes(urlPath)) continue;
      const page = await context.newPage();
      await page.goto(server.origin + urlPath, { waitUntil: 'load' });
      if (prepare) {
        await prepare(page);
        await page.waitForSelector('#check-report:not([hidden])');
      }
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
