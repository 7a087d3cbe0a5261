// Shared by the loader tests: build DataFiles from text or from a fixture folder.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFiles, Diagnostic } from '../../src/core/types.ts';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

const encoder = new TextEncoder();

/** DataFiles from { path: text or bytes }. */
export function filesOf(entries: Record<string, string | Uint8Array>): DataFiles {
  return new Map(
    Object.entries(entries)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content]),
  );
}

/** A fixture folder read synchronously (the tests stay independent of src/io). */
export function fixtureFiles(folder: string): Map<string, Uint8Array> {
  const root = join(FIXTURES, folder);
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(root);
  return out;
}

/** The parts of a diagnostic that golden files pin (messages are pinned by inline snapshots). */
export function pinned(d: Diagnostic): Partial<Diagnostic> {
  const { code, severity, file, line, column, field, value, sheet, cell } = d;
  return Object.fromEntries(
    Object.entries({ code, severity, file, line, column, field, value, sheet, cell }).filter(([, v]) => v !== undefined),
  );
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** Case file → where it goes in the data folder (replacing the clean file there, if any). */
export const CASES: Record<string, string> = {
  'duplicate-header.csv': 'projects.csv',
  'bom-doubled.csv': 'ledger/2025-08.csv',
  'bom-mid-header.csv': 'ledger/2025-08.csv',
  'unterminated-quote.csv': 'ledger/2025-08.csv',
  'extra-and-missing-cells.csv': 'ledger/2025-08.csv',
  'approximate-money.csv': 'ledger/2025-08.csv',
  'impossible-date.csv': 'projects.csv',
  'duplicate-id.csv': 'projects.csv',
  'unknown-project.csv': 'ledger/2025-08.csv',
  'repeated-project-in-ledger.csv': 'ledger/2025-08.csv',
  'not-utf8-nor-gb18030.bin': 'ledger/2025-08.csv',
  'empty-file.csv': 'ledger/2025-08.csv',
  'header-only.csv': 'ledger/2025-08.csv',
  'phone-in-note.csv': 'ledger/2025-08.csv',
  'id-number-in-note.csv': 'ledger/2025-08.csv',
  'period-mismatch.csv': 'ledger/2025-08.csv',
  'missing-required-column.csv': 'ledger/2025-08.csv',
  'extra-and-blank-labels.csv': 'ledger/2025-08.csv',
  'totals-mismatch.csv': 'ledger/2025-08.csv',
  'bad-enum-and-negative.csv': 'ledger/2025-08.csv',
  'bad-id-pattern.csv': 'projects.csv',
  'no-header.csv': 'ledger/2025-08.csv',
  'ledger-misnamed.csv': 'ledger/2025-8.csv',
  'site-bad-values.json': 'site.json',
  'bulletin-missing-date.md': 'bulletins/2025-09-05.md',
  'lifecycle-parties.csv': 'parties.csv',
  'lifecycle-tenders.csv': 'tenders.csv',
  'lifecycle-approvals.csv': 'approvals.csv',
  'lifecycle-inspections.csv': 'inspections.csv',
  'lifecycle-projects.csv': 'projects.csv',
  'lifecycle-acceptance.csv': 'acceptance.csv',
};

/** A golden case's data folder: the clean base with the case file at its place (also the /check/ page's test). */
export function malformedCase(name: string): Map<string, Uint8Array> {
  const files = fixtureFiles('base');
  files.set(CASES[name]!, new Uint8Array(readFileSync(join(FIXTURES, 'malformed', name))));
  return files;
}
