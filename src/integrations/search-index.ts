// The search index's records and their indexing, shared by the Pagefind integration
// (pagefind.ts) and its worker (pagefind-worker.ts).
import type { PagefindIndex } from 'pagefind';
import { pagefindLanguage, recordUrl, searchRecords, type SearchKind, type SearchRecord } from '../core/export/search.ts';
import { t } from '../core/i18n.ts';
import type { Dataset } from '../core/types.ts';

/** What the worker reports: every record's page (path segments) and Pagefind's warnings. */
export interface WorkerResult {
  segments: string[][];
  warnings: string[];
}

/** Records, built from the data: every page they name should exist once the pages are written. */
export async function recordsOf(dataset: Dataset): Promise<SearchRecord[]> {
  // The site's own rule for a name as a path segment, when src/site/paths.ts has one.
  const paths = (await import('../site/paths.ts')) as Record<string, unknown>;
  const segment = typeof paths.nameSegment === 'function' ? (paths.nameSegment as (name: string) => string) : undefined;
  return searchRecords(dataset, segment);
}

export interface Indexed {
  index: PagefindIndex;
  warnings: string[];
}

/** A Pagefind index holding `records`, all sent at once (the service takes them in order). */
export async function indexRecords(pagefind: typeof import('pagefind'), dataset: Dataset, records: readonly SearchRecord[]): Promise<Indexed> {
  const locale = dataset.config.locale;
  const language = pagefindLanguage(locale);
  const kindLabel = (k: SearchKind) => t(locale, `search.kind.${k}`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
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
  const warnings = added.flatMap((a, i) => (a.errors.length ? [`${recordUrl(records[i]!.segments)}: ${a.errors.join('; ')}`] : []));
  return { index, warnings };
}
