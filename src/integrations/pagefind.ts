// Astro integration: after `astro build` has written the site, index it for search with
// Pagefind (pinned 1.6.0, the extended binary, which segments Chinese). One record per
// project, bulletin, program, unit and township, built from the data (src/core/export/
// search.ts) — only the words that help find a page, never whole pages of tables — and only
// for pages the build actually wrote. The bundle goes to {outDir}/pagefind/; the search page
// (/search/) loads it with src/public/assets/search.js.
//
// It runs as build hooks, so every `astro build` — `npm run build`, CI, the test build in
// test/helpers/build-site.ts — gets the index. Indexing Chinese is the expensive part
// (Pagefind's service takes about 0.7 ms and 60 KB per project record), so it starts with the
// build, in a worker thread (pagefind-worker.mjs), handed the records made from the dataset
// the integration loaded, that drives its own Pagefind service on the second core while Astro
// bundles and renders. When the pages are written, the worker is told which program, unit and township pages exist,
// adds those, and writes the bundle to a scratch folder, which then moves into
// {outDir}/pagefind/. Should a project's or bulletin's page be missing (or the worker fail),
// the index is made here, after the pages, from the records whose pages exist.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefindApi from 'pagefind';
import type { SearchRecord } from '../core/export/search.ts';
import type { Dataset } from '../core/types.ts';
import { addRecords, createSearchIndex, pagefindRecords, recordsOf, type MainMessage, type WorkerMessage } from './search-index.ts';
import { collectAllGarbage } from './memory.ts';
import { move } from '../build/move.ts';

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

/** The worker, with its next message as a promise (rejected when it fails or stops first). */
class IndexWorker {
  readonly #worker: Worker;
  #pending: { resolve: (m: WorkerMessage) => void; reject: (e: unknown) => void }[] = [];
  #queue: WorkerMessage[] = [];
  #failure: unknown;
  constructor(workerData: { outputPath: string; certain: unknown[]; rest: unknown[] }) {
    this.#worker = new Worker(new URL('./pagefind-worker.mjs', import.meta.url), { workerData });
    this.#worker.on('message', (m: WorkerMessage) => {
      const next = this.#pending.shift();
      if (next) next.resolve(m);
      else this.#queue.push(m);
    });
    const fail = (error: unknown) => {
      this.#failure ??= error;
      for (const p of this.#pending.splice(0)) p.reject(error);
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`the search-index worker stopped (exit code ${code})`)));
  }
  next(): Promise<WorkerMessage> {
    const queued = this.#queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => this.#pending.push({ resolve, reject }));
  }
  send(message: MainMessage): void {
    this.#worker.postMessage(message);
  }
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

type Indexed = { count: number; warnings: string[] } | undefined;

/**
 * Two integrations, placed around others in astro.config.mjs: `start` has the worker's
 * Pagefind service write the index (in its own process, on the other core), and `finish`
 * waits for it — or indexes after the pages, when the worker could not — and moves the bundle
 * into place. The integrations between them (chart and API files, sitemap) run meanwhile.
 */
export default function pagefindIntegration(data: () => Dataset): { start: AstroIntegration; finish: AstroIntegration } {
  let staging: string | undefined;
  /** The records the worker was handed: those it is sure of, and those it waits to hear about. */
  let sent: { certain: SearchRecord[]; rest: SearchRecord[] } = { certain: [], rest: [] };
  let worker: IndexWorker | undefined;
  let started = 0;
  let writing: Promise<Indexed> = Promise.resolve(undefined);
  const exists = (outDir: string, segments: readonly string[]) => existsSync(path.join(outDir, ...segments, 'index.html'));
  const fallBack = (logger: AstroIntegrationLogger) => (error: unknown): Indexed => {
    logger.warn(`indexing in a worker failed (${String(error)}); indexing after the pages instead`);
    return undefined;
  };

  /** Tells the worker to write the index; resolves once it has started, with a promise of the result. */
  async function startWriting(outDir: string, logger: AstroIntegrationLogger): Promise<{ result: Promise<Indexed> }> {
    if (!worker || !staging) return { result: Promise.resolve(undefined) };
    try {
      const ready = await worker.next();
      if (ready.type !== 'ready' || !sent.certain.every((r) => exists(outDir, r.segments))) {
        worker.send({ type: 'stop' });
        return { result: Promise.resolve(undefined) };
      }
      worker.send({ type: 'finish', keep: sent.rest.flatMap((r, i) => (exists(outDir, r.segments) ? [i] : [])) });
      // Pagefind's service grows by several hundred MB while it writes: the garbage the pages
      // left goes back to the system while it starts, its write being the end of the build.
      collectAllGarbage();
      const result = worker.next().then((m): Indexed => (m.type === 'done' ? m : undefined), fallBack(logger));
      return { result };
    } catch (error) {
      return { result: Promise.resolve(fallBack(logger)(error)) };
    }
  }

  const start: AstroIntegration = {
    name: 'luoshi:pagefind',
    hooks: {
      'astro:build:start': () => {
        // LUOSHI_SEARCH_INDEX=after-pages: no worker, the index is made after the pages (the
        // path a failed worker takes; the tests build once this way and compare the bytes).
        if (process.env.LUOSHI_SEARCH_INDEX === 'after-pages') return;
        const scratch = mkdtempSync(path.join(tmpdir(), 'luoshi-pagefind-'));
        staging = scratch;
        // Gone however the build ends (a failed build never reaches astro:build:done).
        process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
        const dataset = data();
        const records = recordsOf(dataset);
        sent = {
          certain: records.filter((r) => r.kind === 'project' || r.kind === 'bulletin'),
          rest: records.filter((r) => r.kind !== 'project' && r.kind !== 'bulletin'),
        };
        worker = new IndexWorker({
          outputPath: path.join(scratch, 'pagefind'),
          certain: pagefindRecords(dataset, sent.certain),
          rest: pagefindRecords(dataset, sent.rest),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        started = Date.now();
        writing = (await startWriting(fileURLToPath(dir), logger)).result;
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'luoshi:pagefind-done',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = path.join(outDir, 'pagefind');
        try {
          let done = await writing;
          let how = 'indexed while the pages were built';
          if (done && staging) {
            move(path.join(staging, 'pagefind'), target);
          } else {
            // Only pages the build wrote: a project's or bulletin's page is missing, or the worker failed.
            how = 'indexed after the pages';
            const dataset = data();
            const records: SearchRecord[] = recordsOf(dataset).filter((r) => exists(outDir, r.segments));
            const pagefind = pagefindApi;
            try {
              const index = await createSearchIndex(pagefind);
              const warnings = await addRecords(index, pagefindRecords(dataset, records));
              done = { count: records.length, warnings };
              const written = await index.writeFiles({ outputPath: target });
              if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
            } finally {
              await pagefind.close();
            }
          }
          for (const w of done.warnings) logger.warn(w);
          const size = await folderBytes(target);
          logger.info(`search index: ${done.count} records, ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, ${how}; ${((Date.now() - started) / 1000).toFixed(1)} s after the pages`);
        } finally {
          await worker?.stop();
          if (staging) await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };

  return { start, finish };
}
