// Every page type of the built sample site in a real Chromium: no console errors, no failed
// requests, no horizontal overflow at 360 px, no axe-core violations, and the content is
// there with JavaScript disabled.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPath, launchChromium, noChromiumReason } from '../../scripts/lib/chromium.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/serve.ts';
import { samplePages } from '../helpers/dist.ts';
import { axeViolations, overflowPx, watchProblems } from '../helpers/page-checks.ts';

const distDir = inject('distDir');
const hasChromium = chromiumPath() !== undefined;
if (!hasChromium) console.warn(noChromiumReason);

// Two of each page type: enough to catch a template's faults without visiting thousands.
const pages = samplePages(distDir, 2);

describe.skipIf(!hasChromium)('pages in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let phone: BrowserContext;
  let axeContext: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    server = await serveDir(distDir);
    browser = await launchChromium();
    // The pages' Content-Security-Policy is enforced here, so a violation is a console error.
    phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    // axe-core has to be injected as a script, which the policy rightly forbids.
    axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, bypassCSP: true });
    noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('visits at least one page of each kind', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/projects/');
    expect(pages.some((p) => p.startsWith('/projects/') && p !== '/projects/')).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s: no console error or failed request, no overflow at 360 px, no axe violation', async (urlPath) => {
    const page = await phone.newPage();
    const problems = watchProblems(page, (r) => urlPath === '/404.html' && r.url().endsWith('/404.html'));
    await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    expect(await overflowPx(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();

    const axePage = await axeContext.newPage();
    await axePage.goto(server.origin + urlPath, { waitUntil: 'load' });
    expect(await axeViolations(axePage)).toEqual([]);
    await axePage.close();
  });

  it.each(pages)('%s: content is there with JavaScript disabled', async (urlPath) => {
    const page = await noScript.newPage();
    await page.goto(server.origin + urlPath, { waitUntil: 'load' });
    const h1 = (await page.locator('h1').allTextContents()).map((s) => s.trim());
    expect(h1).toHaveLength(1);
    expect(h1[0]!.length).toBeGreaterThan(1);
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(20);
    await page.close();
  });
});
