// Property tests: whatever bytes land in the data folder, loadDataset returns (never
// throws), and every place it names lies inside the file it names.
// Set FC_SEED to replay a failure; FC_RUNS to run more cases.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { parseCsvRows } from '../../src/core/csv-rows.ts';
import type { CsvRecord } from '../../src/core/csv-rows.ts';
import { countLines, decodeBytes } from '../../src/core/decode.ts';
import type { DataFiles, Diagnostic } from '../../src/core/types.ts';
import { fixtureFiles } from './helpers.ts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 150;
const params = { seed: SEED, numRuns: RUNS };
console.log(`fast-check: seed=${SEED} numRuns=${RUNS} (replay with FC_SEED=${SEED})`);

const PATHS = [
  'projects.csv',
  'ledger/2025-08.csv',
  'ledger/2025-07.csv',
  'indicators.csv',
  'tasks.csv',
  'land.csv',
  'campaigns.csv',
  'campaign_projects.csv',
  'site.json',
  'datapackage.json',
  'bulletins/a.md',
];

// Pieces that reach deep into the loader: labels, quotes, separators, units, totals.
const PIECES = [
  ',', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', '\u3000', '\uFEFF',
  '项目编号', '项目名称', '年度计划投资', '1-8月完成投资', '进展阶段', '形象进度(%)', '存在问题', '完成时限',
  '总投资（亿元）', '序号', '合 计', '小计', '一、', '单位：万元', '2025年1-7月', '备注',
  'P1', 'SL-001', '在建', '竣工', '约3000', '1,200', '１２', '-', '无', '65%', '2025-13-01', '2025年6月',
  '13800000000', '430101199003071234', '---', 'title: x', 'date: 2025-09-01', '{', '}', '"title":', '䶮', '𠀀',
];

const csvLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const text = fc.oneof(csvLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  text.map((t) => new TextEncoder().encode(t)),
  text.map((t) => new Uint8Array(iconv.encode(t, 'gb18030'))),
  text.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)])),
);

const folder = fc.dictionary(fc.constantFrom(...PATHS), bytes, { maxKeys: 6 });

/** Every diagnostic's line and column lie inside the file it names. */
function expectPlacesInside(files: DataFiles, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const content = files.get(d.file);
    if (d.line === undefined) {
      expect(d.column).toBeUndefined();
      continue;
    }
    expect(content, `${d.code} names a file that is not there: ${d.file}`).toBeDefined();
    if (!content) continue;
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    const decoded = decodeBytes(content, d.file);
    const text = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(content);
    expect(d.line, `${d.code} line ${d.line} in ${d.file}`).toBeLessThanOrEqual(Math.max(1, countLines(text)));
    if (d.column === undefined) continue;
    const rows = parseCsvRows(text, d.file);
    const all: CsvRecord[] = rows.unterminated ? [...rows.records, rows.unterminated] : rows.records;
    const record = all.find((r) => r.line <= d.line! && d.line! <= lastLine(r));
    expect(record, `${d.code} at line ${d.line} is not inside a record of ${d.file}`).toBeDefined();
    expect(d.column, `${d.code} column ${d.column} at line ${d.line} of ${d.file}`).toBeLessThanOrEqual((record?.cells.length ?? 0) + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

function lastLine(r: CsvRecord): number {
  const i = r.cells.length - 1;
  return (r.cellLines[i] ?? r.line) + ((r.cells[i] ?? '').match(/\n/g)?.length ?? 0);
}

describe('loadDataset on arbitrary input', () => {
  it('never throws, and places every diagnostic inside its file', () => {
    fc.assert(
      fc.property(folder, (entries) => {
        const files: DataFiles = new Map(Object.entries(entries));
        const result = loadDataset(files);
        expectPlacesInside(files, result.diagnostics);
        // Deterministic: the same input gives the same output.
        expect(loadDataset(files)).toEqual(result);
      }),
      params,
    );
  });

  it('one damaged file in an otherwise clean folder never throws either', () => {
    const base = fixtureFiles('base');
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), bytes, (path, content) => {
        const files = new Map(base);
        files.set(path, content);
        const result = loadDataset(files);
        expectPlacesInside(files, result.diagnostics);
        for (const d of result.diagnostics) expect(d.message.length * d.messageEn.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('diagnostics come sorted by file, line, column and code', () => {
    fc.assert(
      fc.property(folder, (entries) => {
        const ds = loadDataset(new Map(Object.entries(entries))).diagnostics;
        const keys = ds.map((d) => [d.file, d.line ?? 0, d.column ?? 0, d.code] as const);
        for (let i = 1; i < keys.length; i++) {
          const [a, b] = [keys[i - 1]!, keys[i]!];
          const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
          expect(order).toBeLessThanOrEqual(0);
        }
      }),
      { ...params, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

// Fuzzing on real ledgers: the committed sample's files (UTF-8, UTF-8 with BOM, GB18030,
// title rows, totals rows) cut, with bytes duplicated, swapped, dropped or replaced, stray
// quotes and separators inserted, or re-encoded. The loader must not throw, and every
// place it names must lie inside the damaged file.
const REAL = ['projects.csv', 'ledger/2026-09.csv', 'ledger/2026-10.csv', 'ledger/2025-05.csv', 'tasks.csv', 'land.csv'];
const sample = readDataSample(REAL);

function readDataSample(paths: string[]): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const p of paths) {
    try {
      out.set(p, new Uint8Array(readFileSync(path.join('data', p))));
    } catch {
      // a sample without that file: the other files still fuzz
    }
  }
  return out;
}

type Mutation = (b: Uint8Array) => Uint8Array;
const at = (b: Uint8Array, f: number) => Math.min(b.length, Math.floor(f * (b.length + 1)));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => (b) => b.slice(0, at(b, f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(([f, n]): Mutation => (b) => {
    const i = at(b, f);
    return new Uint8Array([...b.slice(0, i + n), ...b.slice(i)]);
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([f, g]): Mutation => (b) => {
    const c = new Uint8Array(b);
    const i = Math.min(c.length - 1, at(b, f));
    const j = Math.min(c.length - 1, at(b, g));
    if (i >= 0 && j >= 0) [c[i], c[j]] = [c[j]!, c[i]!];
    return c;
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 50 })).map(([f, n]): Mutation => (b) => {
    const i = at(b, f);
    return new Uint8Array([...b.slice(0, i), ...b.slice(i + n)]);
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })).map(([f, v]): Mutation => (b) => {
    const c = new Uint8Array(b);
    const i = Math.min(c.length - 1, at(b, f));
    if (i >= 0) c[i] = v;
    return c;
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('"', '""', ',', '\n', '\r', '\uFEFF', '合计', '"\n"')).map(([f, s]): Mutation => (b) => {
    const i = at(b, f);
    return new Uint8Array([...b.slice(0, i), ...new TextEncoder().encode(s), ...b.slice(i)]);
  }),
  fc.constantFrom<Mutation>(
    (b) => new Uint8Array(iconv.encode(new TextDecoder('utf-8').decode(b), 'gb18030')),
    (b) => new Uint8Array(iconv.encode(new TextDecoder('gb18030').decode(b), 'utf16le')),
    (b) => new TextEncoder().encode(new TextDecoder('gb18030').decode(b)),
  ),
);

describe.skipIf(sample.size === 0)('fuzzing real ledgers', () => {
  it('mutated sample files never make the loader throw; every place lies inside the file', () => {
    const runs = Math.max(RUNS, 200);
    console.log(`fuzz: ${sample.size} real files, seed=${SEED} numRuns=${runs}`);
    fc.assert(
      fc.property(fc.constantFrom(...sample.keys()), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
        const files = new Map(sample);
        files.set(file, mutations.reduce((b, m) => m(b), sample.get(file)!));
        const result = loadDataset(files);
        expectPlacesInside(files, result.diagnostics);
      }),
      { ...params, numRuns: runs },
    );
  });
});
