// The committed sample, read the way the site reads it: the loader must accept every
// Excel habit in it without an error, and what the sample promises (in its README and
// bulletins) must be what the loaded data says.

import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { readDataDir } from '../../src/io/data-dir.ts';
import type { LoadResult, LedgerMonth } from '../../src/core/types.ts';
import { generateSample } from '../../scripts/sample/generate.ts';
import { DEFAULT_OPTIONS } from '../../scripts/sample/options.ts';

let result: LoadResult;
const facts = generateSample(DEFAULT_OPTIONS).facts;

beforeAll(async () => {
  result = loadDataset(await readDataDir('data'));
});

const latest = (): LedgerMonth => {
  const month = result.dataset.ledgers.at(-1);
  if (!month) throw new Error('no ledgers');
  return month;
};

describe('the committed sample data', () => {
  it('loads with zero errors', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line ?? ''} ${d.code} ${d.message}`)).toEqual([]);
  });

  it('has every header understood: nothing missing, nothing dropped but the private phone', () => {
    const labels = result.diagnostics.filter((d) => d.code === 'missing-label' || d.code === 'extra-label' || d.code === 'blank-label');
    expect(labels).toEqual([]);
    for (const s of result.dataset.sources) {
      if (s.file === 'projects.csv') continue;
      expect(s.droppedColumns, s.file).toEqual([]);
    }
  });

  it('keeps the private phone numbers out of the dataset', () => {
    const text = JSON.stringify(result.dataset.projects);
    expect(text).not.toMatch(/1380000\d{4}/);
  });

  it('loads every file and every ledger month', () => {
    expect(Object.values(result.dataset.present).every(Boolean)).toBe(true);
    expect(result.dataset.ledgers.map((l) => l.period)).toHaveLength(22);
    expect(latest().period).toBe('2026-10');
    expect(result.dataset.projects).toHaveLength(80);
    expect(result.dataset.bulletins.length).toBeGreaterThanOrEqual(4);
  });

  it('spreads the Excel encodings over several files', () => {
    const encodings = new Map<string, number>();
    for (const s of result.dataset.sources) encodings.set(s.encoding, (encodings.get(s.encoding) ?? 0) + 1);
    expect(encodings.get('gb18030')).toBeGreaterThanOrEqual(2);
    expect(encodings.get('utf-8-bom')).toBeGreaterThanOrEqual(2);
    // 䶮 survives GB18030 (four bytes) in a project name.
    expect(result.dataset.projects.some((p) => p.name.includes('䶮'))).toBe(true);
  });

  it.each([
    ['䶮', '䶮山镇', 2], // GB18030 FE9F; a GBK-only decoder would give a private-use character
    ['㮾', '㮾溪乡', 4], // a four-byte GB18030 sequence
  ])('writes %s in GB18030 ledgers and the loader decodes it back', async (char, town, bytes) => {
    const files = await readDataDir('data');
    const encoded = iconv.encode(char, 'gb18030');
    expect(encoded.length).toBe(bytes);
    const gbLedgers = result.dataset.sources.filter((s) => s.encoding === 'gb18030' && s.file.startsWith('ledger/')).map((s) => s.file);
    const carrying = gbLedgers.filter((f) => Buffer.from(files.get(f) ?? []).includes(encoded));
    expect(carrying.length).toBeGreaterThan(0);
    for (const file of carrying) {
      const month = result.dataset.ledgers.find((l) => l.file === file);
      expect(month?.rows.some((r) => r.projectName?.includes(town)), file).toBe(true);
    }
  });

  it('has a project name long enough to test label overflow', () => {
    expect(Math.max(...result.dataset.projects.map((p) => [...p.name].length))).toBeGreaterThanOrEqual(25);
  });

  it('plants exactly one over-plan project in the latest month, and a lagging portfolio', () => {
    const rows = latest().rows;
    const over = rows.filter((r) => (r.completedYtd ?? 0) > (r.yearPlan ?? 0)).map((r) => r.projectId);
    expect(over).toEqual([facts.overPlan?.id]);
    expect(result.diagnostics.filter((d) => d.code === 'over-plan')).toHaveLength(1);
    const plan = rows.reduce((s, r) => s + (r.yearPlan ?? 0), 0);
    const done = rows.reduce((s, r) => s + (r.completedYtd ?? 0), 0);
    expect(done / plan - 10 / 12).toBeLessThan(0);
    expect(latest().totals?.completedYtd).toBe(done);
  });

  it('stalls exactly the projects the README names', () => {
    const ledgers = result.dataset.ledgers;
    const [m0, m1, m2] = [ledgers.at(-1), ledgers.at(-2), ledgers.at(-3)];
    const ytd = (m: LedgerMonth | undefined, id: string) => m?.rows.find((r) => r.projectId === id)?.completedYtd;
    const stalled = (m0?.rows ?? [])
      .filter((r) => r.stage === 'construction' && r.completedYtd === ytd(m1, r.projectId) && ytd(m1, r.projectId) === ytd(m2, r.projectId))
      .map((r) => r.projectId)
      .sort();
    expect(stalled).toEqual(facts.stalledNow.map((s) => s.id).sort());
  });

  it('moves stages forward only', () => {
    const order = ['preparatory', 'construction', 'completed', 'operating'];
    const last = new Map<string, number>();
    for (const month of result.dataset.ledgers) {
      for (const r of month.rows) {
        const now = order.indexOf(r.stage ?? '');
        expect(now, `${month.period} ${r.projectId}`).toBeGreaterThanOrEqual(last.get(r.projectId) ?? 0);
        last.set(r.projectId, now);
      }
    }
  });

  it('prints in each bulletin the numbers of the ledger it reports on', () => {
    for (const b of result.dataset.bulletins) {
      const match = /1-(\d+)月，全县重点项目完成投资([\d.]+)亿元，占年度计划的([\d.]+)%/.exec(b.summary ?? '');
      expect(match, b.slug).not.toBeNull();
      const [, month, yi, rate] = match ?? [];
      const period = `${b.date.slice(0, 4)}-${String(month).padStart(2, '0')}`;
      const ledger = result.dataset.ledgers.find((l) => l.period === period);
      expect(ledger, period).toBeDefined();
      const plan = ledger?.rows.reduce((s, r) => s + (r.yearPlan ?? 0), 0) ?? 0;
      const done = ledger?.rows.reduce((s, r) => s + (r.completedYtd ?? 0), 0) ?? 0;
      expect(yi).toBe((done / 10000).toFixed(2));
      expect(rate).toBe(((done / plan) * 100).toFixed(1));
      expect(b.body).toMatch(/\]\(project:SL-\d{4}-\d{3}\)/);
    }
    expect(result.dataset.bulletins.some((b) => /\n\| 项目编号 \| 项目名称 \|/.test(b.body))).toBe(true);
  });

  it('ranks the county second from last among the six in fixed-asset investment growth', () => {
    const latestPeriod = result.dataset.indicators
      .filter((o) => o.indicator === '固定资产投资')
      .map((o) => o.period)
      .sort()
      .at(-1);
    const growths = result.dataset.indicators
      .filter((o) => o.indicator === '固定资产投资' && o.period === latestPeriod)
      .sort((a, b) => (b.growth ?? 0) - (a.growth ?? 0))
      .map((o) => o.region);
    expect(growths).toHaveLength(6);
    expect(growths.indexOf('示例县')).toBe(4);
  });
});

describe('samples generated with other options', () => {
  it.each([
    { seed: 1 },
    { plain: true, seed: 99 },
    { programs: 3 },
    { programs: 9 },
    { months: 36 },
    { start: '2024-07', months: 18 },
    { months: 1 },
    { projects: 10 },
    { regions: 30 },
  ])('load without errors: %o', (over) => {
    const { files, facts } = generateSample({ ...DEFAULT_OPTIONS, ...over });
    const { dataset, diagnostics } = loadDataset(files);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line ?? ''} ${d.code}`)).toEqual([]);
    expect(dataset.projects).toHaveLength(facts.projects);
    expect(dataset.ledgers.at(-1)?.period).toBe(facts.latest.period);
  });
});

describe('the sample project lives (issue 17)', () => {
  it('plants what the tenders, disclosure and schedule pages must show', async () => {
    const { tenderRows } = await import('../../src/sections/tenders/metrics.ts');
    const { schedules, disclosureOverview, investmentAfterChanges } = await import('../../src/sections/lifecycle/metrics.ts');
    const d = result.dataset;
    const flags = tenderRows(d).flatMap((r) => r.flags);
    expect(flags).toContain('single_bidder');
    expect(flags).toContain('direct_award');
    const costly = d.projects.map((p) => investmentAfterChanges(p, d.designChanges)).filter((c) => c.change > 0 && c.changes.some((x) => x.reason));
    expect(costly.length).toBeGreaterThan(0);
    expect(d.inspections.some((i) => i.status === 'overdue' && i.penaltyNumber)).toBe(true);
    expect(d.acceptance.some((a) => a.result === 'pass_after_rectification')).toBe(true);
    const s = schedules(d);
    expect(s.some((x) => x.overdueCompletion)).toBe(true);
    expect(s.some((x) => x.overdueStart)).toBe(true);
    const o = disclosureOverview(d);
    for (const id of ['approval_service', 'approval_result', 'tendering', 'construction', 'quality_safety', 'completion']) {
      expect(o.categories.find((c) => c.category.id === id)!.missing, id).toBeGreaterThan(0);
    }
    expect(facts.lifecycle.lateCompletion).toBe(s.find((x) => x.overdueCompletion)?.projectId);
  });

  it('writes permit numbers of 18 digits, project codes and credit codes that pass their checks', async () => {
    const { checkCreditCode } = await import('../../src/core/credit-code.ts');
    const permits = result.dataset.approvals.filter((a) => a.item === '施工许可证');
    expect(permits.length).toBeGreaterThan(0);
    for (const p of permits) expect(p.documentNumber).toMatch(/^\d{18}$/);
    expect(result.dataset.projects.filter((p) => p.projectCode).length).toBeGreaterThan(60);
    for (const p of result.dataset.parties) if (p.creditCode) expect(checkCreditCode(p.creditCode), p.creditCode).toEqual({ ok: true });
  });
});
