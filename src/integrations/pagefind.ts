// Astro integration: after `astro build` has written the site, index it for search with
// Pagefind (pinned 1.6.0, the extended binary, which segments Chinese). One record per
// project, bulletin, program, unit and township, built from the data (src/core/export/
// search.ts) — only the words that help find a page, never whole pages of tables — and only
// for pages the build actually wrote. The bundle goes to {outDir}/pagefind/; the search page
// (/search/) loads it with public/assets/search.js.
//
// It runs as build hooks, so every `astro build` — `npm run build`, CI, the test build in
// test/helpers/build-site.ts — gets the index. Indexing Chinese is the expensive part
// (Pagefind's service takes about 0.7 ms and 60 KB per project record), so it starts with the
// build, in a worker thread (pagefind-worker.ts) that reads the data itself and drives its own
// Pagefind service on the second core while Astro bundles and renders, and writes the bundle
// to a scratch folder; its memory is gone before the pages' is at its largest. When the build
// is done the bundle moves into {outDir}/pagefind/ if every record's page was written;
// otherwise the index is made again here from the records whose pages exist.
import { existsSync, mkdtempSync } from 'node:fs';
import { cp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchRecord } from '../core/export/search.ts';
import { indexRecords, recordsOf, type WorkerResult } from './search-index.ts';
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

/** Moves a folder, copying when it is on another file system. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** The worker's index of every record, written to `staging`; rejects when the worker fails. */
function indexInWorker(staging: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), { workerData: { outputPath: staging } });
    worker.once('message', (result: WorkerResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search-index worker stopped (exit code ${code})`)));
  });
}

export default function pagefindIntegration(): AstroIntegration {
  let staging: string | undefined;
  let early: Promise<WorkerResult> | undefined;
  return {
    name: 'luoshi:pagefind',
    hooks: {
      'astro:build:start': () => {
        staging = mkdtempSync(path.join(tmpdir(), 'luoshi-pagefind-'));
        early = indexInWorker(path.join(staging, 'pagefind'));
        early.catch(() => {}); // handled when the build is done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const target = path.join(outDir, 'pagefind');
        const exists = (segments: readonly string[]) => existsSync(path.join(outDir, ...segments, 'index.html'));
        try {
          let result: WorkerResult | undefined;
          try {
            result = early ? await early : undefined;
          } catch (error) {
            logger.warn(`indexing in a worker failed (${String(error)}); indexing here instead`);
          }
          let count: number;
          if (result && staging && result.segments.every(exists)) {
            for (const w of result.warnings) logger.warn(w);
            await move(path.join(staging, 'pagefind'), target);
            count = result.segments.length;
          } else {
            // Only pages the build wrote: some record's page is missing (or the worker failed).
            const dataset = await buildDataset();
            const records: SearchRecord[] = (await recordsOf(dataset)).filter((r) => exists(r.segments));
            const pagefind = await import('pagefind');
            try {
              const indexed = await indexRecords(pagefind, dataset, records);
              for (const w of indexed.warnings) logger.warn(w);
              const written = await indexed.index.writeFiles({ outputPath: target });
              if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
            } finally {
              await pagefind.close();
            }
            count = records.length;
          }
          const size = await folderBytes(target);
          logger.info(`search index: ${count} records, ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB; ${((Date.now() - started) / 1000).toFixed(1)} s after the pages`);
        } finally {
          if (staging) await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}


