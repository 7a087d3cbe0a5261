// What the browser tests check on every page they visit, in one place: console errors, page
// errors, failed requests and HTTP errors; horizontal overflow; axe-core's WCAG 2.2 AA rules.
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Collects what goes wrong on `page` from now on; `ignore` lets an expected HTTP error through (the 404 page's own status). */
export function watchProblems(page: Page, ignore: (response: Response) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !ignore(r)) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** How far the page is wider than the viewport, in px (0 or less: no horizontal scrolling). */
export function overflowPx(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** axe-core's violations of WCAG 2.0–2.2 A and AA, as 'rule: first targets'. The page's context must bypass CSP (axe is injected as a script). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}
