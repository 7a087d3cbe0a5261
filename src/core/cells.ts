// Typing one cell by its schema field. Cells come as editors type them in Excel:
// "12,000", "１２０００", " 3000 ", "65%", "2025年6月30日", "在建". Each parser returns
// either a value (undefined for an empty cell) or a problem worded for the editor.

import type { DiagnosticCode } from './types.ts';
import type { EnumValue, FieldDef } from './schema.ts';
import { ID_PATTERN } from './schema.ts';
import { FORMULA_EN, FORMULA_ZH } from './export-advice.ts';

export interface CellProblem {
  code: Extract<DiagnosticCode, 'type-error' | 'constraint-error' | 'privacy-error'>;
  message: string;
  messageEn: string;
  /** A value that is read, but with a word to the editor (a two-digit year); errors leave it out. */
  severity?: 'warning';
}

export type CellResult =
  | { ok: true; value: string | number | undefined; warning?: CellProblem }
  | { ok: false; problem: CellProblem };

export interface CellContext {
  /**
   * Power of ten that turns a money cell into the configured unit: +4 for a header in
   * 亿元 when money is kept in 万元, −4 for a header in 元.
   */
  moneyExponent?: number;
  /** The cell comes from a text without invisible characters (see holdsInvisible): it is only trimmed. */
  visible?: boolean;
}

/** Marks that mean "nothing to report" in a numeric or date cell. */
const EMPTY_MARKERS = new Set(['-', '—', '–', '－', '——', '--', '/', '／', '\\', '无', '空']);

const ok = (value: string | number | undefined): CellResult => ({ ok: true, value });
const fail = (code: CellProblem['code'], message: string, messageEn: string): CellResult => ({
  ok: false,
  problem: { code, message, messageEn },
});

/** Removes what Excel and copy-paste leave around a value: spaces, BOMs, zero-width characters. */
export function cleanCell(raw: string): string {
  return hasInvisible(raw) ? raw.replace(INVISIBLE, '').trim() : trimCell(raw);
}
/** The characters cleanCell removes; holdsInvisible searches a whole file for each on its own (five plain searches beat one class search). */
const INVISIBLE_CHARS = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060'];
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS.join('')}]`, 'g');

/** cleanCell for a cell of a text that holdsInvisible() found clean: only trimming is left. */
export function trimCell(raw: string): string {
  // Most cells start and end with a visible character: trim() would return them as they are.
  const n = raw.length;
  return n > 0 && untrimmed(raw.charCodeAt(0)) && untrimmed(raw.charCodeAt(n - 1)) ? raw : raw.trim();
}

/** Whether a text holds a character cleanCell removes. One search of a whole file spares one per cell. */
export function holdsInvisible(text: string): boolean {
  return INVISIBLE_CHARS.some((c) => text.includes(c));
}

/** A character trim() keeps at either end: printable ASCII, and above U+3000 all but the BOM. */
function untrimmed(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff);
}

/** INVISIBLE.test(s) as a plain loop over the same characters: cheaper than a regular expression call on short cells. */
function hasInvisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x200b && (c <= 0x200d || c === 0x2060 || c === 0xfeff)) return true;
  }
  return false;
}

/**
 * Printable ASCII without spaces (U+0021–U+007E). Such a string is its own NFKC form,
 * holds no dash that fold() rewrites and no white space, so fold(s).replace(/\s+/g, '') is s.
 */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** The integer an all-digit string (1 to 15 ASCII digits) stands for; -1 for anything else. */
function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Only ASCII digits (and at least one). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** ASCII digits with an optional minus sign and an optional decimal point between digits: -12, 3.25. */
function isDecimal(s: string): boolean {
  let i = s.charCodeAt(0) === 0x2d ? 1 : 0;
  const start = i;
  while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
  if (i === start) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 0x2e) return false;
  const fraction = ++i;
  while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
  return i > fraction && i === s.length;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Full-width digits, letters and punctuation to ASCII; the minus sign and dashes to '-'. */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
}

const NUMERIC_TYPES = new Set<FieldDef['type']>(['integer', 'number', 'money', 'percent', 'date', 'yearmonth', 'year']);
/** Types whose cells cannot start with "=": one that does is a formula exported as text. */
const FORMULA_TYPES = new Set<FieldDef['type']>([...NUMERIC_TYPES, 'enum']);

/** A cell such as "=D4+151" or "=SUM(C4:C59)": the file was exported with formulas instead of their values. */
export function isFormula(cell: string): boolean {
  return cell.charCodeAt(0) === 0x3d && cell.length > 1;
}

function formulaProblem(field: FieldDef): CellResult {
  return fail('type-error', `「${field.title.zh}」${FORMULA_ZH}`, `${field.name} ${FORMULA_EN}`);
}

// ---------------------------------------------------------------- spreadsheet conversions

/**
 * Scientific notation as spreadsheets write a long number: 4.300002025E+017, 4.3E+17. An id of
 * 16 or more digits typed into a "常规" cell becomes this, and its last digits are lost.
 */
const SCIENTIFIC = /^[+-]?\d(?:\.\d+)?[eE][+-]?\d{1,3}$/;
/** Dates as spreadsheets write a value they took for one: 2026/1/6, 26年1月6日, 1/6/26, 2026-01-06. */
const CONVERTED_DATE = /^(?:\d{4}\/\d{1,2}\/\d{1,2}|\d{2,4}年\d{1,2}月\d{1,2}日|\d{1,2}\/\d{1,2}\/\d{2}|\d{4}-\d{2}-\d{2})$/;

/**
 * Whether an id or text cell may be a conversion (the patterns decide): short, starting with a
 * digit, holding a '.', '/', '年' or '-' at a place these forms have it. Ids such as SL-001 and
 * most texts are answered by their first character.
 */
function mayBeConverted(cell: string): boolean {
  const n = cell.length;
  if (n < 4 || n > 20 || !isDigitCode(cell.charCodeAt(0))) return false;
  const c1 = cell.charCodeAt(1);
  return c1 === 0x2e || c1 === 0x45 || c1 === 0x65 || c1 === 0x2f || (n <= 11 && (cell.includes('年') || cell.includes('/') || cell.charCodeAt(4) === 0x2d));
}

/** Fields that hold identifiers by their name: ids, codes and document numbers (批复文号, 证号). */
const IDENTIFIER_NAME = /(?:^|_)(?:id|code|number)$/;

/**
 * An id or text that a spreadsheet converted: to scientific notation (an error for an id,
 * which can no longer be told apart), or to a date (an error for an id, a warning for other
 * strings and texts). Undefined when the cell is neither.
 */
function convertedBySpreadsheet(cell: string, field: FieldDef): CellResult | undefined {
  if (!mayBeConverted(cell)) return undefined;
  // An identifier is an error (its value would be wrong everywhere it is used); a name or a text a warning.
  const id = field.type === 'string' && (field.pattern === ID_PATTERN || IDENTIFIER_NAME.test(field.name));
  if (SCIENTIFIC.test(cell)) {
    if (!id) return undefined;
    return fail(
      'constraint-error',
      `「${field.title.zh}」“${cell}”是科学计数法：表格软件把长数字编号当成了数值，后几位已经丢失，几个编号可能变成了同一个。请在原表中先把这一列设为“文本”格式，再重新输入或粘贴编号（或在编号前加英文单引号'），然后重新导出；也可以直接提交.xlsx工作簿。`,
      `${field.name} "${cell}" is in scientific notation: the spreadsheet took a long numeric id for a number and lost its last digits, so several ids may now be the same. In the original sheet set the column to Text first, then type or paste the ids again (or start each with an apostrophe '), and export again; or commit the .xlsx workbook itself.`,
    );
  }
  if (!CONVERTED_DATE.test(cell)) return undefined;
  const message = `「${field.title.zh}」“${cell}”看起来是日期，但这一列不是日期：很可能是表格软件把输入的内容（如“1-6”“3/10”）自动转换成了日期。请在原表中把这一列设为“文本”格式，重新输入原来的内容后再导出。`;
  const messageEn = `${field.name} "${cell}" reads as a date, but this column holds no dates: the spreadsheet most likely converted what was typed (such as 1-6 or 3/10) into a date. Set the column to Text in the original sheet, type the original value again and export again.`;
  if (id && !/[/年]/.test(cell)) return undefined; // an id 2025-01-06 may be someone's real code; 2026/1/6 cannot be an id
  return id ? fail('constraint-error', message, messageEn) : { ok: true, value: cell, warning: { code: 'type-error', severity: 'warning', message, messageEn } };
}

export function parseCell(raw: string, field: FieldDef, context: CellContext = {}): CellResult {
  const cell = cleanCell(raw);
  if (cell === '' || (EMPTY_MARKERS.has(cell) && NUMERIC_TYPES.has(field.type))) {
    if (field.required) {
      return fail(
        'constraint-error',
        `「${field.title.zh}」是必填项，不能为空。请补上。`,
        `${field.name} is required and may not be empty. Fill it in.`,
      );
    }
    return ok(undefined);
  }
  if (cell.charCodeAt(0) === 0x3d && FORMULA_TYPES.has(field.type)) return formulaProblem(field);
  const typed = parseTyped(cell, field, context);
  if (!typed.ok || typed.value === undefined) return typed;
  const checked = checkConstraints(typed.value, field);
  return checked.ok && typed.warning ? { ...checked, warning: typed.warning } : checked;
}

/**
 * What a column parser returns: the value (undefined for an empty cell), or the failed result,
 * or, rarely, a value with a warning (`{ ok: true, value, problem }`).
 */
export type ParsedCell = string | number | undefined | Extract<CellResult, { ok: false }> | { ok: true; value: string | number; problem: CellProblem };

/**
 * parseCell for one column, compiled once: `parser(raw)` gives what parseCell(raw, field,
 * context) gives (the value, or the failed result), with fast paths for the cells a ledger
 * is made of: plain digits, names, text without enough digits for a phone number, and
 * options or dates that repeat down a column. Anything unusual goes through parseCell.
 */
export function cellParser(field: FieldDef, context: CellContext = {}): (raw: string) => ParsedCell {
  const slow = (raw: string): ParsedCell => {
    const result = parseCell(raw, field, context);
    if (!result.ok) return result;
    return result.warning && result.value !== undefined ? { ok: true, value: result.value, problem: result.warning } : result.value;
  };
  // An empty cell is no value, unless the field is required (then parseCell words the error).
  // Optional columns (problems, measures, deadline) are empty in most rows.
  const required = field.required === true;
  const empty = (raw: string): ParsedCell => (required ? slow(raw) : undefined);
  const clean = context.visible === true ? trimCell : cleanCell;
  const { minimum, maximum, pattern } = field;
  switch (field.type) {
    case 'string': {
      if (field.enum !== undefined) break;
      const re = pattern === undefined ? undefined : patternOf(pattern);
      return (raw) => {
        const cell = clean(raw);
        if (cell === '') return empty(raw);
        if (re !== undefined && !re.test(cell)) return slow(raw);
        // An id that a spreadsheet turned into a number or a date (4.3E+17, 2026/1/6): one
        // character's test spares the patterns for all other cells.
        if (mayBeConverted(cell)) return slow(raw);
        return cell;
      };
    }
    case 'text': {
      if (pattern !== undefined) break;
      return (raw) => {
        const cell = clean(raw);
        if (cell === '') return empty(raw);
        if (holdsDigits(cell, 11) || mayBeConverted(cell)) return slow(raw);
        return cell;
      };
    }
    case 'integer':
    case 'number':
    case 'percent':
    case 'money': {
      const exponent = field.type === 'money' ? (context.moneyExponent ?? 0) : 0;
      const integer = field.type === 'integer';
      return (raw) => {
        // The usual cell, plain digits, is clean already.
        if (exponent === 0) {
          const value = digitsValue(raw);
          if (value >= 0 && (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum)) return value;
        }
        const cell = clean(raw);
        if (cell === '') return empty(raw);
        if (exponent === 0 && cell.length <= 15) {
          // Up to 15 digits read exactly as an integer: what Number(cell) gives, without its string scan.
          const value = digitsValue(cell);
          if (value >= 0 && (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum)) return value;
        }
        if (isDecimal(cell)) {
          // "59.32", "-2.5": what parseNumber reads with its PLAIN pattern, without the regexes.
          const value = shiftDecimal(cell, exponent);
          if (Number.isFinite(value) && (!integer || Number.isInteger(value)) && (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum)) {
            return value === 0 ? 0 : value;
          }
        }
        return slow(raw);
      };
    }
    default:
      break;
  }
  if (field.type === 'string' || field.type === 'text') return slow;
  // Dates, months, years and options: remember the cells already read (a pure function of the cell).
  const seen = new Map<string, ParsedCell>();
  return (raw) => {
    if (raw === '') return empty(raw);
    const known = seen.get(raw);
    if (known !== undefined) return known;
    const parsed = slow(raw);
    if (parsed !== undefined && typeof parsed !== 'object' && seen.size < MAX_SEEN) seen.set(raw, parsed);
    return parsed;
  };
}

function parseTyped(cell: string, field: FieldDef, context: CellContext): CellResult {
  switch (field.type) {
    case 'string':
      return convertedBySpreadsheet(cell, field) ?? ok(cell);
    case 'text': {
      const problem = findPrivateData(cell);
      return problem ? { ok: false, problem } : (convertedBySpreadsheet(cell, field) ?? ok(cell));
    }
    case 'integer': {
      const n = parseNumber(cell, field, false);
      if (!n.ok || n.value === undefined) return n;
      if (!Number.isInteger(n.value)) {
        return fail('type-error', `「${field.title.zh}」应填写整数。`, `${field.name} must be a whole number.`);
      }
      return n;
    }
    case 'number':
      return parseNumber(cell, field, false);
    case 'percent':
      return parseNumber(cell, field, true);
    case 'money':
      return parseNumber(cell, field, false, context.moneyExponent ?? 0);
    case 'date': {
      const d = parseDate(cell);
      if (d && TWO_DIGIT_YEAR.test(cell)) return { ok: true, value: d, warning: twoDigitYear(cell, d, field) };
      if (d) return ok(d);
      return MONTH_DAY_YEAR.test(cell) ? monthDayYear(cell, field) : fail('type-error', dateMessage(field), dateMessageEn(field));
    }
    case 'yearmonth': {
      const p = parseYearMonth(cell);
      return p
        ? ok(p)
        : fail(
            'type-error',
            `「${field.title.zh}」不是有效的月份。请写成2025-08、2025年8月或2025年1-8月。`,
            `${field.name} is not a valid month. Write 2025-08, 2025年8月 or 2025年1-8月.`,
          );
    }
    case 'year': {
      const y = parseYear(cell);
      return y !== undefined
        ? ok(y)
        : fail('type-error', `「${field.title.zh}」应填写四位年份，如2025。`, `${field.name} must be a four-digit year such as 2025.`);
    }
    case 'enum':
      return parseEnum(cell, field);
  }
}

// ---------------------------------------------------------------- numbers

/** Words that turn a number into an estimate: "约3000", "3000左右", "近5亿". */
const ESTIMATE_WORDS = /约|大约|左右|近|余|多|以上|以下|不到|超过|上下/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * "12,000" / "１２０００" / " 3000 " / "65%" → a number. Money is scaled by shifting the
 * decimal point in the text ("1.2" with +4 reads "1.2e4"), so 1.2亿元 is exactly 12000万元.
 */
export function parseNumber(cell: string, field: FieldDef, allowPercent: boolean, exponent = 0): CellResult {
  // The usual cell, "12000": what the general path below would return, without its regexes.
  if (isDigits(cell)) {
    const value = shiftDecimal(cell, exponent);
    if (Number.isFinite(value)) return ok(value === 0 ? 0 : value);
  }
  let s = isPlainAscii(cell) ? cell : fold(cell).replace(/\s+/g, '');
  if (allowPercent && s.endsWith('%')) s = s.slice(0, -1);
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return fail('type-error', numberMessage(cell, field), numberMessageEn(cell, field));
  const value = shiftDecimal(s, exponent);
  if (!Number.isFinite(value)) return fail('type-error', numberMessage(cell, field), numberMessageEn(cell, field));
  return ok(value === 0 ? 0 : value); // no negative zero
}

/** "1.2" shifted by +4 is Number("1.2e4"): decimal text, so no binary rounding creeps in. */
function shiftDecimal(s: string, exponent: number): number {
  if (exponent === 0) return Number(s);
  const [mantissa = s, own = '0'] = s.split(/e/i);
  return Number(`${mantissa}e${Number(own) + exponent}`);
}

function numberMessage(cell: string, field: FieldDef): string {
  const what = field.type === 'money' ? '金额' : '数值';
  if (ESTIMATE_WORDS.test(cell)) {
    return `「${field.title.zh}」应填写${what}：请只填写数字，不要写“约”“左右”等文字。`;
  }
  if (/[万亿元]/.test(cell)) {
    return `「${field.title.zh}」应填写${what}：请只填写数字，单位写在表头里（如“总投资（万元）”），不要写在单元格中。`;
  }
  if (/^\d{1,3}(，\d{3})+/.test(cell) || /\d,\d{1,2}(\D|$)|\d,\d{4}/.test(cell)) {
    return `「${field.title.zh}」应填写${what}，但千分位逗号的位置不对。请去掉逗号，只写数字。`;
  }
  return `「${field.title.zh}」应填写${what}，这里填的不是数字。请只填写阿拉伯数字（可带小数点），没有数据可留空。`;
}

function numberMessageEn(cell: string, field: FieldDef): string {
  if (ESTIMATE_WORDS.test(cell)) return `${field.name} must be a number: write digits only, without words such as 约 (about) or 左右 (or so).`;
  if (/[万亿元]/.test(cell)) return `${field.name} must be a number: write digits only; the unit belongs in the header, e.g. 总投资（万元）.`;
  return `${field.name} must be a number. Write digits only (a decimal point is fine); leave the cell empty when there is no figure.`;
}

// ---------------------------------------------------------------- dates and periods

const pad2 = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日, 20250630; a month alone
 * (2025-06, 2025年6月, 2025年6月底) means its last day. A time after the date
 * ("2025/6/30 0:00", as Excel may export) is ignored.
 */
export function parseDate(cell: string): string | undefined {
  const s = isPlainAscii(cell) ? cell : fold(cell).replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // LibreOffice in a Chinese locale re-saves 2026/3/10 as 26年3月10日: read as 20YY (parseCell warns).
  m = TWO_DIGIT_YEAR.exec(s);
  if (m) return isoDate(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4}) ?年 ?(\d{1,2}) ?月(?:底|末|份)?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : undefined;
  }
  return undefined;
}

/** 2025-08, 2025.08, 2025/8, 2025年8月, 2025年1-8月, 2025年1—8月 → '2025-08'. */
export function parseYearMonth(cell: string): string | undefined {
  const s = fold(cell).replace(/\s+/g, '');
  const m =
    /^(\d{4})[-/.](\d{1,2})$/.exec(s) ??
    /^(\d{4})年(?:1[-—–~至到])?(\d{1,2})月(?:份|底|末)?$/.exec(s) ??
    /^(\d{4})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  return `${year}-${pad2(month)}`;
}

export function parseYear(cell: string): number | undefined {
  const m = /^(\d{4})(?:年|年度)?$/.exec(fold(cell).replace(/\s+/g, ''));
  const year = m ? Number(m[1]) : NaN;
  return year >= 1900 && year <= 2200 ? year : undefined;
}

/** 26年3月10日: a spreadsheet's date format with a two-digit year. */
const TWO_DIGIT_YEAR = /^(\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?$/;
/** 3/10/26: the US month/day/two-digit-year form an English-locale spreadsheet writes. */
const MONTH_DAY_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}$/;

function twoDigitYear(cell: string, iso: string, field: FieldDef): CellProblem {
  return {
    code: 'type-error',
    severity: 'warning',
    message: `「${field.title.zh}」“${cell}”只写了两位年份，按${iso}读取。这通常是表格软件按“年月日”格式重新保存了日期。请把这一列的单元格格式设为“yyyy-mm-dd”（或文本）后重新导出，避免世纪被猜错。`,
    messageEn: `${field.name} "${cell}" has a two-digit year and is read as ${iso}. A spreadsheet usually re-saved the date in its own format: set the column's format to yyyy-mm-dd (or text) and export again, so the century is not guessed.`,
  };
}

function monthDayYear(cell: string, field: FieldDef): CellResult {
  return fail(
    'type-error',
    `「${field.title.zh}」“${cell}”是表格软件按“月/日/两位年份”格式保存的日期，无法确定年份和日月的顺序。请把这一列的单元格格式设为“yyyy-mm-dd”后重新导出，或直接写成2025-09-30。`,
    `${field.name} "${cell}" is a date a spreadsheet saved as month/day/two-digit year; the year and the order of day and month cannot be told for sure. Set the column's format to yyyy-mm-dd and export again, or write 2025-09-30.`,
  );
}

function dateMessage(field: FieldDef): string {
  return `「${field.title.zh}」不是有效的日期。请写成2025-06-30、2025/6/30或2025年6月30日；只知道月份时写2025-06或2025年6月（按月末计）。请同时检查月份是否在1到12之间、日期是否存在。`;
}

function dateMessageEn(field: FieldDef): string {
  return `${field.name} is not a valid date. Write 2025-06-30, 2025/6/30 or 2025年6月30日; a month alone (2025-06, 2025年6月) means its last day. Check that the month is 1 to 12 and the day exists.`;
}

// ---------------------------------------------------------------- enums

/**
 * Per enum list: every accepted key (value or folded label) → value, the first option
 * claiming a key winning, as the option-by-option search does; and the cells already
 * seen → value, since a column repeats a handful of words thousands of times.
 */
interface EnumLookup {
  keys: Map<string, string>;
  seen: Map<string, string>;
}
const enumLookups = new WeakMap<readonly EnumValue[], EnumLookup>();
const MAX_SEEN = 10_000;

function enumLookup(options: readonly EnumValue[]): EnumLookup {
  let lookup = enumLookups.get(options);
  if (!lookup) {
    const keys = new Map<string, string>();
    for (const option of options) {
      const value = option.value.toLowerCase();
      if (!keys.has(value)) keys.set(value, option.value);
      for (const label of option.labels) {
        const key = fold(label).replace(/\s+/g, '').toLowerCase();
        if (!keys.has(key)) keys.set(key, option.value);
      }
    }
    lookup = { keys, seen: new Map() };
    enumLookups.set(options, lookup);
  }
  return lookup;
}

export function parseEnum(cell: string, field: FieldDef): CellResult {
  if (field.enum) {
    const lookup = enumLookup(field.enum);
    const known = lookup.seen.get(cell);
    if (known !== undefined) return ok(known);
    const value = lookup.keys.get(fold(cell).replace(/\s+/g, '').toLowerCase());
    if (value !== undefined) {
      if (lookup.seen.size < MAX_SEEN) lookup.seen.set(cell, value);
      return ok(value);
    }
  }
  const choices = (field.enum ?? []).map((o) => `“${o.labels[0] ?? o.value}”`).join('、');
  const choicesEn = (field.enum ?? []).map((o) => `${o.labels[0] ?? o.value} (${o.value})`).join(', ');
  return fail(
    'type-error',
    `「${field.title.zh}」只能填写${choices}之一。`,
    `${field.name} must be one of ${choicesEn}.`,
  );
}

// ---------------------------------------------------------------- constraints

const patterns = new Map<string, RegExp>();
/** A field's pattern, compiled once (a non-global RegExp keeps no state between tests). */
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}

function checkConstraints(value: string | number, field: FieldDef): CellResult {
  const title = field.title.zh;
  if (typeof value === 'number') {
    if (field.minimum !== undefined && value < field.minimum) {
      const negative = field.minimum === 0;
      return fail(
        'constraint-error',
        negative ? `「${title}」不能是负数。请核对数字。` : `「${title}」不能小于${field.minimum}。请核对数字。`,
        `${field.name} must be at least ${field.minimum}. Check the figure.`,
      );
    }
    if (field.maximum !== undefined && value > field.maximum) {
      return fail(
        'constraint-error',
        `「${title}」不能大于${field.maximum}。请核对数字${field.type === 'percent' ? '（百分比只写数字，如65表示65%）' : ''}。`,
        `${field.name} must be at most ${field.maximum}. Check the figure.`,
      );
    }
  }
  if (field.pattern !== undefined && typeof value === 'string' && !patternOf(field.pattern).test(value)) {
    if (field.patternHint !== undefined) return fail('constraint-error', `「${title}」“${value}”格式不对。${field.patternHint.zh}`, `${field.name} "${value}" has the wrong form. ${field.patternHint.en}`);
    if (field.pattern !== ID_PATTERN) {
      return fail(
        'constraint-error',
        `「${title}」的写法不符合规定的格式（${field.pattern}）。请对照数据格式说明改正。`,
        `${field.name} does not match the required pattern ${field.pattern}. See the data format guide.`,
      );
    }
    return fail(
      'constraint-error',
      `「${title}」格式不对：只能用英文字母、数字、短横线（-）、下划线（_）和点（.），以字母或数字开头，最长64个字符，不能有空格或汉字。它会成为网页地址的一部分。`,
      `${field.name} has the wrong form: use only letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters, no spaces or Chinese characters. It becomes part of a web address.`,
    );
  }
  return ok(value);
}

// ---------------------------------------------------------------- privacy

/** A mainland mobile number, also written 138-0000-0000 or 138 0000 0000, not inside a longer run of digits. */
const MOBILE = /(?<![\d])1[3-9]\d(?:[ -]?\d{4}){2}(?![\d])/;
/** A resident identity number: region, plausible birth date, sequence, check digit. */
const RESIDENT_ID = /(?<![\dXx])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/;

/** Finds personal data in free text: a mobile phone number or a resident ID number. */
export function findPrivateData(text: string): CellProblem | undefined {
  // Both patterns need at least 11 digits (ASCII or full-width); most texts have fewer.
  if (!holdsDigits(text, 11)) return undefined;
  const s = foldDigits(text);
  if (RESIDENT_ID.test(s) && holdsResidentId(s)) {
    return {
      code: 'privacy-error',
      message: '这段文字里有像是居民身份证号码的数字。网站是公开的，不能发布个人信息，请删除这个号码。',
      messageEn: 'This text holds what looks like a resident ID number. The site is public and must not publish personal data: remove the number.',
    };
  }
  if (MOBILE.test(s)) {
    return {
      code: 'privacy-error',
      message: '这段文字里有像是手机号码的数字。网站是公开的，不能发布个人联系方式，请删除这个号码（需要内部联系时，填在不公开的“联系电话”列）。',
      messageEn: 'This text holds what looks like a mobile phone number. The site is public and must not publish personal contacts: remove the number (internal contacts go in the private contact_phone column).',
    };
  }
  return undefined;
}

/**
 * A construction permit's number (施工许可证编号: division code, date, serial, class) has the
 * shape of a resident ID number; written after the words that name it, it is a document number.
 */
const PERMIT_BEFORE = /(?:许可证|证书|批文|编号|证号|文号)(?:编号|号码|号)?\s*[:：]?\s*$/;

/** Whether a resident ID number occurs that is not a document number named as such (身份证编号 stays personal). */
function holdsResidentId(s: string): boolean {
  for (const m of s.matchAll(new RegExp(RESIDENT_ID.source, 'g'))) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (before.includes('身份') || !PERMIT_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * The text with phone and ID numbers masked (138****0000), so that a report or a CI
 * log never repeats the personal data it warns about. Only digits and dashes are
 * folded, so the rest of the text reads as the editor wrote it.
 */
export function maskPrivateData(text: string): string {
  const global = (re: RegExp) => new RegExp(re.source, 'g');
  return foldDigits(text)
    .replace(global(RESIDENT_ID), (id) => id.slice(0, 6) + '********' + id.slice(-4))
    .replace(global(MOBILE), (phone) => {
      const digits = phone.replace(/\D/g, '');
      return digits.slice(0, 3) + '****' + digits.slice(-4);
    });
}

/** Whether `s` holds at least `n` digits, ASCII or full-width (counted until there are enough). */
function holdsDigits(s: string, n: number): boolean {
  if (s.length < n) return false;
  let left = n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) && --left === 0) return true;
  }
  return false;
}

/** Full-width digits and X, and dash-like characters, to ASCII; nothing else changes. */
function foldDigits(s: string): string {
  return s
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－‐‑‒–−]/g, '-')
    .replace(/\u3000/g, ' ');
}
