// The program, unit, township and rankings pages of the built site against the metrics
// module computed from the same data folder: what the pages show must be what the core
// computes, formatted by format.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatPointsAbs, formatRank } from '../../src/core/format.ts';
import { gradeLabel, movementLabel } from '../../src/core/i18n.ts';
import {
  aggregateBy,
  aggregatePortfolio,
  latestPeriod,
  monthlyRankings,
  parseYearMonth,
  type Aggregate,
  type GroupBy,
  type MonthlyRanking,
} from '../../src/core/metrics/index.ts';
import type { Dataset, Locale } from '../../src/core/types.ts';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { builtPage, text } from '../helpers/built-page.ts';

const distDir = inject('distDir');

let dataset: Dataset;
let locale: Locale;
let period: string;

beforeAll(async () => {
  dataset = (await loadDataFolder()).dataset;
  locale = dataset.config.locale;
  const latest = latestPeriod(dataset.ledgers);
  if (!latest) throw new Error('the data folder has no ledger month');
  period = latest;
});


/** The built page at a site path ('/programs/x/'), parsed. */
function page(sitePath: string): Document {
  return builtPage(distDir, sitePath);
}

const money = (v: number) => formatMoney(v, locale, dataset.config.moneyUnit);
/** A table cell of money: the bare amount in the money unit, which the heading names (one unit per column). */
const amount = (v: number) => formatNumber(v, locale, 0);
const points = (v: number | undefined) => (v === undefined ? '—' : formatPoints(v, locale));
const percent = (v: number | undefined) => (v === undefined ? '—' : formatPercent(v, locale));

const dirOf: Record<GroupBy, string> = { program: 'programs', responsibleUnit: 'units', township: 'townships' };

/** Cells of a table row after its row header, as text. */
function cells(row: Element): string[] {
  return [...row.querySelectorAll('td')].map((td) => text(td));
}

function rowFor(table: Element, name: string): Element {
  const row = [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th[scope="row"]')) === name);
  expect(row, `a row for ${name}`).toBeDefined();
  return row!;
}

/** The index table's figures for an aggregate, in column order. */
const indexFigures = (a: Aggregate) => [
  String(a.projectCount),
  amount(a.yearPlan),
  amount(a.completedYtd),
  percent(a.completionPct),
  points(a.lagPoints),
  String(a.statusCounts['seriously-behind']),
  String(a.statusCounts.behind),
  String(a.stalledCount),
];

describe.each(['program', 'responsibleUnit', 'township'] as const)('the %s index', (by) => {
  it('lists every group with its totals and lag, and the portfolio total', () => {
    const doc = page(`/${dirOf[by]}/`);
    const table = doc.querySelector('#groups-table');
    expect(table).not.toBeNull();
    const { groups } = aggregateBy(dataset, period, by);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(cells(rowFor(table!, g.key)), g.key).toEqual(indexFigures(g));
    const total = table!.querySelector('tfoot tr');
    expect(cells(total!)).toEqual(indexFigures(aggregatePortfolio(dataset, period)));
  });
});

describe('the programs index', () => {
  it('orders programs as programs.csv does', () => {
    const ordered = dataset.programs.filter((p) => p.order !== undefined).sort((a, b) => a.order! - b.order!).map((p) => p.name);
    const present = new Set(aggregateBy(dataset, period, 'program').groups.map((g) => g.key));
    const rows = [...page('/programs/').querySelectorAll('#groups-table tbody th[scope="row"] a')].map((a) => text(a));
    expect(rows.filter((n) => ordered.includes(n))).toEqual(ordered.filter((n) => present.has(n)));
  });
});

describe.each(['program', 'responsibleUnit', 'township'] as const)('a %s page', (by) => {
  it('shows each group’s totals and lag as the core computes them, with its projects', () => {
    const { groups } = aggregateBy(dataset, period, by);
    for (const g of groups) {
      const doc = page(`/${dirOf[by]}/${g.key}/`);
      expect(text(doc.querySelector('h1'))).toBe(g.key);
      const figure = (key: string) => text(doc.querySelector(`#group-figures [data-figure="${key}"] dt + dd`));
      expect(figure('projects')).toBe(String(g.projectCount));
      expect(figure('yearPlan')).toBe(money(g.yearPlan));
      expect(figure('completed')).toBe(money(g.completedYtd));
      expect(figure('rate')).toBe(percent(g.completionPct));
      expect(figure('lag')).toBe(points(g.lagPoints));
      expect(doc.querySelectorAll('#group-projects tbody tr').length).toBe(g.projectCount);
      const lead = text(doc.querySelector('.lead'));
      if (g.lagPoints !== undefined && Math.abs(g.lagPoints) >= 0.05) expect(lead).toContain(formatPointsAbs(g.lagPoints, locale));
    }
  });
});

describe('a program page', () => {
  it('gives programs.csv’s description and lead official when present', () => {
    for (const p of dataset.programs) {
      const file = path.join(distDir, 'programs', p.name, 'index.html');
      if (!existsSync(file)) continue; // a program without projects this month has no page
      const about = text(page(`/programs/${p.name}/`).querySelector('#h-about')?.parentElement);
      if (p.description) expect(about).toContain(p.description);
      if (p.leadOfficial) expect(about).toContain(p.leadOfficial);
    }
  });
});

describe.each(['responsibleUnit', 'township'] as const)('the %s ranking', (by) => {
  let rankings: MonthlyRanking[];
  beforeAll(() => {
    rankings = monthlyRankings(dataset, by);
  });

  it('lists the month’s groups in rank order with rank, rate, lag and grade in words', () => {
    const month = rankings.find((r) => r.period === period)!;
    const rows = [...page('/rankings/').querySelectorAll(`#ranking-${by} tbody tr`)];
    expect(rows.map((tr) => text(tr.querySelector('th[scope="row"]')))).toEqual(month.groups.map((g) => g.name));
    month.groups.forEach((g, i) => {
      const [rank, grade, movement, rate, lag, count] = cells(rows[i]!);
      expect(rank).toBe(g.rank === undefined ? '—' : String(g.rank));
      if (g.grade) expect(grade).toBe(gradeLabel(g.grade, locale));
      expect(rate).toBe(percent(g.aggregate.completionPct));
      expect(lag).toBe(points(g.aggregate.lagPoints));
      expect(count).toBe(String(g.aggregate.projectCount));
      // Movement is said in words, not only by an arrow.
      if (g.movement === 'same' || g.movement === 'new') expect(movement).toBe(movementLabel(g.movement, locale));
      if (g.movement === 'up' || g.movement === 'down') {
        const hidden = text(rows[i]!.querySelector('td.gp-movement .visually-hidden'));
        expect(hidden).toContain(movementLabel(g.movement, locale));
        expect(hidden).toContain(String(Math.abs(g.change!)));
      }
    });
  });

  it('says each unit’s rank and grade on its page', () => {
    const month = rankings.find((r) => r.period === period)!;
    for (const g of month.groups) {
      const doc = page(`/${dirOf[by]}/${g.name}/`);
      const rank = text(doc.querySelector('#group-figures [data-figure="rank"] dt + dd'));
      if (g.rank === undefined) continue;
      expect(rank).toBe(formatRank(g.rank, g.of, locale));
      if (g.grade) expect(text(doc.querySelector('#group-figures [data-figure="grade"] dt + dd'))).toBe(gradeLabel(g.grade, locale));
    }
  });

  it('has the year’s rank history, months × groups', () => {
    const year = parseYearMonth(period).year;
    const months = rankings.filter((r) => parseYearMonth(r.period).year === year);
    const table = page('/rankings/').querySelector(`#rank-history-${by}`);
    expect(table).not.toBeNull();
    expect(table!.querySelectorAll('thead th').length).toBe(months.length + 1);
    for (const m of months) {
      const col = months.indexOf(m);
      for (const g of m.groups) {
        const cell = cells(rowFor(table!, g.name))[col]!;
        if (g.rank !== undefined) expect(cell.startsWith(String(g.rank)), `${g.name} ${m.period}: ${cell}`).toBe(true);
        if (g.grade) expect(cell).toContain(gradeLabel(g.grade, locale));
      }
    }
  });
});

describe('structure of the group and ranking pages', () => {
  const built = () =>
    ['programs', 'units', 'townships', 'rankings'].flatMap((dir) => {
      const root = path.join(distDir, dir);
      if (!existsSync(root)) return [];
      return readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => path.join(root, f));
    });

  it('has one h1, ordered headings and scoped table headers on every page', () => {
    const files = built();
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      expect(doc.querySelectorAll('h1').length, file).toBe(1);
      let level = 1;
      for (const h of doc.querySelectorAll('main h1, main h2, main h3, main h4')) {
        const n = Number(h.tagName[1]);
        expect(n, `${file}: ${h.tagName} ${text(h)}`).toBeLessThanOrEqual(level + 1);
        level = n;
      }
      for (const th of doc.querySelectorAll('main table th')) {
        expect(['col', 'row'], `${file}: th ${text(th)}`).toContain(th.getAttribute('scope'));
      }
      expect(doc.querySelectorAll('main script').length, file).toBe(0);
      // A table that scrolls sideways can be reached and scrolled from the keyboard.
      for (const box of doc.querySelectorAll('main .table-scroll')) expect(box.getAttribute('tabindex'), file).toBe('0');
    }
  });

  it('explains how grades are given, with the configured thresholds', () => {
    const rule = text(page('/rankings/').querySelector('#grade-rule'));
    const { behind, seriouslyBehind } = dataset.config.thresholds;
    expect(rule).toContain(String(Math.abs(behind)));
    expect(rule).toContain(String(Math.abs(seriouslyBehind)));
    for (const g of ['good', 'fair', 'poor'] as const) expect(rule).toContain(gradeLabel(g, locale));
  });
});
