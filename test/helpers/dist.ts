// Reading a built site: which pages it has, grouped by page type, for tests that visit
// "every page type" without hard-coding ids from the sample data. Plain Node (scripts use it
// too); test/helpers/built-page.ts reads one page inside a test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page of a built site as a URL path ('/projects/SL-001/'), sorted. */
export function htmlPages(distDir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    out.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
  }
  return out.sort();
}

/** The page type of a URL path: its first segment, plus ':item' for pages below an index. */
export function pageType(urlPath: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]!.replace(/\.html$/, '');
  return `${parts[0]}:item`;
}

/** Up to `perType` pages of each type (the first ones in sorted order: deterministic). */
export function samplePages(distDir: string, perType = 1): string[] {
  const byType = new Map<string, string[]>();
  for (const p of htmlPages(distDir)) {
    const list = byType.get(pageType(p)) ?? [];
    if (list.length < perType) list.push(p);
    byType.set(pageType(p), list);
  }
  return [...byType.values()].flat();
}

export function readPage(distDir: string, urlPath: string): string {
  const rel = decodeURIComponent(urlPath).replace(/^\//, '');
  const file = rel === '' || rel.endsWith('/') ? path.join(distDir, rel, 'index.html') : path.join(distDir, rel);
  return readFileSync(file, 'utf8');
}

/** An HTML page asks not to be indexed (<meta name="robots" content="noindex">). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i.test(html);
}
