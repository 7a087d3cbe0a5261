// What a spreadsheet does to ids across files and months: the near match, all-digit ids, and
// ids changed wholesale between two months of a year (and not an ordinary month's changes).

import { describe, expect, it } from 'vitest';
import { idsChanged, nearMatcher } from '../../src/core/id-traps.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { codes, filesOf } from './helpers.ts';

const changes = (gone: string[], added: string[], previous: number) => ({ previous, gone: gone.length, added: added.length, ids: () => ({ gone, added }) });

describe('id traps', () => {
  it('the near match differs only in leading zeros, either way', () => {
    const near = nearMatcher(() => ['001', '002', 'SL-010', 'SL-2025-007', 'X']);
    expect([near('1'), near('2'), near('3'), near('SL-10'), near('SL-2025-7'), near('001'), near('x'), near(7)]).toEqual(['001', '002', undefined, 'SL-010', 'SL-2025-007', undefined, undefined, undefined]);
    expect(nearMatcher(() => ['1', '20'])('020')).toBe('20');
  });

  it('most ids gone and about as many new is an error naming the likely cause', () => {
    const renumbered = idsChanged('ledger/2025-08.csv', 'ledger/2025-07.csv', changes(['001', '002', '003', '004'], ['1', '2', '3', '4'], 4));
    expect(renumbered?.code).toBe('id-change-error');
    expect(renumbered?.message).toContain('去掉了前面的0（“001”变成了“1”）');
    const scientific = idsChanged('f', 'p', changes(['430000202500000001', '430000202600000001', '430000202700000001'], ['4.300002025E+17', '4.300002026E+17', '4.300002027E+17'], 3));
    expect(scientific?.message).toContain('科学计数法');
    expect(idsChanged('f', 'p', changes(['A', 'B', 'C'], ['X', 'Y', 'Z'], 3))?.message).toContain('选错了列');
  });

  it('an ordinary month is not: a few projects in and out, projects leaving without new ones, a tiny ledger', () => {
    expect(idsChanged('f', 'p', changes(['A', 'B'], ['X', 'Y'], 10))).toBeUndefined(); // 2 of 10 gone
    expect(idsChanged('f', 'p', changes(['A', 'B', 'C', 'D', 'E', 'F'], ['X'], 10))).toBeUndefined(); // gone, not replaced
    expect(idsChanged('f', 'p', changes(['A', 'B', 'C'], ['X', 'Y', 'Z', 'U', 'V', 'W', 'T'], 4))).toBeUndefined(); // far more new than gone
    expect(idsChanged('f', 'p', changes(['A', 'B'], ['X', 'Y'], 2))).toBeUndefined(); // too few to tell
  });

  it('across a year the list may change wholesale: no error between December and January', () => {
    const header = '项目编号,项目名称,年度计划投资(万元),1-12月完成投资(万元)\n';
    const january = '项目编号,项目名称,年度计划投资(万元),1月完成投资(万元)\n';
    const files = filesOf({
      'projects.csv': '项目编号,项目名称\n001,甲\n002,乙\n003,丙\nB1,丁\nB2,戊\nB3,己\n',
      'ledger/2025-12.csv': header + '001,甲,1,1\n002,乙,1,1\n003,丙,1,1\n',
      'ledger/2026-01.csv': january + 'B1,丁,1,1\nB2,戊,1,1\nB3,己,1,1\n',
    });
    expect(codes(loadDataset(files).diagnostics)).not.toContain('id-change-error');
  });

  it('all-digit ids are a warning once per file, ids with letters none', () => {
    const files = filesOf({ 'projects.csv': '项目编号,项目名称\n001,甲\n002,乙\n', 'ledger/2025-08.csv': '项目编号,项目名称,1-8月完成投资(万元)\n001,甲,1\n002,乙,2\n' });
    expect(loadDataset(files).diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.value])).toEqual([
      ['type-error', 'warning', 'ledger/2025-08.csv', 2, '001'],
      ['type-error', 'warning', 'projects.csv', 2, '001'],
    ]);
    const mixed = filesOf({ 'projects.csv': '项目编号,项目名称\n001,甲\nA2,乙\n', 'ledger/2025-08.csv': '项目编号,项目名称,1-8月完成投资(万元)\nA2,乙,2\n' });
    expect(loadDataset(mixed).diagnostics).toEqual([]);
  });
});
