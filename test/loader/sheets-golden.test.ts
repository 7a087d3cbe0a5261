// Golden cases for files as spreadsheets really write them: each case is a data folder made
// of the clean base folder and files that LibreOffice Calc wrote (test/fixtures/sheets/out/,
// made by make.sh), and its diagnostics, messages included, and ledger rows are compared
// with test/fixtures/sheets/golden/<case>.json. Regenerate with UPDATE_GOLDEN=1 and review.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import type { DataFiles } from '../../src/core/types.ts';
import { FIXTURES, fixtureFiles, pinned } from './helpers.ts';

const SHEETS = join(FIXTURES, 'sheets');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const out = (name: string) => new Uint8Array(readFileSync(join(SHEETS, 'out', name)));
const source = (name: string) => new Uint8Array(readFileSync(join(SHEETS, 'source', name)));
const text = (s: string) => new TextEncoder().encode(s);
/** A ledger for July made of one for August (its header says 1-8月). */
const july = (bytes: Uint8Array) => text(new TextDecoder().decode(bytes).replace('1-8月', '1-7月'));

/** The base folder with some files replaced (a path mapped to undefined is removed). */
function base(changes: Record<string, Uint8Array | undefined>): DataFiles {
  const files = fixtureFiles('base');
  for (const [path, bytes] of Object.entries(changes)) {
    if (bytes === undefined) files.delete(path);
    else files.set(path, bytes);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const LEDGER = 'ledger/2025-08.csv';

/** Case name → the folder. Each trap of issue 20 has at least one. */
const CASES: Record<string, () => DataFiles> = {
  // UTF-16 with a BOM: LibreOffice's "Unicode" CSV, and the tab-separated "Unicode text" as a .txt.
  'utf16-csv': () => base({ [LEDGER]: out('ledger-workbook.utf16.csv') }),
  'utf16-tab-txt': () => base({ [LEDGER]: undefined, 'ledger/2025-08.txt': out('ledger-workbook.unicode.txt') }),
  // Formulas exported as text: =1049+151 in a cell, =SUM(…) in the 合计 row.
  'formulas-csv': () => base({ [LEDGER]: out('ledger-workbook.formulas.csv') }),
  // Values, and "save cell contents as shown" (6100.4 formatted #,##0 is saved as "6,100").
  'values-csv': () => base({ [LEDGER]: out('ledger-workbook.values.csv') }),
  'as-shown-csv': () => base({ [LEDGER]: out('ledger-workbook.as_shown.csv') }),
  // The workbook itself: merged title and two-row header, cached formula values, a date cell.
  'workbook-xlsx': () => base({ [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('ledger-workbook.xlsx') }),
  'workbook-other-sheet': () => base({ 'site.json': text('{"workbookSheet": "说明"}'), [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('ledger-workbook.xlsx') }),
  'workbook-missing-sheet': () => base({ 'site.json': text('{"workbookSheet": "台帐"}'), [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('ledger-workbook.xlsx') }),
  'base-as-xlsx': () => base({ 'projects.csv': undefined, 'projects.xlsx': out('projects.xlsx'), [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('2025-08.xlsx') }),
  'two-files-one-table': () => base({ 'projects.xlsx': out('projects.xlsx') }),
  // Two-digit years (25年9月30日) and texts turned into dates (1-6 → 26年1月6日, or 2026/1/6).
  'dates-as-shown': () => base({ [LEDGER]: out('ledger-dates.roundtrip.csv') }),
  'dates-values': () => base({ [LEDGER]: out('ledger-dates.roundtrip-values.csv') }),
  // Zero-padded ids renumbered: only the ledger went through the spreadsheet (001 → 1) …
  'padded-ledger-renumbered': () => base({ 'projects.csv': source('projects-padded.csv'), [LEDGER]: out('ledger-padded.roundtrip.csv') }),
  // … or both files did, after a month published with 001.
  'padded-all-renumbered': () => base({ 'projects.csv': out('projects-padded.roundtrip.csv'), 'ledger/2025-07.csv': july(source('ledger-padded.csv')), [LEDGER]: out('ledger-padded.roundtrip.csv') }),
  'padded-ledger-xlsx': () => base({ 'projects.csv': source('projects-padded.csv'), [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('ledger-padded.xlsx') }),
  // 18-digit ids in scientific notation (4.300002025E+017), in a CSV and stored as numbers in a workbook.
  'long-ids-scientific': () => base({ 'projects.csv': out('projects-long-ids.roundtrip.csv') }),
  'long-ids-xlsx': () => base({ 'projects.csv': undefined, 'projects.xlsx': out('projects-long-ids.xlsx') }),
  // Texts that became date cells in a workbook.
  'dates-xlsx': () => base({ [LEDGER]: undefined, 'ledger/2025-08.xlsx': out('ledger-dates.xlsx') }),
};

function run(name: string) {
  const result = loadDataset((CASES[name] as () => DataFiles)());
  return {
    diagnostics: result.diagnostics.map((d) => ({ ...pinned(d), message: d.message, messageEn: d.messageEn })),
    ledgers: result.dataset.ledgers.map((m) => ({ period: m.period, file: m.file, rows: m.rows, ...(m.totals ? { totals: m.totals } : {}) })),
    sources: result.dataset.sources.map(({ file, encoding, sheet, rows }) => ({ file, encoding, ...(sheet ? { sheet } : {}), rows })),
  };
}

describe('golden: files as spreadsheets write them', () => {
  for (const name of Object.keys(CASES).sort()) {
    it(name, () => {
      const actual = run(name);
      const golden = join(SHEETS, 'golden', `${name}.json`);
      if (UPDATE || !existsSync(golden)) {
        if (!UPDATE) throw new Error(`No golden file ${golden}: run with UPDATE_GOLDEN=1 and review it.`);
        writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
      }
      expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
