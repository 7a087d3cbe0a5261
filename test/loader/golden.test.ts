// Golden cases: each file in test/fixtures/malformed/ is dropped into a clean data
// folder (test/fixtures/base/) at the path the manifest gives, and the diagnostics
// are compared with <case>.expected.json. Regenerate with UPDATE_GOLDEN=1.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { CASES, FIXTURES, fixtureFiles, malformedCase, pinned } from './helpers.ts';

const MALFORMED = join(FIXTURES, 'malformed');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function caseFiles(): string[] {
  return readdirSync(MALFORMED).filter((f) => !f.endsWith('.expected.json')).sort();
}

function runCase(name: string) {
  return loadDataset(malformedCase(name));
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
