// What a chart builder returns: the picture, and the same numbers as words, a table and a CSV.

import type { SafeHtml } from '../safe-html.ts';

export type Cell = string | number | null;

export interface ChartColumn {
  /** Machine name, stable across locales (snake_case). */
  key: string;
  /** Column heading in the page's language (also the CSV header). */
  label: string;
}

export interface ChartTable {
  columns: ChartColumn[];
  /** One array per row, cells in column order; null when there is no value. */
  rows: Cell[][];
}

export interface Chart {
  /** Unique on its page; ids inside the SVG derive from it. */
  id: string;
  /** Accessible name of the chart (also the SVG's aria-label and <title>). */
  title: string;
  /** One sentence, generated from the data, saying what the chart shows. */
  description: string;
  /** The SVG, 640 wide in viewBox units; the page scales it (width 100%, height auto). */
  svg: SafeHtml;
  /** The numbers behind the chart, for a <details> table. */
  table: ChartTable;
  /** The table as RFC 4180 CSV (CRLF, header row, numbers as plain numbers); no BOM. */
  csv: string;
}
