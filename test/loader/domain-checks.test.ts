// Cross-file checks, each on a hand-made folder whose answer is worked out by hand.

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { checkFileNames, endOfMonth, ledgerPeriod } from '../../src/core/domain-checks.ts';
import type { Diagnostic } from '../../src/core/types.ts';
import { filesOf } from './helpers.ts';

const PROJECTS = `项目编号,项目名称
P1,城南污水处理厂
P2,䶮山路改造工程
P3,人民医院综合楼
`;
const HEADER = '项目编号,项目名称,年度计划投资,本年累计完成投资,进展阶段,存在问题,完成时限';

function load(extra: Record<string, string>) {
  return loadDataset(filesOf({ 'projects.csv': PROJECTS, ...extra }));
}
const brief = (ds: readonly Diagnostic[]) => ds.map((d) => [d.code, d.file, d.line ?? null, d.column ?? null, d.value ?? null]);

describe('domain checks', () => {
  it('a ledger row for an unknown project is a foreign-key-error', () => {
    const r = load({ 'ledger/2025-08.csv': `${HEADER}\nP1,城南污水处理厂,100,50,在建,,\nP9,幽灵项目,100,50,在建,,\n` });
    expect(brief(r.diagnostics)).toEqual([['foreign-key-error', 'ledger/2025-08.csv', 3, 1, 'P9']]);
    expect(r.diagnostics[0]?.message).toMatchInlineSnapshot(
      `"「项目编号」“P9”在项目清单（projects.csv）中找不到。请先在项目清单中添加，或改正这里的编号。"`,
    );
  });

  it('a name that differs from projects.csv is a name-mismatch; spaces and full-width forms do not count', () => {
    const r = load({
      'ledger/2025-08.csv': `${HEADER}\nP1,城南污水处理厂（二期）,100,50,在建,,\nP2,䶮山路 改造工程,100,50,在建,,\nP3,人民医院综合楼,100,50,在建,,\n`,
    });
    expect(brief(r.diagnostics)).toEqual([['name-mismatch', 'ledger/2025-08.csv', 2, 2, '城南污水处理厂（二期）']]);
  });

  it('completed above the year plan is over-plan (equal is fine)', () => {
    const r = load({ 'ledger/2025-08.csv': `${HEADER}\nP1,,100,100,在建,,\nP2,,100,100.5,在建,,\nP3,,0,1,在建,,\n` });
    expect(brief(r.diagnostics)).toEqual([
      ['over-plan', 'ledger/2025-08.csv', 3, 4, '100.5'],
      ['over-plan', 'ledger/2025-08.csv', 4, 4, '1'],
    ]);
  });

  it('negative money is a constraint-error', () => {
    const r = load({ 'ledger/2025-08.csv': `${HEADER}\nP1,,100,-1,在建,,\n` });
    expect(brief(r.diagnostics)).toEqual([['constraint-error', 'ledger/2025-08.csv', 2, 4, '-1']]);
  });

  it('a stage moving backwards between consecutive months is stage-regression, also across a year', () => {
    const r = load({
      'ledger/2024-12.csv': `${HEADER}\nP1,,100,10,在建,,\nP2,,100,10,前期,,\nP3,,100,10,投产,,\n`,
      'ledger/2025-01.csv': `${HEADER}\nP1,,100,10,前期,,\nP2,,100,10,在建,,\nP3,,100,10,投产,,\n`,
      'ledger/2025-02.csv': `${HEADER}\nP1,,100,10,在建,,\nP2,,100,10,竣工,,\nP3,,100,10,竣工,,\n`,
    });
    expect(brief(r.diagnostics)).toEqual([
      ['stage-regression', 'ledger/2025-01.csv', 2, 5, '前期'],
      ['stage-regression', 'ledger/2025-02.csv', 4, 5, '竣工'],
    ]);
  });

  it('a project in last month of the same year but not this month is missing-project; a new year starts afresh', () => {
    const r = load({
      'ledger/2024-12.csv': `${HEADER}\nP1,,100,10,在建,,\nP2,,100,10,在建,,\nP3,,100,10,在建,,\n`,
      'ledger/2025-01.csv': `${HEADER}\nP1,,100,10,在建,,\nP2,,100,10,在建,,\n`,
      'ledger/2025-02.csv': `${HEADER}\nP1,,100,10,在建,,\n`,
    });
    expect(brief(r.diagnostics)).toEqual([['missing-project', 'ledger/2025-02.csv', null, null, 'P2']]);
    expect(r.dataset.ledgers.map((m) => m.period)).toEqual(['2024-12', '2025-01', '2025-02']);
  });

  it('a deadline before the month end while problems remain is deadline-passed', () => {
    const r = load({
      'ledger/2025-08.csv': `${HEADER}\nP1,,100,10,在建,征地未完成,2025-08-15\nP2,,100,10,在建,无,2025-07-31\nP3,,100,10,在建,征地未完成,2025-08-31\n`,
    });
    expect(brief(r.diagnostics)).toEqual([['deadline-passed', 'ledger/2025-08.csv', 2, 7, '2025-08-15']]);
  });

  it('an open task past its deadline as of the latest ledger month is deadline-passed', () => {
    const r = load({
      'ledger/2025-08.csv': `${HEADER}\nP1,,100,10,在建,,\n`,
      'tasks.csv':
        '事项编号,项目编号,事项内容,完成期限,办理状态\n' +
        'T1,P1,协调用电,2025-08-30,办理中\n' + // before 2025-08-31: overdue
        'T2,P1,协调用地,2025-08-31,办理中\n' + // due on the data date: not yet overdue
        'T3,P2,办理施工许可,2025-07-01,已销号\n' + // closed
        'T4,P9,不存在的项目,2025-12-31,办理中\n', // unknown project
    });
    expect(brief(r.diagnostics)).toEqual([
      ['deadline-passed', 'tasks.csv', 2, 4, '2025-08-30'],
      ['foreign-key-error', 'tasks.csv', 5, 2, 'P9'],
    ]);
    expect(r.dataset.present.tasks).toBe(true);
    expect(r.dataset.tasks.map((t) => [t.id, t.status])).toEqual([
      ['T1', 'open'],
      ['T2', 'open'],
      ['T3', 'closed'],
      ['T4', 'open'],
    ]);
  });

  it('foreign keys of land and campaign projects, and a campaign file that is missing', () => {
    const r = load({
      'ledger/2025-08.csv': `${HEADER}\nP1,,100,10,在建,,\n`,
      'land.csv': '项目编号,征地任务(亩),已征地(亩)\nP1,120,86.5\nP7,10,1\n',
      'campaign_projects.csv': '行动编号,项目编号,攻坚目标\nBR-2025,P1,开工\n',
    });
    expect(brief(r.diagnostics)).toEqual([
      ['foreign-key-error', 'campaign_projects.csv', null, null, null],
      ['foreign-key-error', 'land.csv', 3, 1, 'P7'],
    ]);
    const r2 = load({
      'ledger/2025-08.csv': `${HEADER}\nP1,,100,10,在建,,\n`,
      'campaigns.csv': '行动编号,行动名称,开始日期,结束日期\nBR-2025,百日攻坚,2025-09-22,2025-12-31\n',
      'campaign_projects.csv': '行动编号,项目编号\nBR-2025,P1\nBR-2024,P2\nBR-2025,P8\n',
    });
    expect(brief(r2.diagnostics)).toEqual([
      ['foreign-key-error', 'campaign_projects.csv', 3, 1, 'BR-2024'],
      ['foreign-key-error', 'campaign_projects.csv', 4, 2, 'P8'],
    ]);
    expect(r2.dataset.land).toEqual([]);
    expect(r2.dataset.campaigns).toEqual([{ id: 'BR-2025', name: '百日攻坚', start: '2025-09-22', end: '2025-12-31' }]);
  });

  it('ledger file names must be ledger/YYYY-MM.csv with a real month', () => {
    // A ledger may also be a workbook or tab-separated text (ledger/2025-08.xlsx, .txt, .tsv); not an .xls.
    expect(brief(checkFileNames(['ledger/2025-08.csv', 'ledger/2025-8.csv', 'ledger/2025年8月.csv', 'ledger/2025-13.csv', 'ledger/2025-08.xlsx', 'ledger/2025-09.txt', 'ledger/2025-10.tsv', 'ledger/2025-11.xls', 'Projects.csv', 'notes.csv', 'notes.xlsx', 'projects.xlsx', 'projects.xls', 'units.xlsm', 'README.md']))).toEqual([
      ['file-name-error', 'ledger/2025-8.csv', null, null, null],
      ['file-name-error', 'ledger/2025年8月.csv', null, null, null],
      ['file-name-error', 'ledger/2025-13.csv', null, null, null],
      ['file-name-error', 'ledger/2025-11.xls', null, null, null],
      ['file-name-error', 'Projects.csv', null, null, null],
      ['file-name-error', 'notes.csv', null, null, null],
      ['file-name-error', 'notes.xlsx', null, null, null],
      ['file-name-error', 'projects.xls', null, null, null],
      ['file-name-error', 'units.xlsm', null, null, null],
    ]);
    expect(ledgerPeriod('ledger/2025-08.xlsx')).toEqual({ year: 2025, month: 8, period: '2025-08' });
    expect(ledgerPeriod('ledger/2025-08.txt')).toEqual({ year: 2025, month: 8, period: '2025-08' });
    expect(ledgerPeriod('ledger/2025-08.xls')).toBeUndefined();
    expect(checkFileNames(['ledger/2025-8.csv']).map((d) => d.severity)).toEqual(['error']);
    expect(ledgerPeriod('ledger/2025-08.csv')).toEqual({ year: 2025, month: 8, period: '2025-08' });
    expect(ledgerPeriod('ledger/2025-00.csv')).toBeUndefined();
    expect([endOfMonth('2025-02'), endOfMonth('2024-02'), endOfMonth('2025-12')]).toEqual(['2025-02-28', '2024-02-29', '2025-12-31']);
  });

  it('a missing projects.csv or ledger folder is reported, with a hint for a wrongly cased name', () => {
    const r = loadDataset(filesOf({ 'Projects.csv': PROJECTS }));
    expect(brief(r.diagnostics)).toEqual([
      ['file-name-error', 'Projects.csv', null, null, null],
      ['file-name-error', 'ledger/', null, null, null],
      ['file-name-error', 'projects.csv', null, null, null],
    ]);
    expect(r.diagnostics[2]?.message).toMatchInlineSnapshot(`"缺少项目清单文件projects.csv。文件夹中有Projects.csv，请把文件名改为projects.csv（注意大小写）。"`);
  });
});
