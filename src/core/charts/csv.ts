// A chart's table as CSV: RFC 4180 (CRLF line ends, quotes doubled), numbers written as
// plain numbers, and text that a spreadsheet would run as a formula defused.

import type { Cell, ChartTable } from './types.ts';

// A cell starting with = + - @ (or tab/CR) is a formula to Excel and LibreOffice (CSV
// injection); a leading apostrophe makes it text. Only text cells: numbers stay numbers.
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text with a header row of column labels. */
export function tableToCsv(table: ChartTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)), ...table.rows.map((row) => row.map(csvCell))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
