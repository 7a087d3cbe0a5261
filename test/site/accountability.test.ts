// The 督查督办 pages of the built site (tasks, campaigns, land, attraction, bulletins, monthly
// briefings) against the metrics module computed from the same data folder: what the pages
// show must be what the core computes, formatted by format.ts. Then the hostile-bulletin
// fixture, built on its own: nothing in its bulletin can run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount, formatDate, formatMu, formatNumber, formatPercent } from '../../src/core/format.ts';
import { campaignSentence, groupSentence, landSentence } from '../../src/core/sentences.ts';
import {
  aggregateBy,
  attractionFunnel,
  campaignProgress,
  landTotals,
  latestPeriod,
  monthEnd,
  monthlyRankings,
  signingsByMonth,
  sizeBands,
  taskCountsByUnit,
  taskStates,
  type TaskState,
} from '../../src/core/metrics/index.ts';
import type { Dataset, Locale } from '../../src/core/types.ts';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { builtPage, pageFile, text } from '../helpers/built-page.ts';

const distDir = inject('distDir');

let dataset: Dataset;
let locale: Locale;
let period: string;
let asOf: string;
let states: TaskState[];

beforeAll(async () => {
  dataset = (await loadDataFolder()).dataset;
  locale = dataset.config.locale;
  const latest = latestPeriod(dataset.ledgers);
  if (!latest) throw new Error('the data folder has no ledger month');
  period = latest;
  asOf = monthEnd(latest);
  states = taskStates(dataset.tasks, asOf);
});


// Site paths here may be taken from links, so they are URL-decoded first.
function file(sitePath: string, dir = distDir): string {
  return pageFile(dir, decodeURIComponent(sitePath));
}

/** The built page at a site path ('/tasks/'), parsed. */
function page(sitePath: string, dir = distDir): Document {
  return builtPage(dir, decodeURIComponent(sitePath));
}

const fig = (doc: Document, name: string) => text(doc.querySelector(`[data-figure="${name}"]`));
const percent = (v: number | undefined) => (v === undefined ? '—' : formatPercent(v, locale));
const amount = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, locale, 0));
const cells = (row: Element | null) => [...(row?.querySelectorAll('td') ?? [])].map((td) => text(td));

describe('the sample data exercises every view', () => {
  it('has tasks (some overdue), campaigns with projects, land, attraction at every stage, bulletins', () => {
    expect(dataset.present).toMatchObject({ tasks: true, campaigns: true, land: true, attraction: true, bulletins: true });
    expect(states.some((s) => s.overdue)).toBe(true);
    expect(states.some((s) => s.closedLate)).toBe(true);
    expect(dataset.campaignProjects.length).toBeGreaterThan(0);
    expect(new Set(dataset.attraction.map((a) => a.stage))).toEqual(new Set(['intention', 'signed', 'contract', 'started']));
    expect(dataset.land.some((l) => (l.demolitionTarget ?? 0) > 0)).toBe(true);
    expect(dataset.bulletins.some((b) => b.body.includes('](project:'))).toBe(true);
  });

  it('puts one 督查督办 entry in the main navigation', () => {
    const links = [...page('/').querySelectorAll('.site-nav a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links.filter(([label]) => label === '督查督办')).toHaveLength(1);
  });
});

describe('/tasks/', () => {
  it('gives the totals the core computes', () => {
    const doc = page('/tasks/');
    const open = states.filter((s) => s.open).length;
    const overdue = states.filter((s) => s.overdue).length;
    expect(fig(doc, 'total')).toBe(`${formatCount(states.length, locale)}项`);
    expect(fig(doc, 'open')).toBe(`${formatCount(open, locale)}项`);
    expect(fig(doc, 'closed')).toBe(`${formatCount(states.length - open, locale)}项`);
    expect(fig(doc, 'overdue')).toBe(`${formatCount(overdue, locale)}项`);
    expect(text(doc.querySelector('[data-sentence="tasks"]'))).toContain(`其中逾期未销号${overdue}项`);
  });

  it('lists the overdue tasks first, longest overdue first, with their days overdue', () => {
    const doc = page('/tasks/');
    const rows = [...doc.querySelectorAll('#overdue-tasks tbody tr')];
    const expected = states.filter((s) => s.overdue).sort((a, b) => b.daysOverdue - a.daysOverdue);
    expect(rows.map((r) => r.getAttribute('data-task'))).toEqual(expected.map((s) => s.task.id));
    rows.forEach((r, i) => expect(text(r.querySelector('td.task-state'))).toContain(`逾期${expected[i]!.daysOverdue}天`));
  });

  it('lists every task with the four explicit items, its status in words and its days', () => {
    const doc = page('/tasks/');
    const rows = new Map([...doc.querySelectorAll('#all-tasks tbody tr')].map((r) => [r.getAttribute('data-task'), r]));
    expect(rows.size).toBe(dataset.tasks.length);
    for (const s of states) {
      const row = rows.get(s.task.id)!;
      const t = s.task;
      const c = cells(row);
      // 牵头领导, 责任单位, 工作措施, 完成期限, 交办时间, 办理情况, 办理天数
      expect(c[0]).toBe(t.leadOfficial ?? '—');
      expect(c[1]).toBe(t.responsibleUnit ?? '—');
      expect(c[2]).toBe(t.measures ?? '—');
      expect(c[3]).toBe(t.deadline ? formatDate(t.deadline, locale) : '—');
      expect(c[4]).toBe(t.assigned ? formatDate(t.assigned, locale) : '—');
      const word = s.overdue ? '逾期未销号' : s.open ? '办理中' : s.closedLate ? '逾期销号' : '已销号';
      expect(c[5]!.startsWith(word)).toBe(true);
      expect(c[6]).toBe(s.daysOpen === undefined ? '—' : String(s.daysOpen));
    }
  });

  it('counts per unit as taskCountsByUnit does', () => {
    const doc = page('/tasks/');
    const counts = taskCountsByUnit(states);
    const rows = [...doc.querySelectorAll('#tasks-by-unit tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-unit'))).toEqual(counts.map((c) => c.key));
    rows.forEach((r, i) => {
      const c = counts[i]!;
      expect(cells(r)).toEqual([c.overdue, c.open, c.closed, c.closedLate, c.total].map(String));
    });
  });
});

describe('/campaigns/', () => {
  it('has a page per campaign with the days, targets and sentence the core computes', () => {
    expect(page('/campaigns/').querySelectorAll('[data-campaign]').length).toBe(dataset.campaigns.length);
    for (const c of dataset.campaigns) {
      const doc = page(`/campaigns/${c.id}/`);
      const p = campaignProgress(dataset, c, asOf);
      expect(text(doc.querySelector('h1'))).toBe(c.name);
      expect(fig(doc, 'totalDays')).toBe(`${p.days.totalDays}天`);
      expect(fig(doc, 'elapsedDays')).toBe(`${p.days.elapsedDays}天`);
      expect(fig(doc, 'daysLeft')).toBe(`${p.days.daysLeft}天`);
      expect(fig(doc, 'timeProgress')).toBe(percent(p.days.timeProgressPct));
      expect(text(doc.querySelector('[data-sentence="campaign"]'))).toBe(campaignSentence(p, locale, { scope: '全县', moneyUnit: dataset.config.moneyUnit }));
      // A target of 0 (or none) with nothing done is left out.
      const row = (key: 'starts' | 'completions', n: number, target: number | undefined) => {
        const tr = doc.querySelector(`#campaign-targets tr[data-target="${key}"]`);
        if (!target && n === 0) expect(tr).toBeNull();
        else expect(cells(tr)[1]).toBe(`${n}个`);
      };
      row('starts', p.starts, p.campaign.targetStarts);
      row('completions', p.completions, p.campaign.targetCompletions);
      expect(cells(doc.querySelector('#campaign-targets tr[data-target="investment"]'))[2]).toBe(percent(p.investmentPct));
      const rows = [...doc.querySelectorAll('#campaign-projects tbody tr')];
      expect(rows.map((r) => r.getAttribute('data-project'))).toEqual(p.projects.map((x) => x.projectId));
      rows.forEach((r, i) => expect(cells(r)[4]).toBe(amount(p.projects[i]!.investment)));
    }
  });
});

describe('/land/', () => {
  it('says the totals as landSentence does and gives every project its percentages', () => {
    const doc = page('/land/');
    const totals = landTotals(dataset.land);
    expect(text(doc.querySelector('[data-sentence="land"]'))).toBe(landSentence(totals, locale));
    expect(fig(doc, 'landAcquired')).toBe(formatMu(totals.landAcquiredMu, locale));
    const rows = new Map([...doc.querySelectorAll('#land-table tbody tr')].map((r) => [r.getAttribute('data-project'), r]));
    expect(rows.size).toBe(totals.projectCount);
    for (const p of totals.projects) {
      const c = cells(rows.get(p.projectId)!);
      expect(c[3]).toBe(percent(p.landPct));
      expect(c[6]).toBe(percent(p.demolitionPct));
      expect(c[8]).toBe(p.fullyDone ? '已全部完成' : '未完成');
    }
    const foot = cells(doc.querySelector('#land-table tfoot tr'));
    expect([foot[3], foot[6]]).toEqual([percent(totals.landPct), percent(totals.demolitionPct)]);
  });

  it('draws the % by project chart, with its CSV', () => {
    expect(page('/land/').querySelector('figure.chart svg')).not.toBeNull();
    const csv = readFileSync(path.join(distDir, 'charts', 'land-acquisition.csv'), 'utf8');
    expect(csv.trim().split('\n').length - 1).toBe(dataset.land.filter((l) => (l.landTargetMu ?? 0) > 0).length);
  });
});

describe('/attraction/', () => {
  it('gives the funnel, the rates, the size bands and the months the core computes', () => {
    const doc = page('/attraction/');
    const f = attractionFunnel(dataset.attraction);
    for (const s of f.steps) {
      expect(cells(doc.querySelector(`#attraction-funnel tr[data-stage="${s.stage}"]`))).toEqual([String(s.countAt), amount(s.amountAt), String(s.count), amount(s.amount)]);
    }
    expect(text(doc.querySelector('[data-rate="performance"]'))).toBe(percent(f.performanceRate));
    expect(text(doc.querySelector('[data-rate="landing"]'))).toBe(percent(f.landingRate));
    expect(fig(doc, 'performanceRate')).toBe(percent(f.performanceRate));
    for (const b of sizeBands(dataset.attraction)) {
      expect(cells(doc.querySelector(`#attraction-sizes tr[data-band="${b.min}"]`))).toEqual([String(b.count), amount(b.amount)]);
    }
    const months = signingsByMonth(dataset.attraction);
    expect([...doc.querySelectorAll('#attraction-months tbody tr')].map((r) => [r.getAttribute('data-period'), cells(r)[0]])).toEqual(months.map((m) => [m.period, String(m.count)]));
    expect(doc.querySelectorAll('#attraction-projects tbody tr').length).toBe(dataset.attraction.length);
  });

  it('draws the funnel chart, with its CSV', () => {
    const csv = readFileSync(path.join(distDir, 'charts', 'attraction-funnel.csv'), 'utf8');
    expect(csv).toContain('意向');
    expect(csv).toContain('开工');
  });
});

describe('/bulletins/', () => {
  it('lists every bulletin, newest first', () => {
    const doc = page('/bulletins/');
    const slugs = [...doc.querySelectorAll('#bulletin-list [data-bulletin]')].map((li) => li.getAttribute('data-bulletin'));
    const expected = [...dataset.bulletins].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug < b.slug ? -1 : 1)).map((b) => b.slug);
    expect(slugs).toEqual(expected);
  });

  it('renders each as an article: title, date, og:type article, project links resolved to built pages', () => {
    for (const b of dataset.bulletins) {
      const doc = page(`/bulletins/${b.slug}/`);
      expect(text(doc.querySelector('h1'))).toBe(b.title);
      expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(b.date);
      expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe(b.date);
      const hrefs = [...doc.querySelectorAll('.bulletin-body a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((h) => h.startsWith('project:'))).toEqual([]);
      for (const h of hrefs.filter((x) => x.includes('/projects/'))) {
        expect(existsSync(file(h.replace(/^.*?\/projects\//, '/projects/'))), h).toBe(true);
      }
      if (b.body.includes('](project:')) expect(hrefs.some((h) => h.includes('/projects/'))).toBe(true);
      expect(doc.querySelectorAll('.bulletin-body h1').length).toBe(0);
    }
  });
});

describe('/briefings/', () => {
  it('links a briefing for every unit and township', () => {
    const doc = page('/briefings/');
    const units = new Set([...aggregateBy(dataset, period, 'responsibleUnit').groups.map((g) => g.key), ...dataset.tasks.map((t) => t.responsibleUnit).filter((u): u is string => !!u)]);
    const townships = aggregateBy(dataset, period, 'township').groups.map((g) => g.key);
    const names = (id: string) => new Set([...doc.querySelectorAll(`#${id} tbody tr`)].map((r) => r.getAttribute('data-name')));
    expect(names('briefings-unit')).toEqual(units);
    expect(names('briefings-township')).toEqual(new Set(townships));
    for (const u of units) expect(existsSync(file(`/briefings/unit/${u}/`)), u).toBe(true);
    for (const t of townships) expect(existsSync(file(`/briefings/township/${t}/`)), t).toBe(true);
  });

  for (const [kind, by] of [['unit', 'responsibleUnit'], ['township', 'township']] as const) {
    it(`${kind}: figures, rank and grade of the month, projects and open tasks as the core computes`, () => {
      const ranking = monthlyRankings(dataset, by).find((r) => r.period === period)!;
      const projects = new Map(dataset.projects.map((p) => [p.id, p]));
      for (const g of aggregateBy(dataset, period, by).groups) {
        const doc = page(`/briefings/${kind}/${g.key}/`);
        const ranked = ranking.groups.find((x) => x.name === g.key)!;
        expect(text(doc.querySelector('[data-sentence="group"]'))).toBe(groupSentence(g, by, locale, ranked, { scope: '全县', moneyUnit: dataset.config.moneyUnit }));
        expect(fig(doc, 'completionPct')).toBe(percent(g.completionPct));
        expect(fig(doc, 'rank')).toBe(ranked.rank === undefined ? '未参加排名' : `第${ranked.rank}名`);
        expect(doc.querySelectorAll('#briefing-projects tbody tr').length).toBe(g.projectCount);
        const mine = states.filter((s) => s.open && (s.task.responsibleUnit === g.key || (s.task.projectId && projects.get(s.task.projectId)?.[by] === g.key)));
        expect([...doc.querySelectorAll('#briefing-tasks tbody tr')].map((r) => r.getAttribute('data-task'))).toEqual(mine.map((s) => s.task.id));
      }
    });
  }
});

// ---------------------------------------------------------------- the hostile bulletin, built

/** The environment without a base path or site URL, so links in the fixture's build start at '/'. */
function withoutSiteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_PATH: _b, SITE_URL: _s, ...rest } = env;
  return rest;
}

describe('a bulletin full of hostile HTML, built (test/fixtures/hostile-bulletin)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'luoshi-hostile-bulletin-'));
  const out = path.join(work, 'dist');
  beforeAll(() => {
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...withoutSiteEnv(process.env), DATA_DIR: path.resolve('test/fixtures/hostile-bulletin') },
    });
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const problems = (doc: Document): string[] => {
    const found: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'form', 'base', 'template'].includes(tag) && !el.closest('figure.chart')) found.push(`<${tag}>`);
      if (tag === 'style' && !el.closest('head')) found.push('<style> in body');
      // The site's own Content-Security-Policy sits in the head; a refresh or a meta in the body never.
      if (tag === 'meta' && (/refresh/i.test(el.getAttribute('http-equiv') ?? '') || !el.closest('head'))) found.push('<meta> refresh or in body');
      for (const attr of [...el.attributes]) {
        const name = attr.name.toLowerCase();
        const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'content'].includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push(`${tag}[${name}=${attr.value}]`);
      }
    }
    return found;
  };

  it('the bulletin page, the list and the home page keep nothing that could run', () => {
    for (const p of ['/bulletins/evil/', '/bulletins/', '/']) {
      expect(problems(page(p, out)), p).toEqual([]);
    }
  });

  it('shows the front matter as text, in the title, the heading and the meta description', () => {
    const doc = page('/bulletins/evil/', out);
    expect(text(doc.querySelector('h1'))).toContain('<script>window.__pwned=1</script>关于');
    expect(doc.querySelector('title')?.textContent).toContain('<svg onload=window.__pwned=1>');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('<a href="javascript:alert(1)">点击</a>');
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(readFileSync(file('/bulletins/evil/', out), 'utf8')).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('keeps the harmless content and resolves project: links', () => {
    const doc = page('/bulletins/evil/', out);
    const body = doc.querySelector('.bulletin-body')!;
    expect(text(body.querySelector('h2'))).toBe('一、总体情况');
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter(Boolean)).toEqual(['/projects/SL-001/', 'https://example.org/ok']);
    expect(text(body)).toContain('资金未到位');
  });
});
