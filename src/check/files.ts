// The files an editor picks or drops on /check/, as the data folder the loader expects
// (relative paths, '/' separators, sorted, dotfiles left out, as src/io/data-dir.ts reads a
// folder). Pure, so the rules are tested without a browser:
// - a folder picked whole: paths are relative to the folder holding projects.csv, site.json or
//   datapackage.json, or else to the picked folder itself;
// - a file named like 2026-10.csv (or .xlsx, .txt, .tsv) is a month's ledger wherever it sits (ledger/2026-10.csv);
// - a Markdown file outside any folder is a bulletin (bulletins/x.md); other single files sit
//   at the top of the data folder (projects.csv).
import { TABLE_EXTENSIONS } from '../core/table-files.ts';
import type { DataFiles } from '../core/types.ts';

export interface PickedFile {
  /** webkitRelativePath for a folder pick ('data/ledger/2026-10.csv'), else the file name. */
  path: string;
  bytes: Uint8Array;
}

// A table may be a CSV, a tab-separated .txt/.tsv or a workbook (core/table-files.ts).
const TABLE = `\\.(?:${TABLE_EXTENSIONS.join('|')})$`;
const LEDGER_NAME = new RegExp(`^\\d{4}-\\d{2}${TABLE}`, 'i');
const ROOT_FILE = new RegExp(`^(?:projects${TABLE}|site\\.json$|datapackage\\.json$)`, 'i');

export function dataFolder(picked: readonly PickedFile[]): DataFiles {
  const clean = picked
    .map((f) => ({ parts: f.path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.'), bytes: f.bytes }))
    .filter((f) => f.parts.length > 0 && !f.parts.some((p) => p.startsWith('.')));
  // The data folder's own depth: where its top-level files are, else below the picked folder.
  const rootDepths = clean.filter((f) => ROOT_FILE.test(f.parts.at(-1)!)).map((f) => f.parts.length - 1);
  const nested = clean.filter((f) => f.parts.length > 1);
  const depth = rootDepths.length > 0 ? Math.min(...rootDepths) : nested.length === clean.length && clean.length > 0 ? 1 : 0;
  const out = new Map<string, Uint8Array>();
  for (const f of clean) {
    const name = f.parts.at(-1)!;
    let path: string;
    if (LEDGER_NAME.test(name)) path = `ledger/${name}`;
    else if (f.parts.length > depth) path = f.parts.slice(depth).join('/');
    else path = name;
    if (f.parts.length === 1 && /\.md$/i.test(name)) path = `bulletins/${name}`;
    out.set(path, f.bytes);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
