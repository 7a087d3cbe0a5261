// Typing single cells: tables of what editors type and what it becomes.

import { describe, expect, it } from 'vitest';
import { cleanCell, findPrivateData, holdsInvisible, maskPrivateData, parseCell, parseDate, parseYear, parseYearMonth } from '../../src/core/cells.ts';
import type { FieldDef } from '../../src/core/schema.ts';
import { indicators, ledger, projects, tasks } from '../../src/core/schema.ts';

const field = (resource: { fields: FieldDef[] }, name: string): FieldDef => {
  const f = resource.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};
const money = field(projects, 'total_investment');
const pct = field(ledger, 'progress_pct');
const stage = field(ledger, 'stage');
const id = field(projects, 'id');
const note = field(ledger, 'problems');
const period = field(indicators, 'period');
const status = field(tasks, 'status');

const value = (raw: string, f: FieldDef, moneyExponent = 0) => {
  const r = parseCell(raw, f, { moneyExponent });
  return r.ok ? r.value : r.problem.code;
};

describe('numbers and money', () => {
  it.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['1,234,567.89', 1234567.89],
    ['１２０００', 12000],
    ['１２，０００．５', 12000.5],
    ['  3000  ', 3000],
    ['\u3000 3000\u3000', 3000],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['', undefined],
    ['-', undefined],
    ['—', undefined],
    ['/', undefined],
    ['无', undefined],
    ['约3000', 'type-error'],
    ['3000左右', 'type-error'],
    ['3000万元', 'type-error'],
    ['1,2345', 'type-error'],
    ['12,00', 'type-error'],
    ['三千', 'type-error'],
    ['1.2.3', 'type-error'],
    ['-5', 'constraint-error'],
    ['−5', 'constraint-error'],
  ])('money %j → %j', (raw, expected) => {
    expect(value(raw, money)).toBe(expected);
  });

  it('scales by the header unit exactly (decimal shift, no binary rounding)', () => {
    expect(value('1.2', money, 4)).toBe(12000);
    expect(value('0.35', money, 4)).toBe(3500);
    expect(value('0.07', money, 4)).toBe(700);
    expect(value('123456', money, -4)).toBe(12.3456);
    expect(value('1.5e3', money, 4)).toBe(15000000);
  });

  it('percent accepts a trailing % and checks 0–100', () => {
    expect(value('65%', pct)).toBe(65);
    expect(value('６５％', pct)).toBe(65);
    expect(value('100', pct)).toBe(100);
    expect(value('120', pct)).toBe('constraint-error');
    expect(value('65 %', pct)).toBe(65);
  });

  it('pins the wording for an estimate', () => {
    const r = parseCell('约3000', money);
    expect(r.ok ? '' : r.problem.message).toMatchInlineSnapshot(`"「总投资」应填写金额：请只填写数字，不要写“约”“左右”等文字。"`);
    expect(r.ok ? '' : r.problem.messageEn).toMatchInlineSnapshot(
      `"total_investment must be a number: write digits only, without words such as 约 (about) or 左右 (or so)."`,
    );
  });
});

describe('dates, months and years', () => {
  it.each([
    ['2025-06-30', '2025-06-30'],
    ['2025/6/30', '2025-06-30'],
    ['2025.6.30', '2025-06-30'],
    ['2025年6月30日', '2025-06-30'],
    ['2025 年 6 月 30 日', '2025-06-30'],
    ['２０２５年６月３０日', '2025-06-30'],
    ['20250630', '2025-06-30'],
    ['2025/6/30 0:00', '2025-06-30'],
    ['2025-06', '2025-06-30'],
    ['2025年6月', '2025-06-30'],
    ['2025年2月底', '2025-02-28'],
    ['2024-02', '2024-02-29'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['2025-00-10', undefined],
    ['2025-06-31', undefined],
    ['6月30日', undefined],
    ['明年', undefined],
  ])('date %j → %j', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    ['2025-08', '2025-08'],
    ['2025-8', '2025-08'],
    ['2025.08', '2025-08'],
    ['2025年8月', '2025-08'],
    ['2025年1-8月', '2025-08'],
    ['2025年1—8月', '2025-08'],
    ['2025年1～8月', '2025-08'],
    ['202508', '2025-08'],
    ['2025-13', undefined],
    ['2025年', undefined],
    ['8月', undefined],
  ])('period %j → %j', (raw, expected) => {
    expect(parseYearMonth(raw)).toBe(expected);
  });

  it('years', () => {
    expect([parseYear('2025'), parseYear('2025年'), parseYear('2025年度'), parseYear('25'), parseYear('3025')]).toEqual([
      2025,
      2025,
      2025,
      undefined,
      undefined,
    ]);
  });

  it('an impossible date is a type-error through the schema', () => {
    expect(value('2025-13-01', field(projects, 'planned_start'))).toBe('type-error');
    expect(value('2025年1-8月', period)).toBe('2025-08');
    expect(value('-', field(projects, 'planned_start'))).toBe(undefined);
  });
});

describe('enums, patterns and required cells', () => {
  it('reads labels and canonical values', () => {
    expect([value('在建', stage), value('已开工', stage), value(' 竣 工 ', stage), value('operating', stage)]).toEqual([
      'construction',
      'construction',
      'completed',
      'operating',
    ]);
    expect(value('修建中', stage)).toBe('type-error');
    expect(value('已销号', status)).toBe('closed');
  });

  it('lists the choices when an option is unknown', () => {
    const r = parseCell('修建中', stage);
    expect(r.ok ? '' : r.problem.message).toMatchInlineSnapshot(`"「进展阶段」只能填写“前期”、“在建”、“竣工”、“投产”之一。"`);
  });

  it('ids must be URL-safe', () => {
    expect(value('SL-2025-001', id)).toBe('SL-2025-001');
    expect(value('SL 001', id)).toBe('constraint-error');
    expect(value('城南-1', id)).toBe('constraint-error');
    expect(value('-1', id)).toBe('constraint-error');
  });

  it('a required empty cell is a constraint-error; an empty marker in a text cell is kept', () => {
    expect(value('', id)).toBe('constraint-error');
    expect(value('  ', status)).toBe('constraint-error');
    expect(value('无', note)).toBe('无');
  });
});

describe('privacy', () => {
  it.each([
    ['联系人张三13800000000', true],
    ['电话：138-0000-0000', true],
    ['电话 138 0000 0000', true],
    ['手机１３９１２３４５６７８', true],
    ['身份证430101199003071234', true],
    ['身份证43010119900307123X', true],
    ['合同编号202508300012345678901', false], // a longer run of digits
    ['投资138000000000元', false],
    ['编号20250830001234567', false],
    ['4301011990130712345', false], // month 13, too long
    ['完成投资12000万元', false],
    ['主体结构已封顶', false],
  ])('%j → private: %j', (text, flagged) => {
    expect(findPrivateData(text) !== undefined).toBe(flagged);
    expect(value(text, note) === 'privacy-error').toBe(flagged);
  });

  it('masks the number in what it reports', () => {
    expect(maskPrivateData('张三 138-0000-1234，身份证430101199003071234')).toBe('张三 138****1234，身份证430101********1234');
  });
});

describe('invisible characters', () => {
  // cleanCell tests each cell with a loop over code ranges, holdsInvisible a whole file with a
  // list of characters: every UTF-16 code unit must get the same answer from both.
  it('cleanCell removes exactly the characters holdsInvisible looks for', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const removed = cleanCell(`甲${ch}乙`) === '甲乙';
      if (removed !== holdsInvisible(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(cleanCell('\uFEFF 在建\u200B ')).toBe('在建');
  });
});

describe('what a spreadsheet did to a cell', () => {
  const outcome = (raw: string, f: FieldDef) => {
    const r = parseCell(raw, f);
    return r.ok ? [r.value, r.warning?.severity ?? 'ok'] : [r.problem.code, 'error'];
  };
  const township = field(projects, 'township');
  const ledgerId = field(ledger, 'project_id');
  const progress = field(ledger, 'progress');
  const deadline = field(ledger, 'deadline');

  it.each([
    // Formulas exported as text, in numeric, date and option cells; a text may start with "=".
    ['=D4+151', money, ['type-error', 'error']],
    ['=SUM(C4:C59)', pct, ['type-error', 'error']],
    ['=TODAY()', deadline, ['type-error', 'error']],
    ['=IF(A1,"在建")', stage, ['type-error', 'error']],
    ['=见附件', note, ['=见附件', 'ok']],
    // Scientific notation: an error in an id, nothing in a text.
    ['4.300002025E+017', id, ['constraint-error', 'error']],
    ['4.30000202500000E+17', ledgerId, ['constraint-error', 'error']],
    ['4.3E+17', note, ['4.3E+17', 'ok']],
    // Two-digit years in a date column: read as 20YY with a warning; M/D/YY cannot be told.
    ['25年9月30日', deadline, ['2025-09-30', 'warning']],
    ['9/30/25', deadline, ['type-error', 'error']],
    ['2025/9/30', deadline, ['2025-09-30', 'ok']],
    // Text that became a date: an error in an id, a warning in a text or a name.
    ['2026/1/6', ledgerId, ['constraint-error', 'error']],
    ['26年1月6日', id, ['constraint-error', 'error']],
    ['26年1月6日', progress, ['26年1月6日', 'warning']],
    ['2026/3/10', township, ['2026/3/10', 'warning']],
    ['2025-01-06', ledgerId, ['2025-01-06', 'ok']],
    ['1-6层主体完工', progress, ['1-6层主体完工', 'ok']],
  ] as const)('%s in %s', (raw, f, expected) => {
    expect(outcome(raw, f as FieldDef)).toEqual(expected);
  });
});
