// CSV records with their physical lines, and header labels.

import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/core/csv-rows.ts';
import { findHeader, makeMatcher, matchLabel, normalizeLabel } from '../../src/core/headers.ts';
import { countLines } from '../../src/core/decode.ts';
import { ledger, programs, projects } from '../../src/core/schema.ts';

describe('CSV records', () => {
  it('numbers records by physical line, across quoted line breaks, blank rows and any line ending', () => {
    const text = 'a,b\r\n"x\r\ny",z\r\n\r\n,,\rc,"d\n\ne"\nf,g';
    const rows = parseCsvRows(text, 'f.csv');
    expect(rows.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', 'z']],
      [6, ['c', 'd\n\ne']],
      [9, ['f', 'g']],
    ]);
    expect(rows.records[2]?.cellLines).toEqual([6, 6]);
    expect(rows.blankRows).toBe(2);
    expect(countLines(text)).toBe(9);
  });

  it('finds an unterminated quote at the line where it opened', () => {
    const rows = parseCsvRows('a,b\nc,d\ne,"f\ng,h\n', 'f.csv');
    expect(rows.records.map((r) => r.line)).toEqual([1, 2]);
    expect(rows.diagnostics.map((d) => [d.code, d.line, d.column, d.value])).toEqual([['quote-error', 3, 2, 'f…']]);
    expect(rows.unterminated?.line).toBe(3);
  });

  it('a quote that opens after a multi-line cell is placed on its own line', () => {
    const rows = parseCsvRows('"a\nb","c\n', 'f.csv');
    expect(rows.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 2]]);
  });

  it('is not fooled by text that looks like its end-of-text marker', () => {
    const rows = parseCsvRows('a,\u0000luoshi-end\u0000\nb,"c', 'f.csv');
    expect(rows.records.map((r) => r.cells)).toEqual([['a', '\u0000luoshi-end\u0000']]);
    expect(rows.diagnostics.map((d) => d.code)).toEqual(['quote-error']);
  });

  it('an empty text has no records and no diagnostics', () => {
    expect(parseCsvRows('', 'f.csv')).toEqual({ records: [], blankRows: 0, diagnostics: [] });
    expect(parseCsvRows('\n\n', 'f.csv').blankRows).toBe(2);
  });
});

describe('header labels', () => {
  it.each([
    ['总投资（亿元）', '总投资', '亿元'],
    ['总投资(万元)', '总投资', '万元'],
    ['总投资【元】', '总投资', '元'],
    [' 项 目 编 号 ', '项目编号', undefined],
    ['\uFEFF项目编号', '项目编号', undefined],
    ['形象进度（%）', '形象进度', '%'],
    ['征地任务(亩)', '征地任务', '亩'],
    ['拆除面积（平方米）', '拆除面积', '平方米'],
    ['拆除面积(㎡)', '拆除面积', '平方米'],
    ['总投资（单位：万元）', '总投资', '万元'],
    ['总投资(估算)', '总投资(估算)', undefined],
    ['Project_ID', 'project_id', undefined],
  ])('%j → %j in %j', (raw, key, unit) => {
    expect(normalizeLabel(raw)).toEqual(unit === undefined ? { key } : { key, unit });
  });

  it('matches names, aliases, patterns, glued units and percent columns', () => {
    const m = makeMatcher(ledger);
    const name = (raw: string) => matchLabel(m, normalizeLabel(raw))?.name;
    expect(name('项目编号')).toBe('project_id');
    expect(name('project_id')).toBe('project_id');
    expect(name('1-8月完成投资')).toBe('completed_ytd');
    expect(name('1—12月累计完成投资')).toBe('completed_ytd');
    expect(name('2025年计划投资')).toBe('year_plan');
    expect(name('年度计划投资万元')).toBe('year_plan');
    expect(name('形象进度')).toBe('progress');
    expect(name('形象进度(%)')).toBe('progress_pct');
    expect(name('备注')).toBeUndefined();
    expect(matchLabel(makeMatcher(programs), normalizeLabel('序号'))?.name).toBe('order');
  });

  it('finds the header below title rows and reports a missing one', () => {
    const records = parseCsvRows('示例县2025年1-8月重点项目推进情况表\n单位：亿元\n项目编号,项目名称,总投资\nA1,甲,1\n', 'p.csv').records;
    const header = findHeader(records, projects, { file: 'projects.csv' });
    expect([header.headerIndex, header.line, header.titleMoneyUnit]).toEqual([2, 3, '亿元']);
    expect(header.columns.map((c) => c.field.name)).toEqual(['id', 'name', 'total_investment']);
    const none = findHeader(parseCsvRows('a,b\n1,2\n', 'p.csv').records, projects, { file: 'projects.csv' });
    expect(none.headerIndex).toBe(-1);
    expect(none.diagnostics.map((d) => [d.code, d.line])).toEqual([['missing-header', 1]]);
  });

  it('pins the wording for a missing required column', () => {
    const records = parseCsvRows('项目名称,总投资\n甲,1\n', 'p.csv').records;
    const header = findHeader(records, projects, { file: 'projects.csv' });
    expect(header.diagnostics.map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "表头中缺少必填列「项目编号」（可写作：项目编号、编号）。请在表中加上这一列。",
      ]
    `);
  });
});
