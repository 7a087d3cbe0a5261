// Every visible word of the interface comes from the message files. The sample site is built
// once more in the test-only pseudo-locale (LUOSHI_LOCALE=x-pseudo: zh-CN's messages and
// format templates, each wrapped in ⟦…⟧, src/i18n/catalog.ts); then every page's visible text
// (text nodes, <title>, aria-label, alt, placeholder and title attributes, chart labels) is
// read, and whatever is left outside the markers must be data: the names, units, officials and
// free text of the data folder, figures, the validator's bilingual diagnostics, the data
// contract's own documentation (schema titles and descriptions, docs/methodology.md), the
// disclosure catalogue of 国办发〔2017〕94号 with its legal basis (src/sections/lifecycle/catalogue.ts), file
// names and addresses (test/helpers/pseudo-scan.ts). A string written into a page, a component
// or a helper instead of a message file is found and named with its page. Adding a locale is
// then one message file per section: nothing else says how a language writes.
//
// Set LUOSHI_PSEUDO_DIST to scan an existing pseudo-locale build instead of building one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { DIAGNOSTIC_CODES } from '../../src/core/report.ts';
import { APPROVAL_ITEMS, DISCLOSURE_CATEGORIES, DISCLOSURE_SOURCE } from '../../src/sections/lifecycle/catalogue.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { getOpenData } from '../../src/site/open-data.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { DataText, unmarkedText, type Unmarked } from '../helpers/pseudo-scan.ts';

let dist = process.env.LUOSHI_PSEUDO_DIST ?? '';
const built = !dist;
let data: DataText;

beforeAll(async () => {
  if (built) {
    dist = mkdtempSync(path.join(tmpdir(), 'luoshi-pseudo-'));
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', dist], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, LUOSHI_LOCALE: 'x-pseudo' },
    });
  }
  const loaded = await loadDataFolder();
  const site = buildSiteModel(loaded.dataset, loaded.diagnostics, '/', loaded.resources);
  const tables = getOpenData(site).downloads.map(({ table }) => ({ title: table.title, description: table.description, columns: table.columns }));
  const methodology = readFileSync(path.resolve('docs/methodology.md'), 'utf8').split('\n').map((line) => line.replace(/^#+\s*/, ''));
  data = new DataText(loaded.dataset, loaded.diagnostics, loaded.resources, [DIAGNOSTIC_CODES, tables, methodology, DISCLOSURE_CATEGORIES, DISCLOSURE_SOURCE, APPROVAL_ITEMS]);
}, 600_000);

afterAll(() => {
  if (built && dist) rmSync(dist, { recursive: true, force: true });
});

const describeFound = (found: readonly (Unmarked & { page: string })[]) =>
  found.slice(0, 30).map((u) => `${u.page} <${u.where}> “${u.left}” in “${u.text}”`).join('\n');

describe('the pseudo-locale build', () => {
  it('is in the pseudo-locale: the frame, headings and figures are marked', () => {
    const home = readPage(dist, '/');
    expect(home).toContain('<html lang="x-pseudo"');
    expect(home).toMatch(/⟦首页⟧/);
    expect(home).toMatch(/⟦\d[\d,.]*(亿元|万元)⟧/);
  });

  it('has no unmarked interface text on any page', () => {
    const found: (Unmarked & { page: string })[] = [];
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) for (const u of unmarkedText(readPage(dist, page), data)) found.push({ ...u, page });
    expect(describeFound(found), `${found.length} unmarked texts`).toBe('');
  });

  it('finds a string written into a page instead of a message file', () => {
    const home = readPage(dist, '/');
    const planted = home
      .replace('</main>', '<p>以上数据仅供参考</p><p>See <a href="/x/">all of it</a></p></main>')
      .replace('<nav ', '<nav aria-label="Primary" ');
    const found = unmarkedText(planted, data).map((u) => u.left);
    expect(found).toEqual(expect.arrayContaining(['以上数据仅供参考', 'See', 'all of it', 'Primary']));
    expect(unmarkedText(home, data)).toEqual([]);
  });
});
