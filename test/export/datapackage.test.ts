// The published datapackage.json: one resource per download, the download's columns, no
// input aids (aliases, examples), no private field, and each file's bytes and sha256.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/core/schema.ts';
import { exportTables } from '../../src/core/export/tables.ts';
import { toCsv } from '../../src/core/export/csv.ts';
import { downloadsDataPackage } from '../../src/core/export/datapackage.ts';
import type { JsonObject } from '../../src/core/export/api.ts';
import { config, dataset } from './fixtures.ts';

const tables = exportTables(dataset(), resources);
const files = tables.map((table) => {
  const csv = toCsv(table.columns.map((c) => c.name), table.rows);
  return { table, bytes: Buffer.byteLength(csv), sha256: createHash('sha256').update(csv).digest('hex') };
});
const pkg = downloadsDataPackage({ resources, config: config(), files, dataDate: '2026-02', homepage: 'https://example.org/luoshi/' });
const res = pkg.resources as JsonObject[];

describe('downloadsDataPackage', () => {
  it('describes each download at its path, with size and hash', () => {
    expect(res.map((r) => r.path)).toEqual(tables.map((t) => t.file));
    expect(res[0]).toMatchObject({ name: 'projects', path: 'projects.csv', format: 'csv', encoding: 'utf-8', bytes: files[0]!.bytes, hash: `sha256:${files[0]!.sha256}` });
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', version: '2026-02', homepage: 'https://example.org/luoshi/' });
  });
  it('lists the download columns, not the editors’ aids', () => {
    for (const [i, r] of res.entries()) {
      const fields = (r.schema as JsonObject).fields as JsonObject[];
      expect(fields.map((f) => f.name)).toEqual(tables[i]!.columns.map((c) => c.name));
      for (const f of fields) {
        expect(f).not.toHaveProperty('aliases');
        expect(f).not.toHaveProperty('example');
        expect(f).not.toHaveProperty('private');
      }
    }
    expect(JSON.stringify(pkg)).not.toContain('contact_phone');
  });
  it('keeps the schema’s types, units and constraints, and marks computed columns', () => {
    const projects = (res[0]!.schema as JsonObject).fields as JsonObject[];
    expect(projects.find((f) => f.name === 'total_investment')).toMatchObject({ type: 'number', unit: '万元', constraints: { minimum: 0 } });
    expect(projects.find((f) => f.name === 'id')).toMatchObject({ constraints: { required: true, unique: true } });
    const history = (res.find((r) => r.name === 'ledger_history')!.schema as JsonObject);
    expect(history.primaryKey).toEqual(['period', 'project_id']);
    const pid = (history.fields as JsonObject[]).find((f) => f.name === 'project_id')!;
    expect(pid.constraints).toEqual({ required: true });
    const figures = (res.find((r) => r.name === 'project_figures')!.schema as JsonObject).fields as JsonObject[];
    expect(figures.find((f) => f.name === 'stalled')).toMatchObject({ type: 'boolean', computed: true, trueValues: ['true'] });
    expect(figures.find((f) => f.name === 'status')).toMatchObject({ type: 'string', constraints: { enum: ['seriously-behind', 'behind', 'on-track', 'completed', 'no-plan'] } });
  });
});
