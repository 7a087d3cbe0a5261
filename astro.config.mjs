// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import staticFiles from './src/integrations/static-files.ts';
import buildComplete from './src/integrations/build-complete.ts';
import openDataZip from './src/integrations/open-data-zip.ts';
import { browserCore } from './src/check/vite-plugin.ts';

// The build is fully static: every page, chart and download is written at build time.
// The base path comes from BASE_PATH or site.json's basePath; the data folder from DATA_DIR.
function siteJson() {
  try {
    return JSON.parse(readFileSync(path.join(process.env.DATA_DIR || 'data', 'site.json'), 'utf8'));
  } catch {
    return {}; // absent or invalid: the validator reports it, defaults apply
  }
}
const settings = siteJson();
const base = process.env.BASE_PATH || (typeof settings.basePath === 'string' && settings.basePath) || '/';

const search = pagefind();

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  // Four pages in flight: while one page's file is being written, the next renders (a 2-core
  // machine, 10,000 projects: about 15% faster than one at a time; see docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // After the pages: Pagefind writes the search index in its own process while the chart and
  // API files are written directly (thousands of them; then the pages' data is let go of,
  // src/integrations/memory.ts), /sitemap.xml is made from the pages written and the downloads
  // are zipped into /downloads/open-data.zip. Last of all,
  // the completion marker that `npm run deploy` requires (a build that stops earlier has none).
  integrations: [search.start, staticFiles(), sitemap(), openDataZip(), search.finish, buildComplete()],
  // The /check/ page bundles the core's loader for the browser (src/check/vite-plugin.ts).
  vite: { logLevel: 'warn', plugins: [browserCore()] },
});
