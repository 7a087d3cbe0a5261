// Astro integration: after `astro build` has written the site, index it for search with
// Pagefind (pinned 1.6.0, the extended binary, which segments Chinese). One record per
// project, bulletin, program, unit and township, built from the data (src/core/export/
// search.ts) — only the words that help find a page, never whole pages of tables — and only
// for pages the build actually wrote. The bundle goes to {outDir}/pagefind/; the search page
// (/search/) loads it with public/assets/search.js.
//
// It runs as a build hook (astro:build:done), so every `astro build` — `npm run build`, CI,
// the test build in test/helpers/build-site.ts — gets the index.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagefindLanguage, recordUrl, searchRecords, type SearchKind } from '../core/export/search.ts';
import { t } from '../core/i18n.ts';
import { buildDataset } from './build-data.ts';

async function folderBytes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'luoshi:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const dataset = await buildDataset();
        const locale = dataset.config.locale;
        const language = pagefindLanguage(locale);
        // The site's own rule for a name as a path segment, when src/site/paths.ts has one.
        const paths = (await import('../site/paths.ts')) as Record<string, unknown>;
        const segment = typeof paths.nameSegment === 'function' ? (paths.nameSegment as (name: string) => string) : undefined;
        const records = searchRecords(dataset, segment).filter((r) => existsSync(path.join(outDir, ...r.segments, 'index.html')));
        const kindLabel = (k: SearchKind) => t(locale, `search.kind.${k}`);

        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          for (const r of records) {
            const added = await index.addCustomRecord({
              url: recordUrl(r.segments),
              content: r.content,
              language,
              meta: { title: r.title, kind: kindLabel(r.kind) },
              filters: { kind: [kindLabel(r.kind)] },
            });
            if (added.errors.length) logger.warn(`${recordUrl(r.segments)}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const size = await folderBytes(path.join(outDir, 'pagefind'));
        logger.info(`search index: ${records.length} records, ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
