// Site search in a real Chromium, over the Pagefind index the build wrote: any two consecutive
// Chinese characters of a project's name find that project; officials, townships and
// bulletin text are found too; the form works from the address (?q=) and as the reader
// types; without JavaScript the page says that search needs it. Skipped, saying so, when
// there is no Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchChromium, noChromiumReason } from '../../scripts/lib/chromium.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/serve.ts';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { recordUrl } from '../../src/core/export/search.ts';
import type { Dataset } from '../../src/core/types.ts';

const distDir = inject('distDir');
const hasChromium = chromiumPath() !== undefined;
if (!hasChromium) console.warn(noChromiumReason);

/** Every pair of consecutive Chinese characters in a name. */
function bigrams(name: string): string[] {
  const chars = [...name];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (/^\p{Script=Han}{2}$/u.test(pair)) out.push(pair);
  }
  return out;
}

describe.skipIf(!hasChromium)('search in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let dataset: Dataset;
  let base: string;

  beforeAll(async () => {
    dataset = (await loadDataFolder()).dataset;
    // The built pages name the base path in their links; serve the folder below it.
    const html = readFileSync(path.join(distDir, 'search', 'index.html'), 'utf8');
    base = /data-pagefind="([^"]*)pagefind\/"/.exec(html)?.[1] ?? '/';
    server = await serveDir(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (urlPath: string, javaScriptEnabled = true): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    return page;
  };

  it('finds a project by two characters of its name typed into the form', async () => {
    const p = dataset.projects.find((x) => bigrams(x.name).length > 3)!;
    const pair = bigrams(p.name)[2]!;
    const page = await open('/search/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.fill('input[name="q"]', pair);
    await page.press('input[name="q"]', 'Enter');
    await page.waitForSelector('.search-results li a');
    const all = await collect(page);
    const status = await page.locator('.search-status').textContent();
    expect(all, `${pair} → ${p.name}`).toContain(`${base}projects/${encodeURIComponent(p.id)}/`.replace(/\/+/g, '/'));
    expect(status).toMatch(/\d/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(pair);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds every project by every two-character substring of its name', async () => {
    const page = await open('/search/');
    // A string, so that the test runner does not rewrite import() for Node.
    await page.evaluate(`import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then(async (pf) => { await pf.init(); window.__pagefind = pf; })`);
    const misses = await page.evaluate(
      async ({ cases }) => {
        // @ts-expect-error set just above
        const pf = window.__pagefind;
        const out: string[] = [];
        for (const { query, url } of cases) {
          const found = await pf.search(query);
          const urls = await Promise.all(found.results.map((r: { data: () => Promise<{ url: string }> }) => r.data().then((d) => d.url)));
          if (!urls.includes(url)) out.push(`${query} → ${url}`);
        }
        return out;
      },
      {
        cases: dataset.projects.flatMap((p) => bigrams(p.name).map((query) => ({ query, url: `${base}${recordUrl(['projects', p.id]).slice(1)}` }))),
      },
    );
    expect(misses).toEqual([]);
    await page.context().close();
  });

  it('finds officials, townships and bulletin text from the address', async () => {
    const p = dataset.projects.find((x) => x.leadOfficial && x.township)!;
    for (const [query, expected] of [
      [p.leadOfficial!, `${base}projects/${encodeURIComponent(p.id)}/`],
      [p.township!, `${base}townships/${encodeURIComponent(p.township!)}/`],
    ] as const) {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      const all = await collect(page);
      expect(all, query).toContain(expected.replace(/\/+/g, '/'));
      await page.context().close();
    }
    const b = dataset.bulletins[0];
    if (b) {
      // A phrase from the body, not the title.
      const phrase = [...b.body.replace(/[^\p{Script=Han}]+/gu, ' ').split(' ').filter((w) => w.length >= 6)].at(-1)!.slice(0, 6);
      const page = await open(`/search/?q=${encodeURIComponent(phrase)}`);
      const all = await collect(page);
      expect(all, phrase).toContain(`${base}bulletins/${encodeURIComponent(b.slug)}/`.replace(/\/+/g, '/'));
      await page.context().close();
    }
  });

  it('a result leads to its page', async () => {
    const p = dataset.projects[0]!;
    const page = await open(`/search/?q=${encodeURIComponent(p.name)}`);
    await page.waitForSelector('.search-results li a');
    await page.locator('.search-results li a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe(p.name);
    await page.context().close();
  });

  it('says that search needs JavaScript when it is off, and links the project list', async () => {
    const page = await open('/search/?q=%E9%A1%B9%E7%9B%AE', false);
    expect(await page.locator('main .notice').isVisible()).toBe(true);
    expect(await page.locator('main .notice').innerText()).toMatch(/JavaScript/);
    expect(await page.locator('main .notice a').getAttribute('href')).toMatch(/\/projects\/$/);
    expect(await page.locator('#search').isVisible()).toBe(false);
    await page.context().close();
  });
});

/** Every result URL for the query on an open search page (all pages of results). */
async function collect(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('.search-status')?.textContent ?? '';
    return /\d/.test(s) || s.includes('没有') || s.includes('Nothing');
  }, undefined, { timeout: 15_000 });
  for (let i = 0; i < 50 && (await page.locator('.search-more').isVisible()); i++) {
    const before = await page.locator('.search-results li').count();
    await page.locator('.search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, before);
  }
  return page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
