// January's ledger says "1月完成投资" rather than "1-1月": both the field and the month are read.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const files = (ledgers: Record<string, string>) =>
  new Map([['projects.csv', enc('项目编号,项目名称\nA1,甲项目\n')], ...Object.entries(ledgers).map(([k, v]) => [k, enc(v)] as [string, Uint8Array])]);

describe('January header 1月完成投资', () => {
  it('is completed this year, with no diagnostic in a January file', () => {
    const { dataset, diagnostics } = loadDataset(files({ 'ledger/2026-01.csv': '项目编号,年度计划投资(万元),1月完成投资(万元)\nA1,1200,80\n' }));
    expect(dataset.ledgers[0]?.rows[0]?.completedYtd).toBe(80);
    expect(diagnostics).toEqual([]);
  });
  it('names the month, so a February file with a January header is a period mismatch', () => {
    const { diagnostics } = loadDataset(files({ 'ledger/2026-02.csv': '项目编号,年度计划投资(万元),1月完成投资(万元)\nA1,1200,80\n' }));
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['period-mismatch', 1, 3]]);
  });
});
