// The CSV writer: BOM, CRLF, quoting, numbers as numbers, and the formula-injection guard
// (OWASP "CSV injection") on every text cell, with a table of hostile inputs.
import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { BOM, csvCell, isFormulaLike, neutraliseFormula, toCsv } from '../../src/core/export/csv.ts';

const hostile: [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+86 138', "'+86 138"],
  ['-5', "'-5"],
  ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
  ['\t=cmd', "'\t=cmd"],
  ['\r=cmd', "'\r=cmd"],
  ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
  ['正常文字', '正常文字'],
  ['a=b', 'a=b'],
  ["'已加引号", "'已加引号"],
];

describe('neutraliseFormula', () => {
  it.each(hostile)('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
  it('says which text a spreadsheet would run', () => {
    expect(isFormulaLike('=A1')).toBe(true);
    expect(isFormulaLike('项目')).toBe(false);
    expect(isFormulaLike('')).toBe(false);
  });
});

describe('csvCell', () => {
  it('writes numbers as numbers, even negative ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('writes blanks, booleans and quoted text', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"明"')).toBe('"说""明"""');
    expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF, and parses back', () => {
    const text = toCsv(['id', 'name', 'amount'], [['A-1', '=危险', 12.5], ['A-2', '逗号,引号"', undefined]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual(['id', 'name', 'amount']);
    expect(rows[0]).toEqual({ id: 'A-1', name: "'=危险", amount: '12.5' });
    expect(rows[1]).toEqual({ id: 'A-2', name: '逗号,引号"', amount: '' });
  });
  it('can leave the BOM out', () => {
    expect(toCsv(['a'], [[1]], { bom: false })).toBe('a\r\n1\r\n');
  });
  it('never lets a text cell start with a formula character', () => {
    const cells = hostile.map(([input]) => input);
    const text = toCsv(['x'], cells.map((c) => [c]));
    for (const [value] of csvParseRows(text.slice(1)).slice(1)) expect(isFormulaLike(value ?? '')).toBe(false);
  });
});
