// What Excel exports look like in practice, and what the loader makes of them.

import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { validateTable } from '../../src/core/validate-table.ts';
import { ledger, projects } from '../../src/core/schema.ts';
import { codes, filesOf } from './helpers.ts';

const PROJECTS = `项目编号,项目名称
SL-001,城南污水处理厂
SL-002,䶮山路改造工程
SL-003,人民医院综合楼
`;

// Title and unit rows, a 序号 column, full-width brackets and digits, thousands
// separators, spaces, a blank row, a grouping row, a 小计 and a 合计 row.
const EXCEL_LEDGER = [
  '示例县2025年1-8月重点项目推进情况表,,,,,,',
  '单位：万元,,,,,,',
  '序号,项目编号,项目名称,年度计划投资（万元）,1—8月累计完成投资,进展阶段,形象进度(%)',
  '一、基础设施提升工程（2个）,,,,,,',
  '1, SL-001 ,城南污水处理厂,"5,000",３３５０,在建,65%',
  ',,,,,,',
  '2,SL-002,䶮山路改造工程, 4000 ,"1,200.5",已开工,３０',
  '小 计,,,"9,000",4550.5,,',
  '二、社会民生工程（1个）,,,,,,',
  '3,SL-003,人民医院综合楼,9000,6100,竣工,-',
  '合 计,,,"18,000","10,650.5",,',
  '',
].join('\r\n');

describe('Excel quirks', () => {
  const result = loadDataset(filesOf({ 'projects.csv': PROJECTS, 'ledger/2025-08.csv': EXCEL_LEDGER }));
  const month = result.dataset.ledgers[0];

  it('reads the ledger without a single diagnostic', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('skips title, unit, blank, grouping and subtotal rows; keeps the data rows with their lines', () => {
    expect(month?.rows.map((r) => [r.projectId, r.line])).toEqual([
      ['SL-001', 5],
      ['SL-002', 7],
      ['SL-003', 10],
    ]);
  });

  it('types numbers written with separators, full-width digits, spaces and percent signs', () => {
    expect(month?.rows.map((r) => [r.yearPlan, r.completedYtd, r.stage, r.progressPct])).toEqual([
      [5000, 3350, 'construction', 65],
      [4000, 1200.5, 'construction', 30],
      [9000, 6100, 'completed', undefined],
    ]);
  });

  it('leaves the 合计 row out and keeps its money columns as the cross-check', () => {
    expect(month?.totals).toEqual({ yearPlan: 18000, completedYtd: 10650.5 });
  });

  it('reports a 合计 row that does not add up, by more than the rounding of its own cells', () => {
    const off = EXCEL_LEDGER.replace('"10,650.5"', '10800');
    const r = loadDataset(filesOf({ 'projects.csv': PROJECTS, 'ledger/2025-08.csv': off }));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.field])).toEqual([['totals-mismatch', 11, 5, 'completed_ytd']]);
    // 3350 + 1200.5 + 6100 may each be off by half their last place (0.5 + 0.05 + 0.5), and a total
    // written without decimals by 0.5 more: 1.55 in all. "Save as shown" writes 10,651 or 10,652 …
    const rounded = (total: string) => loadDataset(filesOf({ 'projects.csv': PROJECTS, 'ledger/2025-08.csv': EXCEL_LEDGER.replace('"10,650.5"', total) })).diagnostics;
    expect(rounded('"10,651"')).toEqual([]);
    expect(rounded('10652')).toEqual([]);
    // … but 10,653 is more than rounding explains, and so is 10690 (0.37%, which a 0.5% rule let through).
    expect(codes(rounded('10653'))).toEqual(['totals-mismatch']);
    expect(codes(rounded('10690'))).toEqual(['totals-mismatch']);
    expect(rounded('10690')[0]?.message).toContain('按显示格式保存单元格内容');
  });

  it('normalises 总投资(亿元) and (元) to 万元, exactly', () => {
    const text = '项目编号,项目名称,总投资（亿元）\nA1,甲,1.2\nA2,乙,0.35\nA3,丙,"2,000"\n';
    const table = validateTable(text, { file: 'projects.csv', resource: projects, moneyUnit: '万元' });
    expect(table.diagnostics).toEqual([]);
    expect(table.records.map((r) => r.values.totalInvestment)).toEqual([12000, 3500, 20000000]);
    const yuan = validateTable('项目编号,项目名称,总投资(元)\nA1,甲,123456\n', { file: 'projects.csv', resource: projects, moneyUnit: '万元' });
    expect(yuan.records[0]?.values.totalInvestment).toBe(12.3456);
    const inYi = validateTable('项目编号,项目名称,总投资(万元)\nA1,甲,12000\n', { file: 'projects.csv', resource: projects, moneyUnit: '亿元' });
    expect(inYi.records[0]?.values.totalInvestment).toBe(1.2);
  });

  it('takes the money unit of a title row "单位：亿元" for columns that state none', () => {
    const text = '单位：亿元\n项目编号,项目名称,总投资,年度计划投资(万元)\n';
    const t = validateTable(text + 'A1,甲,1.5,\n', { file: 'projects.csv', resource: projects, moneyUnit: '万元' });
    expect(t.records[0]?.values.totalInvestment).toBe(15000);
  });

  it('accepts canonical snake_case headers and drops undeclared columns with a warning', () => {
    const text = 'project_id,year_plan,completed_ytd,note\nSL-001,100,50,x\n';
    const t = validateTable(text, { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } });
    expect(t.records).toEqual([{ line: 2, values: { projectId: 'SL-001', yearPlan: 100, completedYtd: 50 } }]);
    expect(t.dropped).toEqual(['note']);
    expect(codes(t.diagnostics)).toEqual(['extra-label']);
  });

  it('a header month that is not the file month is a period-mismatch', () => {
    const text = '项目编号,1-7月完成投资\nSL-001,50\n';
    const t = validateTable(text, { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } });
    expect(t.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['period-mismatch', 1, 2]]);
    expect(t.diagnostics[0]?.message).toMatchInlineSnapshot(
      `"表中写的是7月，但文件名表示2025年8月的台账。请核对：如果是7月的数据，请把文件改名；否则请改正表中的月份。"`,
    );
  });

  it('a title row names the period; a fill-in date does not', () => {
    const check = (title: string) =>
      validateTable(`${title}\n项目编号\nSL-001\n`, { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } }).diagnostics.map((d) => d.code);
    expect(check('示例县2025年1-8月重点项目推进情况表')).toEqual([]);
    expect(check('截至2025年8月底')).toEqual([]);
    expect(check('填报日期：2025年9月5日')).toEqual([]);
    expect(check('示例县2025年1—9月重点项目推进情况表')).toEqual(['period-mismatch']);
    expect(check('示例县2024年8月重点项目推进情况表')).toEqual(['period-mismatch']);
  });

  it('counts lines across quoted cells that hold line breaks', () => {
    const text = '项目编号,项目名称,年度计划投资,进展阶段\nSL-001,"城南\n污水\n处理厂",100,在建\nSL-002,乙,约50,在建\n';
    const t = validateTable(text, { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } });
    expect(t.records.map((r) => r.line)).toEqual([2, 5]);
    expect(t.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['type-error', 5, 3]]);
    expect(t.blankRows).toBe(0);
  });

  it('private columns are validated but never copied into the model', () => {
    const r = loadDataset(
      filesOf({
        'projects.csv': '项目编号,项目名称,联系电话\nSL-001,甲,13800000000\nSL-002,乙,\n',
        'ledger/2025-08.csv': '项目编号\nSL-001\nSL-002\n',
      }),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.dataset.projects).toEqual([
      { id: 'SL-001', name: '甲' },
      { id: 'SL-002', name: '乙' },
    ]);
    expect(JSON.stringify(r.dataset)).not.toContain('13800000000');
    expect(r.dataset.sources.find((s) => s.file === 'projects.csv')?.fields).toEqual(['id', 'name']);
  });

  it('a row-number column 序号 is ignored silently; trailing empty columns too', () => {
    const t = validateTable('序号,项目编号,项目名称,,\n1,A1,甲,,\n', { file: 'projects.csv', resource: projects, moneyUnit: '万元' });
    expect(t.diagnostics).toEqual([]);
    expect(t.dropped).toEqual([]);
  });
});

describe('two-row headers (a merged group label above its columns)', () => {
  const text = [
    '示例县2025年1-8月重点项目推进情况表,,,,,',
    '序号,项目编号,项目名称,投资情况（亿元）,,进展阶段',
    ',,,年度计划,1-8月完成,',
    '1,SL-001,城南污水处理厂,0.5,0.335,在建',
    '',
  ].join('\n');

  it('joins the two rows and carries the group unit', () => {
    const t = validateTable(text, { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } });
    expect(t.diagnostics).toEqual([]);
    expect(t.records).toEqual([
      { line: 4, values: { projectId: 'SL-001', projectName: '城南污水处理厂', yearPlan: 5000, completedYtd: 3350, stage: 'construction' } },
    ]);
  });

  it('a first data row is never taken for a second header row', () => {
    const t = validateTable('项目编号,项目名称\nA1,年度计划\n', { file: 'projects.csv', resource: projects, moneyUnit: '万元' });
    expect(t.records.map((r) => r.values.name)).toEqual(['年度计划']);
  });

  it('a group label joined with its sub-label, before or after it, names a field', () => {
    const t = validateTable('项目编号,完成投资,\n,1-8月,开工累计\nA1,30,90\n', { file: 'ledger/2025-08.csv', resource: ledger, moneyUnit: '万元', period: { year: 2025, month: 8 } });
    expect(t.diagnostics).toEqual([]);
    expect(t.records).toEqual([{ line: 3, values: { projectId: 'A1', completedYtd: 30, completedTotal: 90 } }]);
  });
});
