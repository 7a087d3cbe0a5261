// The .xlsx reader: what it reads (stored values, cached formula results, date cells, merged
// two-row headers, the sheet chosen), what it refuses (hostile workbooks), that a workbook and
// its CSV export load to the same records, and fuzzing. Set FC_SEED to replay, FC_RUNS for more.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetters, isDateFormat, numberText, readWorkbook, serialToDate, unescapeXml, WORKBOOK_LIMITS } from '../../src/core/xlsx.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { formatReport } from '../../src/core/report.ts';
import type { DataFiles, Diagnostic } from '../../src/core/types.ts';
import { writeXlsx, type XCell, type XSheet } from '../helpers/xlsx-writer.ts';
import { FIXTURES, fixtureFiles } from './helpers.ts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 100;
const params = { seed: SEED, numRuns: RUNS };
console.log(`fast-check (xlsx): seed=${SEED} numRuns=${RUNS} (replay with FC_SEED=${SEED})`);

const PROJECTS = '项目编号,项目名称\nSL-001,甲\nSL-002,乙\nSL-003,丙\n';
const HEADER = ['项目编号', '项目名称', '年度计划投资(万元)', '1-8月完成投资(万元)', '进展阶段', '形象进度', '完成时限'];

function rowsOf(xlsx: Uint8Array, sheet?: string) {
  const r = readWorkbook(xlsx, 'ledger/2025-08.xlsx', { sheet });
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r;
}

function withLedger(path: string, bytes: Uint8Array, extra: Record<string, string> = {}) {
  const files: DataFiles = new Map([['projects.csv', strToU8(PROJECTS)], [path, bytes], ...Object.entries(extra).map(([p, t]) => [p, strToU8(t)] as [string, Uint8Array])]);
  return loadDataset(files);
}

describe('xlsx pieces', () => {
  it('column letters as the editor sees them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('serial days to dates (1900 and 1904 systems), with a time of day when there is one', () => {
    expect(serialToDate(45930, false)).toBe('2025/9/30');
    expect(serialToDate(45930.5, false)).toBe('2025/9/30 12:00');
    expect(serialToDate(45930 - 1462, true)).toBe('2025/9/30');
    expect(serialToDate(61, false)).toBe('1900/3/1');
  });

  it('date formats told from number formats', () => {
    for (const code of ['yyyy\\-mm\\-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy/m/d', 'm/d/yy h:mm', 'YYYY-MM-DD', '[DBNum1][$-804]yyyy"年"m"月"']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '#,##0', '0.00', '0.00E+00', '"万元"#,##0', '0%', '#,##0;[Red]-#,##0', '@']) expect(isDateFormat(code), code).toBe(false);
  });

  it('numbers written as a CSV export would: shortest form; long integers in scientific notation', () => {
    expect(numberText(7743.4)).toBe('7743.4');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberText(-0)).toBe('0');
    expect(numberText(430000202500000000)).toBe('4.300002025E+17');
    expect(numberText(123456789012345)).toBe('123456789012345');
  });

  it('XML escapes, character references and _xHHHH_ escapes; nothing else', () => {
    expect(unescapeXml('a&amp;b&lt;c&gt;&quot;&apos;&#20013;&#x6587;_x000D_')).toBe('a&b<c>"\'中文\r');
    expect(unescapeXml('&unknown; &#0; &#x110000;')).toBe('&unknown;  ');
  });
});

describe('reading a workbook', () => {
  it('reads LibreOffice\'s workbook: merged title, two-row header, cached formula values, a date cell', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'sheets/out/ledger-workbook.xlsx')));
    const r = rowsOf(bytes);
    expect(r.sheet).toBe('台账');
    expect(r.rows.records.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.rows.records[5]?.cells).toEqual(['SL-002', '䶮山路改造工程', '4000', '1200', '在建', '路基施工', '施工用地尚有3户未签订协议', '由城北街道牵头协调', '2025/9/30']);
    expect(r.rows.records[7]?.cells.slice(0, 4)).toEqual(['合计', '', '18000', '10650.4']);
  });

  it('the first visible sheet by default; a named sheet on request', () => {
    const xlsx = writeXlsx([
      { name: '隐藏', hidden: true, rows: [['x']] },
      { name: '台账', rows: [['a', 'b']] },
      { name: '说明', rows: [['c']] },
    ]);
    expect(rowsOf(xlsx).sheet).toBe('台账');
    expect(rowsOf(xlsx, '说明').rows.records[0]?.cells).toEqual(['c']);
    const missing = readWorkbook(xlsx, 'f.xlsx', { sheet: '无' });
    expect(missing.ok).toBe(false);
  });

  it('rows as wide as the used range; empty rows skipped; row numbers kept', () => {
    const r = rowsOf(writeXlsx([{ name: 'S', rows: [['a', null, 'c'], [], ['d']] }]));
    expect(r.rows.records.map((x) => [x.line, x.cells])).toEqual([
      [1, ['a', '', 'c']],
      [3, ['d', '', '']],
    ]);
  });

  it('a formula without a saved result reads as empty, with a warning at its cell', () => {
    const xlsx = writeXlsx([{ name: '台账', rows: [HEADER, ['SL-001', '甲', 100, { formula: 'C2*0.5' }, '在建', 'x', '']] }]);
    const result = withLedger('ledger/2025-08.xlsx', xlsx);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toContainEqual(['format-error', 'warning', '台账', 'D2']);
    expect(result.dataset.ledgers[0]?.rows[0]?.completedYtd).toBeUndefined();
  });

  it('diagnostics name the sheet and the cell', () => {
    const xlsx = writeXlsx([{ name: '台账', rows: [HEADER, ['SL-001', '甲', 100, '约50', '在建', 'x', ''], ['SL-009', '乙', 100, 50, '在建', 'x', { date: '2025-09-30' }]] }]);
    const ds = withLedger('ledger/2025-08.xlsx', xlsx).diagnostics;
    expect(ds.map((d) => [d.code, d.line, d.column, d.sheet, d.cell])).toEqual([
      ['type-error', 2, 4, '台账', 'D2'],
      ['foreign-key-error', 3, 1, '台账', 'A3'],
    ]);
    // The report says it as the editor sees it, before row and column.
    const report = formatReport(ds);
    expect(report).toContain('错误 工作表“台账” 单元格D2 第2行 第4列');
    expect(report).toContain('line 3 column 1 (project_id)');
    expect(report).toContain('sheet "台账" cell A3');
  });

  it('an error value (#N/A) in a number column is a type error; TRUE/FALSE read as written', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [HEADER, ['SL-001', '甲', { formula: 'NA()', value: '#N/A' }, 1, '在建', 'x', '']] }]);
    const ds = withLedger('ledger/2025-08.xlsx', bytes).diagnostics;
    expect(ds.map((d) => [d.code, d.cell, d.value])).toEqual([['type-error', 'C2', '#N/A']]);
  });
});

describe('hostile workbooks', () => {
  const error = (bytes: Uint8Array): Diagnostic => {
    const r = readWorkbook(bytes, 'projects.xlsx');
    if (r.ok) throw new Error('read');
    return r.diagnostic;
  };

  it('a CSV or an old .xls renamed .xlsx, random bytes, a zip of something else', () => {
    expect(error(strToU8(PROJECTS)).message).toContain('不是.xlsx工作簿');
    expect(error(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])).message).toContain('.xls');
    expect(error(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])).code).toBe('format-error');
    expect(error(zipSync({ 'a.txt': strToU8('hello') })).message).toContain('xl/workbook.xml');
  });

  it('a DOCTYPE (entity expansion, external entities) is refused', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['a']] }]);
    const files = unzipSync(bytes);
    files['xl/sharedStrings.xml'] = strToU8('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>');
    expect(error(zipSync(files)).message).toContain('DOCTYPE');
  });

  it('a part whose declared size is over the limit is not inflated', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['a']] }]);
    // Patch the central directory's uncompressed size of every entry (offset 24 of each record).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 < bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, WORKBOOK_LIMITS.partBytes + 1, true);
    expect(error(bytes).message).toMatch(/解压后超过/);
  });

  it('a file over the size limit is refused before it is opened', () => {
    expect(error(new Uint8Array(WORKBOOK_LIMITS.bytes + 1)).message).toContain('MB');
  });

  it('rows and columns beyond Excel\'s own limits are refused', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['a']] }]);
    const files = unzipSync(bytes);
    files['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>');
    expect(error(zipSync(files)).message).toContain('XFE1');
    files['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>');
    expect(error(zipSync(files)).message).toContain('行号');
  });

  it('external links are never followed: an external relationship is not a sheet', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['a']] }]);
    const files = unzipSync(bytes);
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="https://example.org/evil.xml" TargetMode="External"/></Relationships>',
    );
    expect(error(zipSync(files)).message).toContain('没有工作表');
  });

  it('a macro part is ignored (never run): the sheet still reads', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['a']] }], { 'xl/vbaProject.bin': 'Attribute VB_Name = "x"' });
    expect(rowsOf(bytes).rows.records[0]?.cells).toEqual(['a']);
  });
});

// ---------------------------------------------------------------- a workbook and its CSV export

const idArb = fc.constantFrom('SL-001', 'SL-002', 'SL-003', 'SL-004');
const textArb = fc.oneof(fc.constantFrom('在建', '主体结构已封顶', '路基施工，二标段', '"引号"', 'a,b', '无', '', '  空格 ', '约3000'), fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)));
const moneyArb = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 100_000, noNaN: true }).map((x) => Math.round(x * 100) / 100));
const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const rowArb = fc.tuple(idArb, textArb, moneyArb, moneyArb, fc.constantFrom('在建', '竣工', '前期', '修建中'), textArb, fc.option(dateArb, { nil: null }));
const tableArb = fc.record({ title: fc.boolean(), rows: fc.array(rowArb, { minLength: 1, maxLength: 8 }), totals: fc.boolean() });

/** The CSV an export of the sheet writes (values, not as shown: numbers at full precision). */
function csvOf(sheet: XCell[][]): string {
  const cell = (c: XCell) => {
    if (c === null) return '';
    if (typeof c === 'number') return String(c);
    if (typeof c === 'object' && 'date' in c) return c.date;
    const s = String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

function sheetOf(t: { title: boolean; rows: (string | number | null)[][]; totals: boolean }): XCell[][] {
  const rows: XCell[][] = [];
  if (t.title) rows.push(['示例县2025年1-8月重点项目推进情况表', null, null, null, null, null, null]);
  rows.push(HEADER);
  for (const r of t.rows) rows.push(r.map((c, i) => (i === 6 && typeof c === 'string' ? { date: c } : c)));
  if (t.totals) {
    const sum = (i: number) => t.rows.reduce((s, r) => s + (r[i] as number), 0);
    rows.push(['合计', null, sum(2), sum(3), null, null, null]);
  }
  return rows;
}

/** What must agree: the rows without their file, and the diagnostics without file and place in the sheet. */
function comparable(result: ReturnType<typeof loadDataset>) {
  return {
    ledgers: result.dataset.ledgers.map((m) => ({ period: m.period, rows: m.rows, totals: m.totals })),
    diagnostics: result.diagnostics.map(({ code, severity, line, column, field, value }) => ({ code, severity, line, column, field, value })),
  };
}

describe('a workbook and its CSV export', () => {
  it('load to identical records and diagnostics (random ledgers)', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const sheet = sheetOf(t);
        const fromXlsx = withLedger('ledger/2025-08.xlsx', writeXlsx([{ name: '台账', rows: sheet }]));
        const fromCsv = withLedger('ledger/2025-08.csv', strToU8(csvOf(sheet)));
        expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
      }),
      params,
    );
  });

  it('LibreOffice\'s workbooks and their CSV exports load to identical records', () => {
    const out = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'sheets/out', name)));
    const pairs: [string, string, string][] = [
      ['ledger-workbook.xlsx', 'ledger-workbook.values.csv', 'ledger/2025-08'],
      ['ledger-workbook.xlsx', 'ledger-workbook.utf16.csv', 'ledger/2025-08'],
      ['2025-08.xlsx', '../../base/ledger/2025-08.csv', 'ledger/2025-08'],
      ['projects.xlsx', '../../base/projects.csv', 'projects'],
    ];
    for (const [xlsx, csv, stem] of pairs) {
      const base = fixtureFiles('base');
      const withFile = (path: string, bytes: Uint8Array) => {
        const files = new Map(base);
        files.delete(`${stem}.csv`);
        files.set(path, bytes);
        return loadDataset(files);
      };
      const a = withFile(`${stem}.xlsx`, out(xlsx));
      const b = withFile(`${stem}.csv`, out(csv));
      expect(a.diagnostics, xlsx).toEqual([]);
      // Everything but the file names (in sources and each month's file).
      const same = (d: typeof a.dataset) => ({ ...d, sources: [], ledgers: d.ledgers.map((m) => ({ ...m, file: '' })) });
      expect(same(a.dataset), `${xlsx} vs ${csv}`).toEqual(same(b.dataset));
    }
  });
});

// ---------------------------------------------------------------- fuzzing

const REAL = ['ledger-workbook.xlsx', 'projects.xlsx', '2025-08.xlsx'].map((n) => new Uint8Array(readFileSync(join(FIXTURES, 'sheets/out', n))));

/** Damage inside the zip: a part's XML cut, bytes replaced, pieces of markup inserted; then zipped again. */
const xmlDamage = fc.tuple(
  fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.oneof(
    fc.constant(''),
    fc.constantFrom('<', '>', '"', '&', '&amp;', '<c r="A1" t="s"><v>99999</v></c>', '<row r="0">', '<row r="5">', '<c r="ZZZZ9">', '<v>1e999</v>', '</sheetData>', '<!DOCTYPE x>', '_x0000_', 't="d"', 's="999"', '<mergeCell ref="A1:XFD1048576"/>'),
    fc.string({ maxLength: 20 }),
  ),
  fc.boolean(),
);

describe('fuzzing workbooks', () => {
  const expectSane = (files: DataFiles, ds: readonly Diagnostic[]) => {
    for (const d of ds) {
      expect(files.has(d.file) || d.file === 'ledger/' || d.file === '', d.file).toBe(true);
      if (d.line !== undefined) expect(d.line >= 1 && d.line <= WORKBOOK_LIMITS.rows).toBe(true);
      if (d.column !== undefined) expect(d.column >= 1 && d.column <= WORKBOOK_LIMITS.columns + 1).toBe(true);
      expect(d.message.length * d.messageEn.length).toBeGreaterThan(0);
    }
  };

  it('damaged zips never make the loader throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }), fc.boolean(), (xlsx, f, v, cut) => {
        const b = new Uint8Array(xlsx);
        const i = Math.min(b.length - 1, Math.floor(f * b.length));
        const damaged = cut ? b.slice(0, i) : (b.fill(v, i, i + 1), b);
        const files = new Map(fixtureFiles('base'));
        files.delete('ledger/2025-08.csv');
        files.set('ledger/2025-08.xlsx', damaged);
        expectSane(files, loadDataset(files).diagnostics);
      }),
      params,
    );
  });

  it('damaged XML inside a sound zip never makes the loader throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), xmlDamage, (xlsx, [part, f, insert, cut]) => {
        const parts = unzipSync(xlsx);
        const xml = new TextDecoder().decode(parts[part] ?? new Uint8Array());
        const i = Math.floor(f * xml.length);
        parts[part] = strToU8(cut ? xml.slice(0, i) + insert : xml.slice(0, i) + insert + xml.slice(i));
        const files = new Map(fixtureFiles('base'));
        files.delete('ledger/2025-08.csv');
        files.set('ledger/2025-08.xlsx', zipSync(parts));
        const result = loadDataset(files);
        expectSane(files, result.diagnostics);
        expect(loadDataset(files)).toEqual(result);
      }),
      params,
    );
  });
});
