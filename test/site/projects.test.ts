// The built projects directory and project pages, read as HTML and checked against the
// metrics module computed from the same data folder (DATA_DIR): the figures a reader sees
// are the figures the core computes, rounded by format.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { text } from '../helpers/built-page.ts';
import { indexLedgers, latestPeriod, projectMonth, type ProjectMonth } from '../../src/core/metrics/index.ts';
import { formatMoney, formatMonth, formatNumber, formatPercent, formatPoints } from '../../src/core/format.ts';
import { finishedStage, projectStatusLabel, t } from '../../src/core/i18n.ts';
import type { Dataset } from '../../src/core/types.ts';
import { readPage } from '../helpers/dist.ts';
import { formatCoordinates, mapLink } from '../../src/site/project-pages.ts';

const distDir = inject('distDir');
const MAX_PAGE_BYTES = 60 * 1024;

let dataset: Dataset;
let latest: ProjectMonth[];

beforeAll(async () => {
  dataset = (await loadDataFolder()).dataset;
  const period = latestPeriod(dataset.ledgers);
  const ids = period ? [...new Set(indexLedgers(dataset.ledgers).month(period)!.rows.map((r) => r.projectId))].sort() : [];
  latest = ids.map((id) => projectMonth(dataset, period!, id)!);
});

const doc = (urlPath: string) => parseHTML(readPage(distDir, urlPath)).document;
const projectUrl = (id: string) => `/projects/${encodeURIComponent(id)}/`;
const DASH = '—';

/** A few projects worth looking at: first and last by id, most behind, most ahead, one without a plan. */
function sample(rows: ProjectMonth[]): ProjectMonth[] {
  const withLag = rows.filter((m) => m.lagPoints !== undefined).sort((a, b) => a.lagPoints! - b.lagPoints!);
  const picks = [rows[0], rows.at(-1), withLag[0], withLag.at(-1), rows.find((m) => m.completionPct === undefined), rows.find((m) => m.stalled), rows.find((m) => m.overdue)];
  return [...new Set(picks.filter((m): m is ProjectMonth => m !== undefined))];
}

describe('projects directory', () => {
  it('lists every project of the latest ledger, once, linked to its page', () => {
    const d = doc('/projects/');
    const rows = [...d.querySelectorAll('#project-table tbody tr')];
    const hrefs = rows.map((tr) => tr.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '');
    expect(rows).toHaveLength(latest.length);
    expect(latest.length).toBeGreaterThan(0);
    for (const m of latest) expect(hrefs.filter((h) => h.endsWith(projectUrl(m.projectId)))).toHaveLength(1);
  });

  it('carries the metrics as sort values, in the same order as the headings', () => {
    const d = doc('/projects/');
    const headings = [...d.querySelectorAll('#project-table thead th')].map(text);
    // Money headings carry the unit: 年度计划投资（万元）.
    const col = (label: string) => headings.findIndex((h) => h === label || h.startsWith(`${label}（`) || h.startsWith(`${label} (`));
    const locale = dataset.config.locale;
    const rate = col(t(locale, 'field.completionPct'));
    const lag = col(t(locale, 'field.lag'));
    const plan = col(t(locale, 'field.yearPlan'));
    expect(Math.min(rate, lag, plan)).toBeGreaterThan(0);
    const byHref = new Map([...d.querySelectorAll('#project-table tbody tr')].map((tr) => [tr.querySelector('a')!.getAttribute('href')!, tr]));
    for (const m of latest) {
      const tr = [...byHref.entries()].find(([h]) => h.endsWith(projectUrl(m.projectId)))![1];
      const cells = [...tr.children];
      expect(cells[rate]?.getAttribute('data-value')).toBe(m.completionPct === undefined ? '' : String(m.completionPct));
      // A finished project (竣工/投产) shows no lag to time progress.
      expect(cells[lag]?.getAttribute('data-value')).toBe(m.lagPoints === undefined || finishedStage(m.row.stage) ? '' : String(m.lagPoints));
      expect(cells[plan]?.getAttribute('data-value')).toBe(m.yearPlan === undefined ? '' : String(m.yearPlan));
      expect(text(cells[rate])).toBe(m.completionPct === undefined ? DASH : formatPercent(m.completionPct, locale));
      expect(text(cells[plan])).toBe(m.yearPlan === undefined ? DASH : formatNumber(m.yearPlan, locale, 0));
    }
  });

  it('marks the filter columns, scopes every heading and loads its script from a file', () => {
    const d = doc('/projects/');
    const filters = [...d.querySelectorAll('#project-table thead th[data-filter]')].map((th) => th.getAttribute('data-filter'));
    expect(filters).toEqual(expect.arrayContaining(['program', 'township', 'responsibleUnit', 'status']));
    for (const th of d.querySelectorAll('table th')) expect(th.getAttribute('scope')).toMatch(/^(col|row)$/);
    const scripts = [...d.querySelectorAll('script')];
    expect(scripts.some((s) => (s.getAttribute('src') ?? '').endsWith('/assets/table.js'))).toBe(true);
    for (const s of scripts) expect(s.getAttribute('src'), 'no inline script').toBeTruthy();
    expect(existsSync(path.join(distDir, 'assets', 'table.js'))).toBe(true);
    expect(d.querySelectorAll('h1')).toHaveLength(1);
  });

  it('links every project that the latest ledger leaves out', () => {
    const d = doc('/projects/');
    const inLatest = new Set(latest.map((m) => m.projectId));
    const links = [...d.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '');
    for (const p of dataset.projects.filter((p) => !inLatest.has(p.id))) {
      expect(links.some((h) => h.endsWith(projectUrl(p.id))), p.id).toBe(true);
    }
  });
});

describe('project pages', () => {
  it('exist for every project of projects.csv, each under 60 KB with one h1 naming the project', () => {
    for (const p of dataset.projects) {
      const html = readPage(distDir, projectUrl(p.id));
      expect(Buffer.byteLength(html), `${p.id} page size`).toBeLessThan(MAX_PAGE_BYTES);
      const d = parseHTML(html).document;
      const h1 = [...d.querySelectorAll('h1')];
      expect(h1, p.id).toHaveLength(1);
      expect(text(h1[0])).toBe(p.name);
    }
  });

  it('state the four explicit items', () => {
    const locale = dataset.config.locale;
    const labels = ['field.leadOfficial', 'field.responsibleUnit', 'field.measures', 'field.deadline'] as const;
    for (const p of dataset.projects) {
      const d = doc(projectUrl(p.id));
      const box = d.querySelector('section[aria-labelledby="h-four"]');
      // A finished project (竣工/投产) states none.
      const status = text(d.querySelector('[data-figure="status"]'));
      if (box === null && [t(locale, 'status.done.completed'), t(locale, 'status.done.operating')].includes(status)) continue;
      expect(box, p.id).not.toBeNull();
      const dts = [...box!.querySelectorAll('dt')].map(text);
      expect(dts).toEqual(labels.map((k) => t(locale, k)));
      const dds = [...box!.querySelectorAll('dd')].map(text);
      expect(dds[0]).toBe(p.leadOfficial ?? t(locale, 'unassigned'));
      expect(dds[1]).toBe(p.responsibleUnit?.trim() ?? t(locale, 'unassigned'));
      for (const dd of dds) expect(dd.length).toBeGreaterThan(0);
    }
  });

  it('show the figures the metrics module computes', () => {
    const { locale, moneyUnit } = dataset.config;
    const money = (v: number | undefined) => (v === undefined ? DASH : formatMoney(v, locale, moneyUnit));
    const picks = sample(latest);
    expect(picks.length).toBeGreaterThan(0);
    for (const m of picks) {
      const d = doc(projectUrl(m.projectId));
      const figure = (name: string) => text(d.querySelector(`[data-figure="${name}"]`));
      expect(figure('yearPlan'), `${m.projectId} year plan`).toBe(money(m.yearPlan));
      expect(figure('completedYtd'), `${m.projectId} completed`).toBe(money(m.completedYtd));
      expect(figure('completionPct'), `${m.projectId} completion rate`).toBe(m.completionPct === undefined ? DASH : formatPercent(m.completionPct, locale));
      expect(figure('lag'), `${m.projectId} lag`).toBe(m.lagPoints === undefined || finishedStage(m.row.stage) ? DASH : formatPoints(m.lagPoints, locale));
      expect(figure('status'), `${m.projectId} status`).toBe(projectStatusLabel({ status: m.status, stage: m.row.stage, completionPct: m.completionPct }, locale));
      // The lead sentence repeats the rate in the same rounding.
      if (m.completionPct !== undefined) expect(text(d.querySelector('p.lead'))).toContain(formatPercent(m.completionPct, locale));
    }
  });

  it('say so when the latest ledger does not list the project', () => {
    const inLatest = new Set(latest.map((m) => m.projectId));
    const { locale } = dataset.config;
    const period = latestPeriod(dataset.ledgers)!;
    const saidMonth = t(locale, 'project.notInLedger', { month: formatMonth(period, locale) });
    const saidYear = t(locale, 'project.notThisYear', { year: period.slice(0, 4) });
    const index = indexLedgers(dataset.ledgers);
    for (const p of dataset.projects.filter((p) => !inLatest.has(p.id))) {
      const seenThisYear = index.periods.some((m) => m.startsWith(period.slice(0, 4)) && index.row(m, p.id) !== undefined);
      expect(text(doc(projectUrl(p.id)).querySelector('p.notice')), p.id).toContain(seenThisYear ? saidMonth : saidYear);
    }
    for (const m of latest.slice(0, 3)) expect(doc(projectUrl(m.projectId)).querySelector('p.notice')).toBeNull();
  });

  it('coordinates as text, linked to the map of site.json\'s mapUrl only when there is one (never a foreign map service by default)', () => {
    const mapUrl = dataset.config.mapUrl;
    let withCoordinates = 0;
    for (const p of dataset.projects) {
      const page = doc(projectUrl(p.id));
      const section = page.querySelector('section[aria-labelledby="h-location"]');
      expect([...page.querySelectorAll('a[href*="openstreetmap"], a[href*="google"]')], p.id).toEqual([]);
      if (p.latitude === undefined || p.longitude === undefined) {
        expect(section, p.id).toBeNull();
        continue;
      }
      withCoordinates++;
      expect(text(section), p.id).toContain(formatCoordinates(p.latitude, p.longitude, dataset.config.locale));
      const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      expect(links, p.id).toEqual(mapUrl ? [mapLink(mapUrl, p.latitude, p.longitude)] : []);
    }
    expect(withCoordinates).toBeGreaterThan(0);
  });
});

describe('stalled projects', () => {
  const stalledRows = () =>
    latest.filter((m) => m.stalled).sort((a, b) => b.monthsWithoutInvestment - a.monthsWithoutInvestment || (a.projectId < b.projectId ? -1 : 1));
  const linkedIds = (table: Element | null | undefined) =>
    [...(table?.querySelectorAll('tbody th a') ?? [])].map((a) => decodeURIComponent(a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!));

  it('/stalled/ lists every stalled project of the data month, longest without investment first', () => {
    const page = doc('/stalled/');
    const expected = stalledRows().map((m) => m.projectId);
    if (expected.length === 0) expect(text(page.querySelector('main'))).toContain(t(dataset.config.locale, 'home.noneStalled'));
    else expect(linkedIds(page.querySelector('main table'))).toEqual(expected);
  });

  it('the home page lists at most the twenty longest-stalled, with a link to all when there are more', () => {
    const home = doc('/');
    const section = home.querySelector('section[aria-labelledby="h-stalled"]');
    const expected = stalledRows().map((m) => m.projectId);
    expect(linkedIds(section?.querySelector('table'))).toEqual(expected.slice(0, 20));
    const all = [...(section?.querySelectorAll('a') ?? [])].some((a) => a.getAttribute('href') === '/stalled/');
    expect(all).toBe(expected.length > 20);
  });
});
