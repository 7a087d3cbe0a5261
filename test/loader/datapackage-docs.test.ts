// data/datapackage.json and docs/data-format.md are generated from schema.ts; these
// tests keep them in step, and check that the package can be read back.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/core/schema.ts';
import { defaultConfig, parseSiteConfig } from '../../src/core/config.ts';
import {
  applyDataPackage,
  dataPackageText,
  fieldTablesMarkdown,
  spliceFieldTables,
  toDataPackage,
} from '../../src/core/datapackage.ts';
import { DIAGNOSTIC_CODES } from '../../src/core/report.ts';
import { validateTable } from '../../src/core/validate-table.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { fixtureFiles } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const REGENERATE = 'Out of date: run node scripts/write-datapackage.ts';

/** The config the write script uses: data/site.json when there is one. */
function dataConfig() {
  const path = ROOT + 'data/site.json';
  return parseSiteConfig(existsSync(path) ? readFileSync(path, 'utf8').replace(/^\uFEFF/, '') : undefined).config;
}

describe('data/datapackage.json', () => {
  it('equals the package generated from the schema', () => {
    expect(read('data/datapackage.json'), REGENERATE).toBe(dataPackageText(resources, dataConfig()));
  });

  it('is a tabular data package with a Table Schema per resource', () => {
    const pkg = JSON.parse(read('data/datapackage.json'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(resources.map((r) => r.name));
    for (const r of pkg.resources) {
      expect(r.profile).toBe('tabular-data-resource');
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'number', 'date', 'yearmonth', 'year']).toContain(f.type);
        expect(typeof f.title).toBe('string');
        expect(Array.isArray(f.aliases)).toBe(true);
      }
    }
    const ledger = pkg.resources.find((r: { name: string }) => r.name === 'ledger');
    expect(ledger.path).toBe('ledger/YYYY-MM.csv');
    expect(new RegExp(ledger.pathPattern).test('ledger/2025-08.csv')).toBe(true);
    const money = ledger.schema.fields.find((f: { name: string }) => f.name === 'year_plan');
    expect(money).toMatchObject({ type: 'number', luoshiType: 'money', unit: '万元', constraints: { minimum: 0 } });
    const phone = pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === 'contact_phone');
    expect(phone.private).toBe(true);
  });

  it('reads back to the built-in schema unchanged', () => {
    const { resources: back, diagnostics } = applyDataPackage(resources, dataPackageText(resources, defaultConfig()));
    expect(diagnostics).toEqual([]);
    expect(back).toEqual(resources);
    expect(back[0]).not.toBe(resources[0]); // a copy, never the shared schema
  });

  it('honours per-field overrides of aliases, title, private and constraints', () => {
    const pkg = toDataPackage(resources, defaultConfig()) as { resources: { name: string; schema: { fields: Record<string, unknown>[] } }[] };
    const projects = pkg.resources.find((r) => r.name === 'projects');
    const name = projects?.schema.fields.find((f) => f.name === 'name');
    const owner = projects?.schema.fields.find((f) => f.name === 'owner');
    if (!name || !owner) throw new Error('fields not found');
    name.aliases = ['工程名称'];
    owner.private = true;
    owner.constraints = { required: true };
    owner.title = '业主';
    projects?.schema.fields.push({ name: 'invented' });
    const files = fixtureFiles('base');
    files.set('projects.csv', new TextEncoder().encode('项目编号,工程名称,建设单位\nSL-001,甲,某公司\nSL-002,乙,\nSL-003,丙,某公司\n'));
    files.set('datapackage.json', new TextEncoder().encode(JSON.stringify(pkg)));
    const r = loadDataset(files);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.line ?? null, d.field ?? null])).toEqual([
      ['config-error', 'warning', 'datapackage.json', null, 'invented'],
      ['name-mismatch', 'warning', 'ledger/2025-08.csv', 2, 'project_name'],
      ['name-mismatch', 'warning', 'ledger/2025-08.csv', 3, 'project_name'],
      ['name-mismatch', 'warning', 'ledger/2025-08.csv', 4, 'project_name'],
      ['constraint-error', 'error', 'projects.csv', 3, 'owner'],
    ]);
    expect(r.dataset.projects[0]).toEqual({ id: 'SL-001', name: '甲' }); // owner is private now
  });

  it('reports a datapackage.json that is not JSON and falls back to the schema', () => {
    const files = fixtureFiles('base');
    files.set('datapackage.json', new TextEncoder().encode('{ not json'));
    const r = loadDataset(files);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['config-error', 'error']]);
    expect(r.dataset.projects).toHaveLength(3);
  });
});

describe('docs/data-format.md', () => {
  const doc = read('docs/data-format.md');

  it('holds the field tables generated from the schema', () => {
    expect(spliceFieldTables(doc, fieldTablesMarkdown(resources, dataConfig())), REGENERATE).toBe(doc);
  });

  it('names every file and every field', () => {
    for (const r of resources) {
      expect(doc).toContain(`\`${r.path}\``);
      for (const f of r.fields) expect(doc, `${r.name}.${f.name}`).toContain(`\`${f.name}\``);
    }
  });

  it('explains every diagnostic code', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(doc, code).toContain(`| \`${code}\` |`);
  });

  it('its example rows load without a problem', () => {
    for (const r of resources) {
      const section = doc.slice(doc.indexOf(`### \`${r.path}\``));
      const csv = /```csv\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
      const path = r.pathPattern ? 'ledger/2025-08.csv' : r.path;
      const table = validateTable(csv, { file: path, resource: r, moneyUnit: '万元' });
      expect(table.diagnostics, r.name).toEqual([]);
      expect(table.records, r.name).toHaveLength(1);
      expect(Object.keys(table.records[0]?.values ?? {}).length, r.name).toBe(r.fields.filter((f) => !f.private).length);
    }
  });
});
