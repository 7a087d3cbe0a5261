// The 督查督办 pages in a real Chromium: every page type of the section (both kinds of briefing,
// which pages.test.ts's sampling sees as one type) at 360 px with axe, at 1280 px, without
// JavaScript; and printed on A4: briefings and bulletins without the site's frame, nothing cut
// off at the page's width, a briefing on one or two sheets.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPath, launchChromium, noChromiumReason } from '../../scripts/lib/chromium.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/serve.ts';
import { htmlPages } from '../helpers/dist.ts';
import { axeViolations, overflowPx, watchProblems } from '../helpers/page-checks.ts';

const distDir = inject('distDir');
const hasChromium = chromiumPath() !== undefined;
if (!hasChromium) console.warn(noChromiumReason);

const all = htmlPages(distDir);
const first = (prefix: string) => all.find((p) => p.startsWith(prefix) && p !== prefix);
const pages = [
  '/tasks/',
  '/campaigns/',
  first('/campaigns/'),
  '/land/',
  '/attraction/',
  '/bulletins/',
  first('/bulletins/'),
  '/briefings/',
  first('/briefings/unit/'),
  first('/briefings/township/'),
].filter((p): p is string => p !== undefined && all.includes(p));
const briefings = all.filter((p) => /^\/briefings\/(unit|township)\/[^/]+\/$/.test(p));
const url = (server: StaticServer, p: string) => server.origin + encodeURI(decodeURI(p));

// A4 less site.css's print margins (12 mm each side, 15 mm top and bottom): 186 × 267 mm.
const A4_CONTENT = { width: 703, height: 1009 };

describe.skipIf(!hasChromium)('督查督办 pages in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let phone: BrowserContext;
  let desktop: BrowserContext;
  let noScript: BrowserContext;
  let paper: BrowserContext;

  beforeAll(async () => {
    server = await serveDir(distDir);
    browser = await launchChromium();
    phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, bypassCSP: true });
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    paper = await browser.newContext({ viewport: A4_CONTENT });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('visits every page type of the section, both kinds of briefing included', () => {
    expect(pages).toHaveLength(10);
    expect(briefings.length).toBeGreaterThan(2);
  });

  it.each(pages)('%s: at 360 px no console error, failed request, overflow or axe violation', async (urlPath) => {
    const page = await phone.newPage();
    const problems = watchProblems(page);
    await page.goto(url(server, urlPath), { waitUntil: 'load' });
    expect(await overflowPx(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(pages)('%s: at 1280 px no overflow; the sub-navigation marks the section', async (urlPath) => {
    const page = await desktop.newPage();
    await page.goto(url(server, urlPath), { waitUntil: 'load' });
    expect(await overflowPx(page)).toBeLessThanOrEqual(0);
    const current = await page.locator('.acc-subnav a[aria-current="page"]').allTextContents();
    expect(current).toHaveLength(1);
    await page.close();
  });

  it.each(pages)('%s: one h1, and the content is there with JavaScript disabled', async (urlPath) => {
    const page = await noScript.newPage();
    await page.goto(url(server, urlPath), { waitUntil: 'load' });
    const h1 = await page.locator('h1').allTextContents();
    expect(h1).toHaveLength(1);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(50);
    expect(await page.locator('main table, main .acc-list').count()).toBeGreaterThan(0);
    await page.close();
  });

  const printed = pages.filter((p) => p.startsWith('/briefings/unit/') || p.startsWith('/briefings/township/') || /^\/bulletins\/.+\//.test(p));
  it.each(printed)('%s: printed, without the site frame and nothing wider than the A4 sheet', async (urlPath) => {
    const page = await paper.newPage();
    await page.goto(url(server, urlPath), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.acc-subnav', '.breadcrumbs'].map((s) => {
        const el = document.querySelector(s);
        return el === null || getComputedStyle(el).display === 'none';
      }),
    );
    expect(hidden).toEqual([true, true, true]);
    const widest = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(A4_CONTENT.width + 1);
    await page.close();
  });

  it('every briefing prints on one or two A4 sheets, most on one', async () => {
    const page = await paper.newPage();
    const sheets: Record<string, number> = {};
    for (const urlPath of briefings) {
      await page.goto(url(server, urlPath), { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      sheets[decodeURI(urlPath)] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    await page.close();
    const counts = Object.values(sheets);
    expect(Object.entries(sheets).filter(([, n]) => n > 2)).toEqual([]);
    expect(counts.filter((n) => n === 1).length / counts.length).toBeGreaterThanOrEqual(0.8);
    // One PDF per briefing (dozens): on a 2-core machine shared with other builds, a minute is not enough.
  }, 300_000);
});
