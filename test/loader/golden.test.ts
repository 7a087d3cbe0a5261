// Golden cases: each file in test/fixtures/malformed/ is dropped into a clean data
// folder (test/fixtures/base/) at the path the manifest gives, and the diagnostics
// are compared with <case>.expected.json. Regenerate with UPDATE_GOLDEN=1.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { FIXTURES, fixtureFiles, pinned } from './helpers.ts';

const MALFORMED = join(FIXTURES, 'malformed');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Case file → where it goes in the data folder (replacing the clean file there, if any). */
const CASES: Record<string, string> = {
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
};

function caseFiles(): string[] {
  return readdirSync(MALFORMED).filter((f) => !f.endsWith('.expected.json')).sort();
}

function runCase(name: string) {
  const files = fixtureFiles('base');
  files.set(CASES[name] as string, new Uint8Array(readFileSync(join(MALFORMED, name))));
  return loadDataset(files);
}

describe('golden diagnostics for malformed files', () => {
  it('the clean base folder has no diagnostics', () => {
    expect(loadDataset(fixtureFiles('base')).diagnostics).toEqual([]);
  });

  it('every case file is in the manifest and the other way round', () => {
    expect(caseFiles()).toEqual(Object.keys(CASES).sort());
  });

  for (const name of Object.keys(CASES).sort()) {
    it(name, () => {
      const actual = runCase(name).diagnostics.map(pinned);
      const golden = join(MALFORMED, name.replace(/\.[^.]+$/, '') + '.expected.json');
      if (UPDATE || !existsSync(golden)) {
        if (!UPDATE) throw new Error(`No golden file ${golden}: run with UPDATE_GOLDEN=1 and review it.`);
        writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
      }
      expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
      // A malformed case that produced nothing would pin nothing.
      expect(actual.length).toBeGreaterThan(0);
    });
  }
});
