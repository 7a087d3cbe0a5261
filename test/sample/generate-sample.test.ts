// The sample generator: deterministic, reproduces the committed data/, scales, and
// plants the trouble the rest of the portal is tested against.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../scripts/sample/generate.ts';
import { DEFAULT_OPTIONS, type SampleOptions } from '../../scripts/sample/options.ts';
import { LEDGER_FIELDS } from '../../scripts/sample/ledger.ts';

const options = (over: Partial<SampleOptions> = {}): SampleOptions => ({ ...DEFAULT_OPTIONS, ...over });
const NODE = join(process.cwd(), 'node_modules/.bin/node');
/** Not written by the generator: scripts/write-datapackage.ts owns it. */
const NOT_OURS = new Set(['datapackage.json']);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .filter((f) => !NOT_OURS.has(f) && !f.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('npm run sample', () => {
  it('reproduces the committed data/ byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'luoshi-sample-'));
    temps.push(out);
    execFileSync(NODE, ['scripts/generate-sample.ts', '--out', out], { stdio: 'pipe' });
    const committed = listFiles('data');
    expect(listFiles(out)).toEqual(committed);
    const differing = committed.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('data', f))));
    // If this fails after a deliberate change to the generator: run `npm run sample` and commit data/.
    expect(differing).toEqual([]);
  });

  it('rejects a bad option with a usage message', () => {
    expect(() => execFileSync(NODE, ['scripts/generate-sample.ts', '--months', 'many'], { stdio: 'pipe' })).toThrow(/--months expects a whole number/);
  });
});

describe('generateSample', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const a = generateSample(options()).files;
    const b = generateSample(options()).files;
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(Buffer.from(bytes).equals(Buffer.from(b.get(path) ?? new Uint8Array())), path).toBe(true);
    const c = generateSample(options({ seed: 7 })).files;
    expect(Buffer.from(c.get('ledger/2026-10.csv') ?? []).equals(Buffer.from(a.get('ledger/2026-10.csv') ?? []))).toBe(false);
  });

  it('writes plain UTF-8 with canonical headers in --plain mode', () => {
    const { files, facts } = generateSample(options({ plain: true, projects: 200, months: 3 }));
    const ledgers = [...files.keys()].filter((f) => f.startsWith('ledger/'));
    expect(ledgers).toEqual(['ledger/2025-01.csv', 'ledger/2025-02.csv', 'ledger/2025-03.csv']);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [path, bytes] of files) {
      if (!path.endsWith('.csv')) continue;
      expect(bytes[0], `${path} has a BOM`).not.toBe(0xef);
      const text = decoder.decode(bytes);
      expect(text.includes('\r'), `${path} has CR`).toBe(false);
      expect(text.includes('合计'), `${path} has a totals row`).toBe(false);
      expect(/[\u4e00-\u9fff]/.test(text.split('\n')[0] ?? ''), `${path} has a Chinese header`).toBe(false);
    }
    const header = new TextDecoder().decode(files.get('ledger/2025-03.csv')).split('\n')[0];
    expect(header).toBe(LEDGER_FIELDS.join(','));
    expect(facts.projects).toBe(200);
  });

  it.each([20261031, 1, 2, 3, 42])('plants exactly one over-plan project and a lagging portfolio (seed %i)', (seed) => {
    const { facts, files } = generateSample(options({ seed, plain: true }));
    expect(facts.overPlan).toBeDefined();
    expect(facts.latest.lag).toBeLessThan(0);
    // Read the plain latest ledger back: the one over plan is the planted one.
    const rows = new TextDecoder()
      .decode(files.get('ledger/2026-10.csv'))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const over = rows.filter((r) => Number(r[3]) > Number(r[2])).map((r) => r[0]);
    expect(over).toEqual([facts.overPlan?.id]);
    expect(facts.stalledNow.map((s) => s.months).sort()).toEqual([2, 3, 4]);
    expect(facts.neverStarts.length).toBe(2);
  });

  it('keeps the default portfolio sensible in the latest month', () => {
    const { facts } = generateSample(options());
    expect(facts.latest.period).toBe('2026-10');
    expect(facts.latest.rate).toBeGreaterThan(0.7);
    expect(facts.latest.rate).toBeLessThan(0.8);
    expect(facts.tasks.overdue).toBeGreaterThan(0);
    expect(facts.tasks.open).toBeGreaterThan(facts.tasks.overdue);
    expect(facts.tasks.total).toBeGreaterThan(facts.tasks.open);
    expect(facts.land.done).toBe(9);
    expect(facts.land.acquiredShare).toBeGreaterThan(0.5);
    expect(facts.land.acquiredShare).toBeLessThan(0.7);
  });

  // How long it takes is the benchmark's business (npm run bench prints it); a unit test
  // asserts no wall-clock time.
  it('scales to a benchmark-sized sample', () => {
    const { files, facts } = generateSample(options({ plain: true, projects: 10000, months: 36, regions: 100 }));
    expect(facts.projects).toBe(10000);
    expect([...files.keys()].filter((f) => f.startsWith('ledger/'))).toHaveLength(36);
    expect(facts.regions).toBe(100);
  }, 120_000);
});
