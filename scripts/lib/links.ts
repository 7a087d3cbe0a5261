// An offline link check over a built site: every internal href and src must resolve to a
// file in the build, and every #fragment to an id on the target page. External links
// (http:, https:, mailto: …) are not fetched: there is no network, and they are not ours.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** `base` is the site's path prefix ('/' or '/luoshi/'). */
export function checkLinks(distDir: string, base = '/'): LinkReport {
  const root = path.resolve(distDir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      idCache.set(file, ids);
    }
    return ids;
  };
  const resolveFile = (urlPath: string): string | undefined => {
    if (!urlPath.startsWith(base)) return undefined;
    const rel = decodeURIComponent(urlPath.slice(base.length));
    const candidates = rel === '' || rel.endsWith('/') ? [path.join(root, rel, 'index.html')] : [path.join(root, rel), path.join(root, rel, 'index.html')];
    return candidates.find((c) => c.startsWith(root) && statSync(c, { throwIfNoEntry: false })?.isFile());
  };

  const files = htmlFiles(root);
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const pageUrl = '/' + path.relative(root, file).split(path.sep).join('/');
    const page = base + pageUrl.slice(1);
    for (const match of readFileSync(file, 'utf8').matchAll(ATTR)) {
      const href = decodeEntities(match[1]!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external or other scheme
      links++;
      const url = new URL(href, 'http://site' + page);
      const target = url.pathname === new URL('http://site' + page).pathname && href.startsWith('#') ? file : resolveFile(url.pathname);
      if (!target) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page, href, reason: `no id "${fragment}"` });
    }
  }
  return { pages: files.length, links, broken };
}
