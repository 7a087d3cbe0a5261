// The open data of the built site (DATA_DIR): downloads parse back to the model's values, no
// exported text cell starts a formula, datapackage.json and /api/index.json describe files
// that exist (sizes and hashes included), the OC4IDS package validates, the feed is
// well-formed Atom, the sitemap lists real pages, and the pages link it all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { DOMParser, parseHTML } from 'linkedom';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { resources } from '../../src/core/schema.ts';
import type { Dataset, Diagnostic } from '../../src/core/types.ts';
import { indexLedgers, latestPeriod, monthEnd, projectMonths } from '../../src/core/metrics/index.ts';
import { allMonthChanges } from '../../src/core/export/changes.ts';
import { isFormulaLike } from '../../src/core/export/csv.ts';
import { inNoindexFolder } from '../../src/core/export/sitemap.ts';
import { publishedFields } from '../../src/core/export/tables.ts';
import { isNoindex, readPage } from '../helpers/dist.ts';
import { hasOc4idsSchema, noOc4idsReason, oc4idsValidator } from '../helpers/oc4ids.ts';

const distDir = inject('distDir');
let dataset: Dataset;
let warnings: Diagnostic[];
beforeAll(async () => {
  const loaded = await loadDataFolder();
  dataset = loaded.dataset;
  warnings = loaded.diagnostics.filter((d) => d.severity === 'warning');
});

const file = (rel: string) => path.join(distDir, rel);
const read = (rel: string) => readFileSync(file(rel), 'utf8');
const json = (rel: string) => JSON.parse(read(rel));
const csv = (rel: string) => {
  const text = read(rel);
  expect(text.charCodeAt(0), `${rel} starts with a BOM`).toBe(0xfeff);
  return csvParse(text.slice(1));
};
const doc = (urlPath: string) => parseHTML(readPage(distDir, urlPath)).document;
/** The dist file of an absolute URL below the site's address. */
const distPath = (url: string) => decodeURIComponent(url.slice(dataset.config.siteUrl.replace(/\/?$/, '/').length - 1));
const fieldsOf = (name: string) => publishedFields(resources.find((r) => r.name === name)!);

/** A model value as the CSV writes it: numbers as numbers, text with formulas defused. */
function expected(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return isFormulaLike(s) ? `'${s}` : s;
}

describe('CSV downloads', () => {
  it('projects.csv parses back to projects.csv of the model', () => {
    const rows = csv('downloads/projects.csv');
    const fields = fieldsOf('projects');
    expect(rows.columns).toEqual(fields.map((f) => f.name));
    expect(rows).toHaveLength(dataset.projects.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const p of dataset.projects) {
      const row = byId.get(p.id)!;
      for (const f of fields) {
        const v = (p as unknown as Record<string, unknown>)[f.key];
        if (typeof v === 'number') expect(Number(row[f.name]), `${p.id}.${f.name}`).toBe(v);
        else expect(row[f.name], `${p.id}.${f.name}`).toBe(expected(v));
      }
    }
  });

  it('the ledger history holds every row of every month, with its period', () => {
    const rows = csv('downloads/ledger_history.csv');
    const fields = fieldsOf('ledger');
    expect(rows.columns).toEqual(['period', ...fields.map((f) => f.name)]);
    const all = dataset.ledgers.flatMap((l) => l.rows.map((r) => ({ period: l.period, r })));
    expect(rows).toHaveLength(all.length);
    const byKey = new Map(rows.map((r) => [`${r.period}/${r.project_id}`, r]));
    for (const { period, r } of all) {
      const row = byKey.get(`${period}/${r.projectId}`)!;
      for (const f of fields) {
        const v = (r as unknown as Record<string, unknown>)[f.key];
        if (typeof v === 'number') expect(Number(row[f.name])).toBe(v);
        else expect(row[f.name]).toBe(expected(v));
      }
    }
    const latest = csv('downloads/ledger_latest.csv');
    expect(new Set(latest.map((r) => r.period))).toEqual(new Set([latestPeriod(dataset.ledgers)]));
  });

  it('the computed figures match the metrics', () => {
    const rows = csv('downloads/project_figures.csv');
    const byKey = new Map(rows.map((r) => [`${r.period}/${r.project_id}`, r]));
    for (const period of indexLedgers(dataset.ledgers).periods) {
      for (const m of projectMonths(dataset, period)) {
        const row = byKey.get(`${period}/${m.projectId}`)!;
        expect(row.status).toBe(m.status);
        expect(row.completion_pct).toBe(m.completionPct === undefined ? '' : String(m.completionPct));
        expect(row.lag_points).toBe(m.lagPoints === undefined ? '' : String(m.lagPoints));
        expect(row.stalled).toBe(String(m.stalled));
      }
    }
  });

  it('indicators.csv parses back to the observations', () => {
    if (!dataset.present.indicators) return;
    const rows = csv('downloads/indicators.csv');
    expect(rows).toHaveLength(dataset.indicators.length);
    const byKey = new Map(rows.map((r) => [`${r.indicator}/${r.region}/${r.period}`, r]));
    for (const o of dataset.indicators) {
      const row = byKey.get(`${o.indicator}/${o.region}/${o.period}`)!;
      expect(row.value === '' ? undefined : Number(row.value)).toBe(o.value);
      expect(row.growth === '' ? undefined : Number(row.growth)).toBe(o.growth);
    }
  });

  it('no CSV in the site has a text cell that a spreadsheet would run as a formula', () => {
    const csvFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.csv'))
      .map((e) => path.join(e.parentPath, e.name));
    expect(csvFiles.length).toBeGreaterThan(5);
    for (const f of csvFiles) {
      for (const row of csvParseRows(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''))) {
        for (const cell of row) if (cell !== '' && Number.isNaN(Number(cell))) expect(isFormulaLike(cell), `${path.relative(distDir, f)}: ${cell}`).toBe(false);
      }
    }
  });
});

describe('datapackage.json and the JSON API', () => {
  it('datapackage.json describes each download with its real size and hash', () => {
    const pkg = json('downloads/datapackage.json');
    expect(pkg.resources.length).toBeGreaterThanOrEqual(4);
    for (const r of pkg.resources) {
      const bytes = readFileSync(file(`downloads/${r.path}`));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const header = csvParseRows(bytes.toString('utf8').replace(/^\uFEFF/, ''))[0];
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
    expect(JSON.stringify(pkg)).not.toContain('contact_phone');
  });

  it('/api/index.json names the data date and only files that exist', () => {
    const index = json('api/index.json');
    expect(index.data_date).toBe(latestPeriod(dataset.ledgers));
    expect(index.as_of).toBe(monthEnd(index.data_date));
    expect(index.schema_version).toMatch(/^[0-9a-f]{12}$/);
    for (const d of index.downloads) expect(existsSync(file(distPath(d.url))), d.url).toBe(true);
    for (const [name, url] of Object.entries(index.endpoints as Record<string, string>)) {
      if ((url as string).includes('{')) continue;
      if (name === 'sitemap') continue; // written after the pages, checked below
      expect(existsSync(file(distPath(url))), url).toBe(true);
    }
  });

  it('/api/projects.json lists every project, each with its own document', () => {
    const body = json('api/projects.json');
    expect(body.count).toBe(dataset.projects.length);
    for (const p of body.projects) {
      expect(existsSync(file(distPath(p.api_url))), p.api_url).toBe(true);
      expect(p).not.toHaveProperty('contact_phone');
    }
    const first = json(distPath(body.projects[0].api_url));
    expect(first.project.id).toBe(body.projects[0].id);
    expect(Array.isArray(first.months)).toBe(true);
  });

  it('changes.csv holds every change of every month', () => {
    const lists = allMonthChanges(dataset);
    const rows = csv('downloads/changes.csv');
    expect(rows).toHaveLength(lists.reduce((n, l) => n + l.items.length, 0));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(lists.map((l) => l.period)));
  });

  it('/api/changes.json matches the change lists', () => {
    const lists = allMonthChanges(dataset);
    const body = json('api/changes.json');
    expect(body.months.map((m: { period: string }) => m.period)).toEqual(lists.map((l) => l.period));
    for (const l of lists) expect(json(`api/changes/${l.period}.json`).items).toHaveLength(l.items.length);
  });
});

if (!hasOc4idsSchema) console.warn(noOc4idsReason);
describe.skipIf(!hasOc4idsSchema)('OC4IDS', () => {
  it('/api/oc4ids.json validates against the OC4IDS 0.9.5 package schema and maps every project', () => {
    const pkg = json('api/oc4ids.json');
    const validate = oc4idsValidator();
    validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(pkg.projects.map((p: { id: string }) => p.id).sort()).toEqual(dataset.projects.map((p) => p.id).sort());
  });
});

describe('feed, sitemap, robots', () => {
  it('feed.xml is well-formed Atom with an entry per change month and bulletin', () => {
    const xml = read('feed.xml');
    const d = new DOMParser().parseFromString(xml, 'text/xml');
    expect(d.documentElement.nodeName).toBe('feed');
    expect(d.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = [...d.querySelectorAll('entry')];
    expect(entries).toHaveLength(allMonthChanges(dataset).length + dataset.bulletins.length);
    const root = dataset.config.siteUrl.replace(/\/?$/, '/');
    for (const e of entries) {
      expect(e.querySelector('id')!.textContent!.startsWith(root)).toBe(true);
      expect(e.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    }
    expect(d.querySelector('feed > updated')!.textContent).toBe(entries[0]!.querySelector('updated')!.textContent);
  });

  it('sitemap.xml lists every indexable page by its absolute address, and nothing else', () => {
    const d = new DOMParser().parseFromString(read('sitemap.xml'), 'text/xml');
    const locs = [...d.querySelectorAll('loc')].map((l) => l.textContent!);
    const root = dataset.config.siteUrl.replace(/\/?$/, '/');
    expect(locs).toContain(root);
    expect(locs).toContain(`${root}projects/${encodeURIComponent(dataset.projects[0]!.id)}/`);
    expect(locs).toContain(`${root}downloads/`);
    for (const loc of locs) {
      expect(loc.startsWith(root)).toBe(true);
      expect(loc).not.toContain('/embed/');
      const rel = distPath(loc);
      expect(existsSync(file(rel.endsWith('/') ? `${rel}index.html` : rel)), loc).toBe(true);
    }
  });

  it('the sitemap leaves out exactly the pages that ask not to be indexed, by their folder', () => {
    const root = dataset.config.siteUrl.replace(/\/?$/, '/');
    const listed = new Set([...new DOMParser().parseFromString(read('sitemap.xml'), 'text/xml').querySelectorAll('loc')].map((l) => l.textContent!));
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('pagefind/'));
    let noindex = 0;
    for (const rel of pages) {
      const marked = isNoindex(read(rel));
      expect(inNoindexFolder(rel), rel).toBe(marked);
      const loc = root + rel.replace(/index\.html$/, '').split('/').map(encodeURIComponent).join('/');
      expect(listed.has(loc), rel).toBe(!marked);
      if (marked) noindex++;
    }
    expect(noindex).toBeGreaterThan(0); // the chart embeds
    expect(listed.size).toBe(pages.length - noindex);
  });

  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${dataset.config.siteUrl.replace(/\/?$/, '/')}sitemap.xml`);
  });
});

describe('pages', () => {
  it('/downloads/ links every file and explains every column', () => {
    const d = doc('/downloads/');
    const pkg = json('downloads/datapackage.json');
    const hrefs = [...d.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    for (const r of pkg.resources) {
      expect(hrefs.some((h) => h.endsWith(`/downloads/${r.path}`)), r.path).toBe(true);
      const dict = d.querySelector(`section[aria-labelledby="dict-${r.name}"]`);
      expect(dict, r.name).not.toBeNull();
      expect([...dict!.querySelectorAll('tbody th code')].map((c) => c.textContent)).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
    }
    for (const api of ['/api/index.json', '/api/projects.json', '/api/oc4ids.json', '/downloads/datapackage.json', '/feed.xml']) expect(hrefs.some((h) => h.endsWith(api)), api).toBe(true);
  });

  it('/changes/ links every month and each month page lists its changes', () => {
    const lists = allMonthChanges(dataset);
    const d = doc('/changes/');
    const hrefs = [...d.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '');
    for (const l of lists) {
      expect(hrefs.some((h) => h.endsWith(`/changes/${l.period}/`))).toBe(true);
      const page = doc(`/changes/${l.period}/`);
      // Up to 100 of each kind on the page (all of them in changes.csv and the JSON).
      const shown = Object.values(l.counts).reduce((n, c) => n + Math.min(c, 100), 0);
      expect(page.querySelectorAll('main table.changes tbody tr')).toHaveLength(shown);
    }
  });

  it('the home page summarises the latest changes', () => {
    const latest = allMonthChanges(dataset)[0];
    if (!latest) return;
    const d = doc('/');
    const box = d.querySelector('section[aria-labelledby="h-changes"]');
    expect(box).not.toBeNull();
    expect([...box!.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').endsWith(`/changes/${latest.period}/`))).toBe(true);
  });

  it('/data-quality/ gives every source file with its checksum, and every warning', () => {
    const d = doc('/data-quality/');
    const text = d.querySelector('main')!.textContent!;
    for (const s of dataset.sources) {
      expect(text).toContain(s.file);
      expect(text).toContain(s.sha256);
    }
    // Up to 30 per file on the page, every one in warnings.csv.
    const perFile = new Map<string, number>();
    for (const w of warnings) perFile.set(w.file, (perFile.get(w.file) ?? 0) + 1);
    expect(d.querySelectorAll('table.warnings tbody tr')).toHaveLength([...perFile.values()].reduce((n, c) => n + Math.min(c, 30), 0));
    const all = csv('data-quality/warnings.csv');
    expect(all).toHaveLength(warnings.length);
    for (const [i, w] of warnings.entries()) expect(all[i]!.message).toBe(expected(w.message));
  });

  it('canonical links and Open Graph URLs are absolute addresses of the page itself', () => {
    const root = dataset.config.siteUrl.replace(/\/?$/, '/');
    for (const p of ['/downloads/', '/changes/', '/data-quality/', '/search/']) {
      const d = doc(p);
      expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(root + p.slice(1));
      expect(d.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(root + p.slice(1));
      for (const s of d.querySelectorAll('script')) expect(s.getAttribute('src'), 'no inline script').toBeTruthy();
      expect(d.querySelectorAll('h1')).toHaveLength(1);
    }
  });

  it('/search/ works as a plain form and has a search index beside it', () => {
    const d = doc('/search/');
    const form = d.querySelector('form[role="search"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toMatch(/\/search\/$/);
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
    expect(d.querySelector('noscript a')!.getAttribute('href')).toMatch(/\/projects\/$/);
    const entry = json('pagefind/pagefind-entry.json');
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual([dataset.config.locale.toLowerCase()]);
    expect(entry.languages[dataset.config.locale.toLowerCase()].page_count).toBeGreaterThanOrEqual(dataset.projects.length);
  });
});
