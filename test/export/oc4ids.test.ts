// The OC4IDS export: the package validates against the OC4IDS 0.9.5 schema (vendored in
// ../shared/oc4ids beside the repository; skipped, saying so, where that folder is absent),
// and the mapping of stage, nature, money, parties, locations and progress.
import { describe, expect, it } from 'vitest';
import { oc4idsPackage, oc4idsPackageText, oc4idsSector, oc4idsStatus, toYuan, type Oc4idsOptions } from '../../src/core/export/oc4ids.ts';
import type { JsonObject } from '../../src/core/export/api.ts';
import { codelist, hasOc4idsSchema, noOc4idsReason, oc4idsValidator } from '../helpers/oc4ids.ts';
import { dataset } from './fixtures.ts';

if (!hasOc4idsSchema) console.warn(noOc4idsReason);

const options: Oc4idsOptions = {
  dataset: dataset(),
  dataDate: '2026-02',
  packageUri: 'https://example.org/luoshi/api/oc4ids.json',
  publisherUri: 'https://example.org/luoshi/',
  projectPage: (id) => `https://example.org/luoshi/projects/${id}/`,
};
const pkg = oc4idsPackage(options);
const projects = pkg.projects as JsonObject[];
const p1 = projects.find((p) => p.id === 'SL-001')!;
const p2 = projects.find((p) => p.id === 'SL-002')!;

describe('the package as text, a project at a time (how the build writes it)', () => {
  const whole = (o: Oc4idsOptions) => JSON.stringify(oc4idsPackage(o)) + '\n';
  it('is the JSON of the package, byte for byte', () => {
    const pieces = [...oc4idsPackageText(options)];
    expect(pieces.length).toBe(projects.length + 2);
    expect(pieces.join('')).toBe(whole(options));
  });
  it('also without projects and without a data date', () => {
    const empty = { ...options, dataset: { ...dataset(), projects: [] }, dataDate: undefined };
    expect([...oc4idsPackageText(empty)].join('')).toBe(whole(empty));
    expect(JSON.parse([...oc4idsPackageText(empty)].join('')).projects).toEqual([]);
  });
});

describe.skipIf(!hasOc4idsSchema)('OC4IDS schema', () => {
  it('validates', () => {
    const validate = oc4idsValidator();
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('rejects a broken package (the validator really checks)', () => {
    const validate = oc4idsValidator();
    expect(validate({ ...pkg, version: 'zero' })).toBe(false);
    expect(validate({ ...pkg, projects: [{ ...p1, status: 'building' }] })).toBe(false);
  });
  it('uses only codes from the codelists', () => {
    const codes = codelist;
    const roles = codes('partyRole.csv');
    for (const p of projects) for (const party of (p.parties as JsonObject[]) ?? []) for (const r of party.roles as string[]) expect(roles).toContain(r);
    const statuses = codes('projectStatus.csv');
    for (const s of ['preparatory', 'construction', 'completed', 'operating'] as const) expect(statuses).toContain(oc4idsStatus(s, undefined));
    const sectors = codes('projectSector.csv');
    for (const c of ['交通', '教育', '生态环保', '卫生健康', '文化旅游', '工业', '住房保障', '能源', '水利']) expect(sectors).toContain(oc4idsSector(c));
  });
});

describe('OC4IDS mapping', () => {
  it('states the package basics from the data date', () => {
    expect(pkg).toMatchObject({ uri: 'https://example.org/luoshi/api/oc4ids.json', version: '0.9', publishedDate: '2026-02-28T00:00:00+08:00', publisher: { name: '示例县发展和改革局' } });
  });
  it('maps stage first, then nature', () => {
    expect(oc4idsStatus('preparatory', 'new')).toBe('preparation');
    expect(oc4idsStatus('construction', undefined)).toBe('implementation');
    expect(oc4idsStatus('completed', undefined)).toBe('completion');
    expect(oc4idsStatus('operating', undefined)).toBe('maintenance');
    expect(oc4idsStatus(undefined, 'preparatory')).toBe('identification');
    expect(oc4idsStatus(undefined, 'continuing')).toBe('implementation');
    expect(oc4idsStatus(undefined, undefined)).toBeUndefined();
    expect(p1.status).toBe('implementation');
    expect(p2.status).toBe('preparation');
  });
  it('gives money in yuan, CNY', () => {
    expect(toYuan(1234.56, '万元')).toBe(12345600);
    expect(toYuan(1.2345, '亿元')).toBe(123450000);
    expect(toYuan(0.015, '元')).toBe(0.01);
    expect(p1.budget).toMatchObject({ amount: { amount: 120000000, currency: 'CNY' } });
    expect(((p1.forecasts as JsonObject[])[0]!.observations as JsonObject[])[0]).toMatchObject({ id: '2026', value: { amount: 12000000, currency: 'CNY' } });
    expect(((p1.metrics as JsonObject[])[0]!.observations as JsonObject[]).map((o) => o.id)).toEqual(['2026-01', '2026-02']);
    expect((p1.metrics as JsonObject[])[1]).toMatchObject({ id: 'physicalProgress', observations: [{ id: '2026-02', measure: 40 }] });
  });
  it('names the responsible unit the public authority and the owner the buyer', () => {
    expect(p1.publicAuthority).toEqual({ id: '县水利局', name: '县水利局' });
    expect(p1.parties).toEqual([
      { id: '县水利局', name: '县水利局', roles: ['publicAuthority'] },
      { id: '示例县水务公司', name: '示例县水务公司', roles: ['buyer'] },
    ]);
  });
  it('places the project by township and, when given, coordinates', () => {
    expect(p1.locations).toEqual([{ id: 'site', description: '示例县城南街道', address: { locality: '城南街道', region: '示例县', countryName: '中国' } }]);
    expect((p2.locations as JsonObject[])[0]!.geometry).toEqual({ type: 'Point', coordinates: [112.25, 27.5] });
  });
});
