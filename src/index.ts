// Luoshi as an Astro integration: an office's astro.config.mjs is
//
//   import { defineConfig } from 'astro/config';
//   import luoshi from 'luoshi';
//   export default defineConfig({ integrations: [luoshi()] });
//
// and its repository holds only that, package.json, the data folder and a workflow. The
// integration reads and validates the data folder once (stopping before any page with the
// validator's report), sets the base path from site.json, injects every route (an optional
// section's only when its data is present), hands the data and settings to the pages through
// virtual modules, writes the files that are not pages (before the pages, moved in after them),
// and after the pages the search index, the sitemap, the open-data zip and the completion marker. Modelled on withastro/starlight's
// index.ts.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatReport } from './core/report.ts';
import { browserCore } from './check/vite-plugin.ts';
import { loadDataDir, readSnapshot, writeSnapshot, DataValidationError, type LoadedData } from './integration/data.ts';
import { parseOptions, type LuoshiUserOptions } from './integration/options.ts';
import { routesFor } from './integration/routes.ts';
import { virtualModules, type PageConfig } from './integration/virtual-modules.ts';
import { assetFiles } from './integrations/static-files.ts';
import staticFiles from './integrations/static-files.ts';
import pagefind from './integrations/pagefind.ts';
import sitemap, { type SitemapInput } from './integrations/sitemap.ts';
import { latestPeriod } from './core/metrics/index.ts';
import openDataZip from './integrations/open-data-zip.ts';
import buildComplete from './integrations/build-complete.ts';

export type { LuoshiUserOptions } from './integration/options.ts';

function snapshotFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'luoshi-data-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'data.bin');
}

export default function luoshi(userOptions?: LuoshiUserOptions): AstroIntegration {
  const options = parseOptions(userOptions);
  let data: LoadedData | undefined;
  let pageConfig: PageConfig | undefined;
  let snapshot: string | undefined;
  let hash: string | undefined;
  let sitemapInput: SitemapInput | undefined;
  // The data as the integration read it. It is let go of before the pages render (they hold
  // their own copy, from the snapshot); what needs it after them (only the search index, when
  // its worker failed) reads the snapshot again.
  const loaded = (): LoadedData => {
    if (data) return data;
    if (!snapshot || hash === undefined) throw new Error('luoshi: the data folder was not loaded (astro:config:setup did not run)');
    return (data = { ...readSnapshot(snapshot), hash });
  };
  const modules = virtualModules(
    () => pageConfig ?? { base: '/', dataDir: '' },
    () => snapshot ?? '',
  );

  return {
    name: 'luoshi',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        const dataDir = path.resolve(root, options.dataDir);
        data = await loadDataDir(dataDir, process.env, root);
        hash = data.hash;
        sitemapInput = { siteUrl: data.dataset.config.siteUrl, period: latestPeriod(data.dataset.ledgers) };
        // One scratch file per build (builds of several data folders may run at once), gone when the process ends.
        snapshot ??= snapshotFile();
        writeSnapshot(snapshot, data);
        const search = pagefind(() => loaded().dataset);
        updateConfig({
          output: 'static',
          base: data.dataset.config.basePath || '/',
          trailingSlash: 'always',
          // Four pages in flight: while one page's file is being written, the next renders
          // (docs/performance.md).
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
          devToolbar: { enabled: false },
          ...(options.parallelPages ? { experimental: { parallelPrerender: options.parallelPages === true ? true : { workers: options.parallelPages } } } : {}),
          // The /check/ page bundles the core's loader for the browser (src/check/vite-plugin.ts).
          vite: { logLevel: 'warn', plugins: [modules.plugin, browserCore(), devData(dataDir, logger)] },
          // When the build starts, the search worker is handed its records and the chart, API and
          // download files are written aside; after the pages they are moved in, Pagefind's index
          // (written meanwhile on the other core) too, /sitemap.xml is made from the pages
          // written, the downloads are zipped, and last of all the completion marker that
          // `npm run deploy` requires (a build that stops earlier has none).
          integrations: [search.start, staticFiles(loaded), sitemap(() => sitemapInput!), openDataZip(), search.finish, buildComplete(() => hash!)],
        });
        for (const route of routesFor(data.dataset, command)) injectRoute({ ...route, prerender: true });
        pageConfig = { base: '/', dataDir };
      },
      'astro:config:done': ({ config }) => {
        if (pageConfig) pageConfig = { ...pageConfig, base: config.base.replace(/\/?$/, '/') };
      },
      // After the search worker has taken its records and the files that are not pages are
      // written (astro:build:start), before the pages render: they hold the dataset from here on.
      'astro:build:setup': () => {
        data = undefined;
      },
    },
  };

  /** `astro dev`: the portal's own assets, and a reload when a data file changes (a folder with errors keeps the last good data and prints the report). */
  function devData(dataDir: string, logger: AstroIntegrationLogger): import('vite').Plugin {
    return {
      name: 'luoshi:dev-data',
      apply: 'serve',
      configureServer(server) {
        server.watcher.add(dataDir);
        const reload = async (file: string) => {
          if (!path.resolve(file).startsWith(dataDir + path.sep)) return;
          try {
            data = await loadDataDir(dataDir);
            hash = data.hash;
            writeSnapshot(snapshot!, data);
            modules.invalidate();
            logger.info(`data reloaded (${path.relative(dataDir, file)})`);
          } catch (error) {
            logger.error(error instanceof DataValidationError ? formatReport(error.diagnostics) : String(error));
          }
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (f) => void reload(f));
        const assets = new Map(assetFiles());
        server.middlewares.use((req, res, next) => {
          const base = pageConfig?.base ?? '/';
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const file = url.startsWith(base) ? assets.get(url.slice(base.length)) : undefined;
          if (!file) return next();
          res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/plain');
          createReadStream(file).pipe(res);
        });
      },
    };
  }
}
