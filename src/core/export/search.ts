// What the site search (Pagefind) indexes: one record per project, bulletin, program,
// responsible unit and township, with only the words that help find it — names, township,
// officials, units, the description, a bulletin's text — instead of whole pages full of
// tables and numbers. That keeps a 10,000-project index small and the excerpts readable.
// Records are built from the data, so they do not depend on any page's markup; the
// integration (src/integrations/pagefind.ts) keeps only those whose page was built.

import type { Dataset, Locale } from '../types.ts';
import { t, type MessageKey } from '../i18n.ts';
import { compareText } from '../report.ts';

export type SearchKind = 'project' | 'bulletin' | 'program' | 'unit' | 'township';

export interface SearchRecord {
  kind: SearchKind;
  /** Path segments below the site root, decoded: ['projects', 'SL-2025-001']; the page is /projects/SL-2025-001/. */
  segments: string[];
  title: string;
  /** Plain text to index (and to draw excerpts from). */
  content: string;
}

/** Root-relative URL of a record's page, each segment percent-encoded, ending in '/'. */
export function recordUrl(segments: readonly string[]): string {
  return '/' + segments.map(encodeURIComponent).join('/') + '/';
}

/** A Pagefind language code for the site's locale (zh-CN → zh-cn). */
export function pagefindLanguage(locale: Locale): string {
  return locale.toLowerCase();
}

/** Markdown as plain text, for indexing only: markup, tables rules, links and HTML tags go, the words stay. */
export function markdownToText(md: string): string {
  return md
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/^\s*([-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\|/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function labelled(locale: Locale, pairs: [MessageKey, string | undefined][]): string {
  const colon = t(locale, 'punct.colon');
  const stop = t(locale, 'punct.sentenceSep');
  return pairs
    .filter(([, v]) => v !== undefined && v.trim() !== '')
    .map(([k, v]) => `${t(locale, k)}${colon}${v!.trim()}`)
    .join(stop);
}

const stop = (locale: Locale) => t(locale, 'punct.sentenceSep');

/**
 * Every search record for a dataset, in a stable order (kind, then code-point order of the path).
 * `segment` turns a program, unit or township name into its page's path segment, as the
 * site's paths do (a name with '/' gets a page under another spelling); identity by default.
 */
export function searchRecords(dataset: Dataset, segment: (name: string) => string = (n) => n): SearchRecord[] {
  const locale = dataset.config.locale;
  const out: SearchRecord[] = [];

  for (const p of dataset.projects) {
    const facts = labelled(locale, [
      ['field.id', p.id],
      ['field.township', p.township],
      ['field.leadOfficial', p.leadOfficial],
      ['field.responsibleUnit', p.responsibleUnit],
      ['field.owner', p.owner],
      ['field.program', p.program],
      ['field.category', p.category],
      ['project.description', p.description],
    ]);
    out.push({ kind: 'project', segments: ['projects', p.id], title: p.name, content: [p.name, facts].filter(Boolean).join(stop(locale)) });
  }

  for (const b of dataset.bulletins) {
    out.push({ kind: 'bulletin', segments: ['bulletins', b.slug], title: b.title, content: [b.title, b.summary, markdownToText(b.body)].filter(Boolean).join('\n') });
  }

  const programs = new Map<string, string[]>();
  for (const p of dataset.projects) if (p.program?.trim()) programs.set(p.program.trim(), []);
  for (const pr of dataset.programs) {
    programs.set(pr.name, [labelled(locale, [['group.programLead', pr.leadOfficial], ['group.programLeadUnit', pr.leadUnit], ['group.description', pr.description]])]);
  }
  for (const [name, extra] of programs) out.push({ kind: 'program', segments: ['programs', segment(name)], title: name, content: [name, ...extra].filter(Boolean).join(stop(locale)) });

  const heads = new Map(dataset.units.map((u) => [u.name, u.head]));
  const units = new Set(dataset.projects.map((p) => p.responsibleUnit?.trim()).filter((u): u is string => !!u));
  for (const name of units) out.push({ kind: 'unit', segments: ['units', segment(name)], title: name, content: [name, labelled(locale, [['group.head', heads.get(name)]])].filter(Boolean).join(stop(locale)) });
  const townships = new Set(dataset.projects.map((p) => p.township?.trim()).filter((u): u is string => !!u));
  for (const name of townships) out.push({ kind: 'township', segments: ['townships', segment(name)], title: name, content: [name, labelled(locale, [['group.head', heads.get(name)]])].filter(Boolean).join(stop(locale)) });

  const order: SearchKind[] = ['project', 'bulletin', 'program', 'unit', 'township'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || compareText(a.segments.join('/'), b.segments.join('/')));
}
