// Text to records, with d3-dsv's row parser (no CSV parser of our own). What d3 does
// not tell us, and editors need, is where each record is: a quoted cell may hold line
// breaks, so a record's physical line is counted from the breaks inside the cells
// before it. An unterminated quote is found with an end-of-text sentinel: if the
// sentinel was swallowed into a cell, a quote was still open when the text ended.

import { csvParseRows, tsvParseRows } from 'd3-dsv';
import type { Diagnostic } from './types.ts';
import { normalizeLineEndings } from './decode.ts';
import { diagnostic } from './report.ts';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Cells as d3 returns them (quotes removed, not trimmed). */
  cells: string[];
  /**
   * 1-based physical line where each cell starts (differs from `line` after a multi-line cell).
   * A cell missing here starts on `line`: a file without quotes shares one empty list.
   */
  cellLines: readonly number[];
}

export interface CsvRows {
  /** Non-blank records in file order. */
  records: CsvRecord[];
  /** Records whose cells are all empty or spaces (Excel writes them as ",,,,"); skipped. */
  blankRows: number;
  /** The record whose quote never closed (cut at the quote), when there is one; not in `records`. */
  unterminated?: CsvRecord;
  diagnostics: Diagnostic[];
}

/** cellLines of a record whose cells all start on its line (no list per record to allocate). */
const SAME_LINE: readonly number[] = Object.freeze([]);

/**
 * Records of a delimited text: comma-separated, or tab-separated (`tab`) as Excel's "Unicode
 * 文本" and .tsv files are; d3 reads quotes the same way in both.
 */
export function parseCsvRows(text: string, file: string, tab = false): CsvRows {
  const normalized = normalizeLineEndings(text);
  const parseRows = tab ? tsvParseRows : csvParseRows;
  // Only a quoted cell can hold a line break or leave a quote open: a text without
  // quotes (the usual export) needs neither the sentinel nor a search of its cells.
  if (!normalized.includes('"')) return unquotedRows(normalized, parseRows);
  const sentinel = makeSentinel(normalized);
  // d3 drops one final line break; without one, the sentinel needs its own line.
  const joiner = normalized === '' || normalized.endsWith('\n') ? '' : '\n';
  const rows = parseRows(normalized + joiner + sentinel);
  const records: CsvRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let blankRows = 0;
  let unterminated: CsvRecord | undefined;
  let line = 1;
  // The sentinel's own chunk without its last character, which d3 cuts off an
  // unterminated quoted cell.
  const swallowed = sentinel.slice(0, -1);
  // Only the last record can hold the swallowed sentinel (the text holds no copy of it).
  const last = rows.length - 1;
  for (let r = 0; r <= last; r++) {
    const cells = rows[r] as string[];
    const isSentinel = cells.length === 1 && cells[0] === sentinel;
    if (isSentinel) break;
    const cellLines: number[] = [];
    let cellLine = line;
    let openQuoteAt: number | undefined;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? '';
      cellLines.push(cellLine);
      if (r === last && cell.includes(swallowed)) {
        openQuoteAt = i;
        cells[i] = cell.slice(0, cell.indexOf(swallowed)).replace(/\n$/, '');
        break;
      }
      cellLine += countBreaks(cell);
    }
    if (openQuoteAt !== undefined) {
      const at = cellLines[openQuoteAt] ?? line;
      diagnostics.push(
        diagnostic(
          'quote-error',
          'error',
          { file, line: at, column: openQuoteAt + 1, value: firstLineOf(cells[openQuoteAt] ?? '') },
          `第${at}行第${openQuoteAt + 1}列的英文双引号（"）没有配对，从这里到文件末尾都被当成了同一个单元格。请检查这个单元格，删掉多余的引号，或把单元格内的引号写成两个（""）。`,
          `The double quote (") in line ${at}, column ${openQuoteAt + 1} is never closed, so everything from here to the end of the file reads as one cell. Remove the stray quote, or write a quote inside a cell as two ("").`,
        ),
      );
      // The rest of the file is one broken cell: nothing after it can be trusted.
      unterminated = { line, cells: cells.slice(0, openQuoteAt + 1), cellLines };
      break;
    }
    if (isBlank(cells)) blankRows++;
    else records.push({ line, cells, cellLines });
    line = cellLine + 1;
  }
  return unterminated ? { records, blankRows, unterminated, diagnostics } : { records, blankRows, diagnostics };
}

/**
 * Records of a text without quotes: one record per line, every cell on it. d3 reads the
 * text as it reads it with the sentinel appended, up to the sentinel.
 */
function unquotedRows(text: string, parseRows: (text: string) => string[][]): CsvRows {
  const records: CsvRecord[] = [];
  let blankRows = 0;
  let line = 1;
  for (const cells of parseRows(text)) {
    if (isBlank(cells)) blankRows++;
    else records.push({ line, cells, cellLines: SAME_LINE });
    line++;
  }
  return { records, blankRows, diagnostics: [] };
}

/** Every cell empty or spaces; trim() also removes the ideographic space and a stray BOM. */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** The broken cell runs to the end of the file; its first line is what the editor will recognise. */
function firstLineOf(cell: string): string {
  const i = cell.indexOf('\n');
  return i === -1 ? cell : cell.slice(0, i) + '…';
}

function countBreaks(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** A marker that cannot occur in the text (NUL characters, lengthened until unique). */
function makeSentinel(text: string): string {
  let sentinel = '\u0000luoshi-end\u0000';
  while (text.includes(sentinel.slice(0, -1))) sentinel = '\u0000' + sentinel;
  return sentinel;
}
