// Which files hold a table, and in what form. The schema names each table by its CSV
// path (projects.csv, ledger/YYYY-MM.csv); an editor may drop the same table as a
// tab-separated text (Excel's "Unicode 文本" is a .txt, others write .tsv) or as the
// workbook itself (.xlsx). Every name check goes through the CSV name, so an adopter's
// datapackage.json pattern for ledger/YYYY-MM.csv also covers ledger/YYYY-MM.xlsx.

export type TableFormat = 'csv' | 'tsv' | 'xlsx';

const FORMATS: Readonly<Record<string, TableFormat>> = { csv: 'csv', tsv: 'tsv', txt: 'tsv', xlsx: 'xlsx' };
/** Extensions in the order one is preferred when a table comes in two forms. */
export const TABLE_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'] as const;

const EXTENSION = /\.([A-Za-z]+)$/;

/** The form of a file by its extension (any case), or undefined for a file that holds no table. */
export function tableFormat(path: string): TableFormat | undefined {
  // Lower case only, as the schema's names are: PROJECTS.CSV is pointed out by checkFileNames.
  const ext = EXTENSION.exec(path)?.[1];
  return ext === undefined ? undefined : FORMATS[ext];
}

/** A table file's name with its extension made .csv (the name the schema knows); other names unchanged. */
export function asCsvPath(path: string): string {
  return tableFormat(path) === undefined || /\.csv$/.test(path) ? path : path.replace(EXTENSION, '.csv');
}

/** The files among `paths` that hold the table named `csvPath`, the preferred form first. */
export function filesOfTable(paths: readonly string[], csvPath: string): string[] {
  const stem = csvPath.replace(/\.csv$/, '');
  const rank = (p: string) => TABLE_EXTENSIONS.indexOf(p.slice(stem.length + 1) as (typeof TABLE_EXTENSIONS)[number]);
  return paths.filter((p) => p.startsWith(stem + '.') && rank(p) !== -1).sort((a, b) => rank(a) - rank(b));
}
