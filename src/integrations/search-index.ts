// The search index's records and their indexing, shared by the Pagefind integration
// (pagefind.ts) and its worker (pagefind-worker.mjs, which is handed the records ready to add).
import type { PagefindIndex } from 'pagefind';
import { pagefindLanguage, recordUrl, searchRecords, type SearchKind, type SearchRecord } from '../core/export/search.ts';
import { t } from '../core/i18n.ts';
import type { Dataset } from '../core/types.ts';
import { nameSegment } from '../site/paths.ts';

/** Worker → build: it holds the records it was sure of; then its result. */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; warnings: string[]; count: number };

/** Build → worker: index these of the waiting records (by position) and write; or stop. */
export type MainMessage = { type: 'finish'; keep: number[] } | { type: 'stop' };

/** Records, built from the data: every page they name should exist once the pages are written. */
export function recordsOf(dataset: Dataset): SearchRecord[] {
  return searchRecords(dataset, nameSegment);
}

/** A record as Pagefind's addCustomRecord takes it. */
export type PagefindRecord = Parameters<PagefindIndex['addCustomRecord']>[0];

/** The records as Pagefind takes them, in the site's language. */
export function pagefindRecords(dataset: Dataset, records: readonly SearchRecord[]): PagefindRecord[] {
  const locale = dataset.config.locale;
  const language = pagefindLanguage(locale);
  const kindLabel = (k: SearchKind) => t(locale, `search.kind.${k}`);
  return records.map((r) => ({
    url: recordUrl(r.segments),
    content: r.content,
    language,
    meta: { title: r.title, kind: kindLabel(r.kind) },
    filters: { kind: [kindLabel(r.kind)] },
  }));
}

export async function createSearchIndex(pagefind: typeof import('pagefind')): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Adds `records` to the index, all sent at once (the service takes them in order); returns Pagefind's warnings. */
export async function addRecords(index: PagefindIndex, records: readonly PagefindRecord[]): Promise<string[]> {
  const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
  return added.flatMap((a, i) => (a.errors.length ? [`${records[i]!.url}: ${a.errors.join('; ')}`] : []));
}
