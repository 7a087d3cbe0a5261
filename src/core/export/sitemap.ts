// sitemap.xml (sitemaps.org 0.9) and robots.txt, from the list of pages a build wrote.

import { xmlEscape } from './xml.ts';

/** The sitemap protocol allows 50,000 URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD: when the data behind the page last changed. */
  lastmod?: string;
}

/** A urlset, sorted by address, without duplicates. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const unique = new Map<string, SitemapUrl>();
  for (const u of urls) unique.set(u.loc, u);
  const sorted = [...unique.values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const u of sorted) lines.push(`  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : ''}</url>`);
  lines.push('</urlset>');
  return lines.join('\n') + '\n';
}

/** A sitemap index pointing at several sitemap files. */
export function sitemapIndexXml(sitemaps: readonly SitemapUrl[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const s of sitemaps) lines.push(`  <sitemap><loc>${xmlEscape(s.loc)}</loc>${s.lastmod ? `<lastmod>${xmlEscape(s.lastmod)}</lastmod>` : ''}</sitemap>`);
  lines.push('</sitemapindex>');
  return lines.join('\n') + '\n';
}

/**
 * Folders whose pages ask not to be indexed (<meta name="robots" content="noindex">): the chart
 * embeds, pages meant for iframes. The sitemap leaves them out by their place, without reading
 * thousands of pages; test/site/open-data.test.ts checks that these are exactly the pages that say so.
 */
export const NOINDEX_FOLDERS: readonly string[] = ['embed/'];

/** A page's path below the site root ('embed/project-1/index.html') is in a noindex folder. */
export function inNoindexFolder(relative: string): boolean {
  return NOINDEX_FOLDERS.some((folder) => relative.startsWith(folder));
}

/**
 * robots.txt: everything may be crawled except the noindex folders and Pagefind's index
 * files; the sitemap's absolute address.
 */
export function robotsTxt(sitemapUrl: string, basePath: string): string {
  const base = basePath.replace(/\/?$/, '/');
  return ['User-agent: *', ...NOINDEX_FOLDERS.map((f) => `Disallow: ${base}${f}`), `Disallow: ${base}pagefind/`, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
