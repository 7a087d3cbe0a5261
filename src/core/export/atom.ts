// An Atom 1.0 feed (RFC 4287) of the monthly changes and the bulletins. Every date comes from
// the data (a ledger month's last day, a bulletin's date), ids are absolute URLs of the pages
// (stable as long as the site's address is), and entries are sorted, so the same data gives
// the same bytes.

import { xmlEscape } from './xml.ts';

export interface AtomEntry {
  /** Absolute URL (or tag: URI) that never changes for this entry. */
  id: string;
  title: string;
  /** RFC 3339 date-time, e.g. 2026-10-31T00:00:00+08:00. */
  updated: string;
  /** Absolute URL of the page. */
  link: string;
  /** Plain text. */
  summary?: string;
  /** Plain text, longer than the summary. */
  content?: string;
  /** Category term, e.g. 'changes' or 'bulletin', and its label. */
  category?: { term: string; label: string };
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site. */
  alternate: string;
  author: string;
  /** Language of the text, e.g. zh-CN. */
  lang: string;
  entries: AtomEntry[];
  /** Used when there are no entries; otherwise the newest entry's date. */
  updated: string;
}

/** A date (YYYY-MM-DD) as the date-time a feed wants, at the start of the day in China Standard Time. */
export function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/** Newest first; ties by id, so the order never depends on input order. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function atomFeed(feed: AtomFeed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0]?.updated ?? feed.updated;
  const e = xmlEscape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
  ];
  if (feed.subtitle) lines.push(`  <subtitle>${e(feed.subtitle)}</subtitle>`);
  lines.push(
    `  <updated>${e(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <author><name>${e(feed.author)}</name></author>`,
  );
  for (const entry of entries) {
    lines.push('  <entry>', `    <id>${e(entry.id)}</id>`, `    <title>${e(entry.title)}</title>`, `    <updated>${e(entry.updated)}</updated>`, `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`);
    if (entry.category) lines.push(`    <category term="${e(entry.category.term)}" label="${e(entry.category.label)}"/>`);
    if (entry.summary) lines.push(`    <summary type="text">${e(entry.summary)}</summary>`);
    if (entry.content) lines.push(`    <content type="text">${e(entry.content)}</content>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}
