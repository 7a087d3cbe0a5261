// The indicator pages of the built site against core/metrics/indicators.ts computed from the
// same data folder. Skipped, with the reason, when the data has no indicators.csv.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatIndicatorPeriod, formatPercent, formatRank, isBottomPosition } from '../../src/core/format.ts';
import { indicatorNames, indicatorSeries, indicatorSnapshot, type IndicatorSnapshot } from '../../src/core/metrics/indicators.ts';
import type { Dataset, Locale } from '../../src/core/types.ts';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { indicatorChartIds } from '../../src/site/charts.ts';
import { indicatorSources, selfLabel } from '../../src/site/indicator-page.ts';
import { builtPage, text } from '../helpers/built-page.ts';

const distDir = inject('distDir');
const dataset: Dataset = (await loadDataFolder()).dataset;
const locale: Locale = dataset.config.locale;
const region = dataset.config.region;
const present = dataset.present.indicators;


function page(sitePath: string): Document {
  return builtPage(distDir, sitePath);
}

/** Each indicator the region reports, at the region's latest period for it. */
function snapshots(): IndicatorSnapshot[] {
  return indicatorNames(dataset.indicators).flatMap((name) => {
    const last = indicatorSeries(dataset.indicators, name, region).at(-1);
    const s = last && indicatorSnapshot(dataset, name, last.period, region);
    return s ? [s] : [];
  });
}

describe.skipIf(present)('without indicators.csv', () => {
  it('builds no indicator page', () => {
    expect(existsSync(path.join(distDir, 'indicators'))).toBe(false);
  });
});

describe.skipIf(!present)('the indicators overview', () => {
  let all: IndicatorSnapshot[];
  beforeAll(() => {
    all = snapshots();
  });

  it('lists every indicator of the region with its latest period, growth and rank among peers', () => {
    expect(all.length).toBeGreaterThan(0);
    const rows = [...page('/indicators/').querySelectorAll('#indicators-table tbody tr')];
    expect(rows.map((tr) => text(tr.querySelector('th[scope="row"]')))).toEqual(all.map((s) => s.indicator));
    all.forEach((s, i) => {
      const [periodCell, , growth, , , rank] = [...rows[i]!.querySelectorAll('td')].map((td) => text(td));
      expect(periodCell).toBe(formatIndicatorPeriod(s.period, s.kind, locale));
      expect(growth).toBe(s.growth === undefined ? '—' : formatPercent(s.growth, locale));
      if (s.rank) {
        expect(rank!.startsWith(formatRank(s.rank.rank, s.rank.of, locale)), `${s.indicator}: ${rank}`).toBe(true);
        // Near the bottom the place is also counted from the bottom (倒数第二), the last two places only.
        if (isBottomPosition(s.rank.rank, s.rank.of)) expect(rank).toMatch(locale === 'zh-CN' ? /倒数第/ : /last/);
      } else {
        expect(rank).toBe('—');
      }
    });
  });
});

describe.skipIf(!present)('an indicator page', () => {
  it('shows the rank among peers, the peer table in rank order and every period', () => {
    for (const s of snapshots()) {
      const doc = page(`/indicators/${s.indicator}/`);
      expect(doc.querySelectorAll('h1').length).toBe(1);
      expect(text(doc.querySelector('h1'))).toBe(s.indicator);
      const rank = text(doc.querySelector('#indicator-figures [data-figure="rank"] dt + dd'));
      if (s.rank) expect(rank.startsWith(formatRank(s.rank.rank, s.rank.of, locale)), `${s.indicator}: ${rank}`).toBe(true);
      if (s.ranking) {
        const peers = [...doc.querySelectorAll('#indicator-peers tbody tr')];
        expect(peers.map((tr) => text(tr.querySelector('td')))).toEqual(s.ranking.rows.map((r) => String(r.rank)));
        // The region's own row is named as such in words, not only by its shading.
        const own = peers[s.ranking.rows.findIndex((r) => r.region === region)];
        expect(text(own?.querySelector('th'))).toBe(`${region}（${selfLabel(region, locale)}）`);
      }
      const periods = indicatorSeries(dataset.indicators, s.indicator, region).map((o) => formatIndicatorPeriod(o.period, s.kind, locale)).reverse();
      expect([...doc.querySelectorAll('#indicator-history tbody th[scope="row"]')].map((th) => text(th))).toEqual(periods);
      if (locale === 'zh-CN' && s.rankChange !== undefined && s.rankChange !== 0) {
        expect(text(doc.querySelector('.lead'))).toContain(`${Math.abs(s.rankChange)}位`);
      }
    }
  });

  it('names who supplies the figures in the source line, as indicators.csv says (数据来源), not the ledger’s office', () => {
    for (const s of snapshots()) {
      const sources = indicatorSources(dataset, s.indicator, region);
      const line = text(page(`/indicators/${s.indicator}/`).querySelector('.site-footer p'));
      for (const source of sources) expect(line, s.indicator).toContain(source);
      if (sources.length > 0 && dataset.config.source) expect(line, s.indicator).not.toContain(dataset.config.source);
    }
  });

  it('says a balance at the month’s end and a lower-is-better target as a cap', () => {
    let stocks = 0;
    for (const s of snapshots()) {
      const lead = text(page(`/indicators/${s.indicator}/`).querySelector('.lead'));
      if (locale === 'zh-CN' && s.kind === 'stock') {
        stocks++;
        expect(lead, s.indicator).toMatch(/^\d{1,2}月末，/);
        expect(lead, s.indicator).not.toMatch(/1-\d{1,2}月/);
      }
      if (locale === 'zh-CN' && s.direction === 'lower' && s.onTarget !== undefined) {
        expect(lead, s.indicator).toMatch(s.onTarget ? /控制在年度目标（[^）]+）以内/ : /超出年度控制目标/);
        expect(lead, s.indicator).not.toMatch(/[高低]于年度目标/);
      }
    }
    if (locale === 'zh-CN') expect(stocks).toBeGreaterThan(0);
  });

  it("reads each period of the trend chart against its own year's target (indicator_targets.csv 年度)", () => {
    let checked = 0;
    for (const s of snapshots()) {
      const csv = readFileSync(path.join(distDir, 'charts', `${indicatorChartIds(s.indicator).series}.csv`), 'utf8').trim().split(/\r?\n/);
      const header = csv[0]!.split(',');
      if (header.length < 3) continue; // no target for any year
      const growth = indicatorSeries(dataset.indicators, s.indicator, region).some((o) => o.growth !== undefined);
      for (const line of csv.slice(1)) {
        const [period, , target] = line.split(',');
        const own = dataset.targets.find((t) => t.indicator === s.indicator && t.year === Number(period!.slice(0, 4)));
        const expected = growth ? own?.targetGrowth : own?.targetValue;
        expect(target === '' ? undefined : Number(target), `${s.indicator} ${period}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has one h1, scoped headers and no script in main on every indicator page', () => {
    const root = path.join(distDir, 'indicators');
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBe(snapshots().length + 1);
    for (const f of pages) {
      const doc = parseHTML(readFileSync(path.join(root, f), 'utf8')).document;
      expect(doc.querySelectorAll('h1').length, f).toBe(1);
      for (const th of doc.querySelectorAll('main table th')) expect(['col', 'row'], f).toContain(th.getAttribute('scope'));
      expect(doc.querySelectorAll('main script').length, f).toBe(0);
    }
  });
});
