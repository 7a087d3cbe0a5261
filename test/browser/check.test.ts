// /check/ (数据自查) in Chromium: the validator bundled into the page gives, for every golden
// malformed case, the diagnostics `npm run validate -- --json` prints for the same folder; the
// sample data gives the headline and the change summary of the built home page; no request
// leaves the page after it has loaded; the file inputs work by keyboard.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launchChromium, noChromiumReason } from '../../scripts/lib/chromium.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/serve.ts';
import { CASES, malformedCase } from '../loader/helpers.ts';
import { builtPage, text } from '../helpers/built-page.ts';
import { dataDirFromEnv } from '../../src/io/data-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const distDir = inject('distDir');
const hasChromium = chromiumPath() !== undefined;
if (!hasChromium) console.warn(noChromiumReason);

function cliJson(dir: string): unknown {
  const { SITE_URL: _s, BASE_PATH: _b, ...env } = process.env;
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/validate.ts', '--json'], { cwd: ROOT, env: { ...env, DATA_DIR: dir }, encoding: 'utf8' });
  return JSON.parse(r.stdout);
}

describe.skipIf(!hasChromium)('/check/ in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const requests: string[] = [];
  const temp = mkdtempSync(path.join(tmpdir(), 'luoshi-check-'));

  beforeAll(async () => {
    server = await serveDir(distDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    // Loaded, the browser's own favicon fetch included; from then on, every request is recorded.
    await page.goto(server.origin + '/check/', { waitUntil: 'networkidle' });
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** Picks a folder with the folder input and waits for the report. */
  async function checkFolder(dir: string): Promise<unknown> {
    await page.locator('#check-json').evaluate((e) => (e.textContent = ''));
    await page.setInputFiles('#check-folder', dir);
    await page.waitForFunction(() => document.getElementById('check-json')!.textContent !== '');
    return JSON.parse((await page.locator('#check-json').textContent())!);
  }

  it('every golden malformed case: the same diagnostics as npm run validate -- --json', async () => {
    for (const name of Object.keys(CASES).sort()) {
      const dir = path.join(temp, name.replace(/\W/g, '-'));
      for (const [file, bytes] of malformedCase(name)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), bytes);
      }
      const expected = cliJson(dir);
      expect((expected as unknown[]).length, name).toBeGreaterThan(0);
      expect(await checkFolder(dir), name).toEqual(expected);
      expect(await page.locator('#check-preview').textContent()).toBeTruthy();
    }
  }, 180_000);

  it('the sample data: no diagnostics, and the headline and the changes of the built home page', async () => {
    expect(await checkFolder(path.resolve(ROOT, dataDirFromEnv()))).toEqual(cliJson(path.resolve(ROOT, dataDirFromEnv())));
    const home = builtPage(distDir, '/');
    const headline = await page.locator('.check-headline').textContent();
    expect(headline).toBe(text(home.querySelector('p.lead')));
    const changes = text(home.querySelector('.change-list p'));
    expect(changes.length).toBeGreaterThan(10);
    expect(await page.locator('#check-preview-body').textContent()).toContain(changes);
    // The most lagging projects, by name, in the home page's order.
    const homeNames = [...home.querySelectorAll('#h-lagging ~ * tbody th')].map((th) => text(th));
    const pageNames = (await page.locator('#check-preview-body tbody th').allTextContents()).map((s) => s.trim());
    expect(pageNames.length).toBeGreaterThan(0);
    expect(homeNames.join('|')).toContain(pageNames.join('|'));
  });

  it('a single ledger file picked alone is checked as that month\'s ledger', async () => {
    const file = path.join(temp, 'single', '2026-10.csv');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '项目编号,年度计划投资\nP1,约3000\n');
    await page.locator('#check-json').evaluate((e) => (e.textContent = ''));
    await page.setInputFiles('#check-files', file);
    await page.waitForFunction(() => document.getElementById('check-json')!.textContent !== '');
    const files = new Set((JSON.parse((await page.locator('#check-json').textContent())!) as { file: string }[]).map((d) => d.file));
    expect(files).toContain('ledger/2026-10.csv');
    expect(await page.locator('#check-text').textContent()).toContain('ledger/2026-10.csv');
  });

  it('sent no request after the page had loaded', () => {
    expect(requests, requests.join(' ')).toEqual([]);
  });

  it('the file inputs are reachable by keyboard and labelled', async () => {
    const labels = await page.evaluate(() => [...document.querySelectorAll('input[type=file]')].map((i) => (i as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l.length).toBeGreaterThan(2);
    await page.locator('h1').click();
    const focused: string[] = [];
    for (let i = 0; i < 40 && focused.length < 2; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id.startsWith('check-') && !focused.includes(id)) focused.push(id);
    }
    expect(focused).toEqual(['check-files', 'check-folder']);
  });
});
