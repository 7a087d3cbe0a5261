// The sample data with some files as workbooks gives the same portal as the CSV files: the
// sample's projects.csv and ledger/2025-12.csv, opened in LibreOffice Calc and saved as .xlsx
// (test/fixtures/sheets/make.sh), replace their CSV files, and the loaded dataset and the
// site model that every page is laid out from must come out the same. Comparing the model is
// the cheap stand-in for a second build (the pages only lay the model out), on a 2-core machine.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/io/data-dir.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import type { Dataset } from '../../src/core/types.ts';

const SAMPLE = new URL('../fixtures/sheets/out/sample/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

/** The CSV files the workbooks were made from, as make.sh recorded them. */
const recorded = readFileSync(SAMPLE + 'SOURCES.sha256', 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/) as [string, string]);

/** Everything but file names: sources, each month's file. */
const comparable = (d: Dataset) => ({ ...d, sources: d.sources.map(({ file: _, encoding: __, bytes: ___, sha256: ____, sheet: _____, ...rest }) => rest), ledgers: d.ledgers.map((m) => ({ ...m, file: '' })) });

describe('sample data with workbooks instead of CSV files', async () => {
  const files = await readDataDir(ROOT + 'data');
  const current = recorded.every(([sha, path]) => createHash('sha256').update(files.get(path.replace(/^data\//, '')) ?? new Uint8Array()).digest('hex') === sha);

  it('the workbooks were made from the sample as it is (else run test/fixtures/sheets/make.sh)', () => {
    expect(current).toBe(true);
  });

  it.runIf(current)('loads to the same dataset and the same site model', () => {
    const withWorkbooks = new Map(files);
    withWorkbooks.delete('projects.csv');
    withWorkbooks.delete('ledger/2025-12.csv');
    withWorkbooks.set('projects.xlsx', new Uint8Array(readFileSync(SAMPLE + 'projects.xlsx')));
    withWorkbooks.set('ledger/2025-12.xlsx', new Uint8Array(readFileSync(SAMPLE + '2025-12.xlsx')));
    const csv = loadDataset(files);
    const xlsx = loadDataset(withWorkbooks);
    expect(xlsx.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(xlsx.diagnostics.map(({ file: _, sheet: __, cell: ___, ...d }) => d)).toEqual(csv.diagnostics.map(({ file: _, ...d }) => d));
    expect(comparable(xlsx.dataset)).toEqual(comparable(csv.dataset));
    expect(xlsx.dataset.sources.filter((s) => s.encoding === 'xlsx').map((s) => [s.file, s.sheet])).toEqual([
      ['ledger/2025-12.xlsx', '2025-12'],
      ['projects.xlsx', 'projects'],
    ]);
    // The model every page is laid out from; JSON drops its functions and keeps its data.
    const model = (d: Dataset) => JSON.stringify(buildSiteModel({ ...d, sources: [] }), (_, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
    expect(model(comparable(xlsx.dataset) as Dataset)).toBe(model(comparable(csv.dataset) as Dataset));
  });
});
