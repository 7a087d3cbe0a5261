// The search index's records and their indexing, shared by the Pagefind integration
// (pagefind.ts) and its worker (pagefind-worker.ts).
import type { PagefindIndex } from 'pagefind';
import { pagefindLanguage, recordUrl, searchRecords, type SearchKind, type SearchRecord } from '../core/export/search.ts';
import { t } from '../core/i18n.ts';
import type { Dataset } from '../core/types.ts';

/** Worker → build: the pages of the records it holds, and of those it waits to hear about; then its result. */
export type WorkerMessage = { type: 'ready'; certain: string[][]; rest: string[][] } | { type: 'done'; warnings: string[]; count: number };

/** Build → worker: index these of the waiting records (by position) and write; or stop. */
export type MainMessage = { type: 'finish'; keep: number[] } | { type: 'stop' };

/** Records, built from the data: every page they name should exist once the pages are written. */
export async function recordsOf(dataset: Dataset): Promise<SearchRecord[]> {
  // The site's own rule for a name as a path segment, when src/site/paths.ts has one.
  const paths = (await import('../site/paths.ts')) as Record<string, unknown>;
  const segment = typeof paths.nameSegment === 'function' ? (paths.nameSegment as (name: string) => string) : undefined;
  return searchRecords(dataset, segment);
}

export async function createSearchIndex(pagefind: typeof import('pagefind')): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Adds `records` to the index, all sent at once (the service takes them in order); returns Pagefind's warnings. */
export async function addRecords(index: PagefindIndex, dataset: Dataset, records: readonly SearchRecord[]): Promise<string[]> {
  const locale = dataset.config.locale;
  const language = pagefindLanguage(locale);
  const kindLabel = (k: SearchKind) => t(locale, `search.kind.${k}`);
  const added = await Promise.all(
    records.map((r) =>
      index.addCustomRecord({
        url: recordUrl(r.segments),
        content: r.content,
        language,
        meta: { title: r.title, kind: kindLabel(r.kind) },
        filters: { kind: [kindLabel(r.kind)] },
      }),
    ),
  );
  return added.flatMap((a, i) => (a.errors.length ? [`${recordUrl(records[i]!.segments)}: ${a.errors.join('; ')}`] : []));
}
