// Astro integration: after the build, /sitemap.xml lists every page the build wrote (absolute
// URLs below config.siteUrl), except the 404 page and the noindex folders (chart embeds).
// Written from the output folder rather than from a list of routes, so it can never name a
// page that does not exist. lastmod is the data date (the last day of the latest ledger month).
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inNoindexFolder, sitemapXml, SITEMAP_LIMIT } from '../core/export/sitemap.ts';
import { monthEnd } from '../core/metrics/index.ts';

/** Every indexable HTML page below `outDir` as a root-relative path with '/' separators ('projects/SL-1/'). */
export async function builtPages(outDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel === '404.html' || rel.startsWith('pagefind/') || inNoindexFolder(rel)) continue;
    out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
  }
  return out.sort();
}

/** What the sitemap needs of the data: the public address and the latest ledger month. */
export interface SitemapInput {
  siteUrl: string;
  period: string | undefined;
}

export default function sitemapIntegration(input: () => SitemapInput): AstroIntegration {
  return {
    name: 'luoshi:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { siteUrl, period } = input();
        const root = siteUrl.replace(/\/?$/, '/');
        const lastmod = period ? monthEnd(period) : undefined;
        const pages = await builtPages(outDir);
        if (pages.length > SITEMAP_LIMIT) logger.warn(`${pages.length} pages: more than a sitemap may list (${SITEMAP_LIMIT}); the first ${SITEMAP_LIMIT} are listed.`);
        const urls = pages.slice(0, SITEMAP_LIMIT).map((p) => ({ loc: root + p.split('/').map(encodeURIComponent).join('/'), ...(lastmod ? { lastmod } : {}) }));
        await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
