// A project's life in the open data: the CSV downloads, the project's JSON and one JSON per
// file, and the OC4IDS package (validated against the vendored OC4IDS 0.9.5 schema).
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/types.ts';
import { resources } from '../../src/core/schema.ts';
import { exportTables } from '../../src/core/export/tables.ts';
import { toCsv } from '../../src/core/export/csv.ts';
import { oc4idsPackage } from '../../src/core/export/oc4ids.ts';
import { monthsByProject, projectDetailJson, type JsonObject } from '../../src/core/export/api.ts';
import { lifecycleFileJson } from '../../src/sections/lifecycle/api.ts';
import { codelist, hasOc4idsSchema, noOc4idsReason, oc4idsValidator } from '../helpers/oc4ids.ts';
import { dataset } from '../export/fixtures.ts';

if (!hasOc4idsSchema) console.warn(noOc4idsReason);

const base = dataset();
const life: Dataset = {
  ...base,
  projects: base.projects.map((p) => (p.id === 'SL-001' ? { ...p, projectCode: '2024-430623-77-01-000123', legalEntity: '示例县水务公司', actualStart: '2025-04-18', actualCompletion: '2026-02-20', plannedCompletion: '2026-01-31' } : p)),
  approvals: [
    { projectId: 'SL-001', item: '可研批复', documentNumber: '示发改投资〔2024〕23号', authority: '县发展和改革局', date: '2024-06-12', content: '核定总投资12000万元' },
    { projectId: 'SL-001', item: '施工许可证', documentNumber: '430623202504150101', authority: '县住房和城乡建设局', date: '2025-04-15' },
    { projectId: 'SL-001', item: '规划审查', date: '2024-08-01' },
  ],
  tenders: [
    { projectId: 'SL-001', lot: '施工总承包', method: 'open', noticeDate: '2025-02-10', bidders: 1, winner: '湖南示例建设工程有限公司', awardAmount: 9650, awardDate: '2025-03-12', contractDate: '2025-03-25' },
    { projectId: 'SL-001', lot: '工程监理', method: 'direct', winner: '示例监理咨询有限公司', awardAmount: 450, contractDate: '2025-03-28' },
  ],
  parties: [
    { projectId: 'SL-001', role: 'contractor', name: '湖南示例建设工程有限公司', manager: '刘志刚', creditCode: '914403001922038216' },
    { projectId: 'SL-001', role: 'quality_supervision', name: '县建设工程质量安全监督站' },
  ],
  designChanges: [{ projectId: 'SL-001', date: '2025-09-20', content: '深度处理工艺由砂滤改为磁混凝', reason: '出水标准提高到一级A', investmentChange: 860, durationChangeDays: 45, authority: '县发展和改革局', documentNumber: '示发改投资〔2025〕57号' }],
  inspections: [{ projectId: 'SL-001', date: '2025-10-12', inspector: '县建设工程质量安全监督站', kind: 'safety', findings: '临边防护不到位', deadline: '2025-10-30', status: 'overdue' }],
  acceptance: [{ projectId: 'SL-001', kind: 'completion', date: '2026-02-26', result: 'pass_after_rectification', organiser: '示例县水务公司' }],
  present: { ...base.present, approvals: true, tenders: true, parties: true, designChanges: true, inspections: true, acceptance: true },
};

describe('CSV downloads', () => {
  const tables = exportTables(life, resources);
  it('one file per life-cycle file present, after the computed tables', () => {
    expect(tables.map((t) => t.file)).toEqual([
      'projects.csv', 'ledger_latest.csv', 'ledger_history.csv', 'project_figures.csv', 'project_lifecycle.csv',
      'indicators.csv', 'indicator_targets.csv', 'tasks.csv', 'approvals.csv', 'parties.csv', 'design_changes.csv', 'inspections.csv', 'acceptance.csv', 'tenders.csv',
    ]);
  });
  it('keeps document numbers as written, the permit number included', () => {
    const approvals = tables.find((t) => t.name === 'approvals')!;
    expect(toCsv(approvals.columns.map((c) => c.name), approvals.rows)).toContain('430623202504150101');
  });
  it('project_lifecycle: schedule, flags, investment after changes, the checklist', () => {
    const t = tables.find((x) => x.name === 'project_lifecycle')!;
    const row = Object.fromEntries(t.columns.map((c, i) => [c.name, t.rows.find((r) => r[0] === 'SL-001')![i]]));
    expect(row).toMatchObject({ actual_start: '2025-04-18', actual_start_source: 'projects', actual_completion: '2026-02-20', completion_slip_months: 1, overdue_completion: false, total_investment: 12000, investment_change: 860, investment_after_changes: 12860, disclosure_approval_service: 'published', disclosure_completion: 'published', disclosure_land: 'not_yet' });
    const sl2 = Object.fromEntries(t.columns.map((c, i) => [c.name, t.rows.find((r) => r[0] === 'SL-002')![i]]));
    expect(sl2).toMatchObject({ planned_start: '2026-03-31', overdue_start: false, investment_after_changes: undefined });
  });
});

describe('JSON', () => {
  const input = { dataset: life, resources, dataDate: '2026-02', latestById: new Map(), links: { home: '/', projectPage: (id: string) => `/projects/${id}/`, projectApi: (id: string) => `/api/projects/${id}.json`, changesPage: (p: string) => `/changes/${p}/`, changesApi: (p: string) => `/api/changes/${p}.json` } };
  const doc = projectDetailJson(input, 'SL-001', monthsByProject(life).get('SL-001') ?? [], [])!;
  it('the project document carries its schedule, checklist and the rows of each file', () => {
    expect(doc.schedule).toMatchObject({ actual_start: { date: '2025-04-18', month: '2025-04', source: 'projects' }, overdue_start: false, overdue_completion: false });
    expect((doc.disclosure as JsonObject).published).toBe(7);
    expect((doc.approvals as JsonObject[]).map((a) => [a.item, a.item_standard, a.document_number])).toEqual([
      ['可研批复', '可行性研究报告批复', '示发改投资〔2024〕23号'],
      ['规划审查', null, null],
      ['施工许可证', '施工许可证', '430623202504150101'],
    ]);
    expect((doc.tenders as JsonObject[]).map((t) => t.flags)).toEqual([['direct_award'], ['single_bidder']]);
    expect(doc.investment).toEqual({ approved: 12000, change: 860, after_changes: 12860, change_pct: (860 / 12000) * 100, days: 45 });
    expect((doc.parties as JsonObject[])[0]).toEqual({ role: 'contractor', name: '湖南示例建设工程有限公司', manager: '刘志刚', credit_code: '914403001922038216' });
  });
  it('a project without life-cycle rows has empty lists, not missing keys', () => {
    const other = projectDetailJson(input, 'SL-002', [], [])!;
    expect(other.tenders).toEqual([]);
    expect(other.acceptance).toEqual([]);
  });
  it('one document per file', () => {
    const tenders = lifecycleFileJson(life, resources, 'tenders', '2026-02');
    expect(tenders).toMatchObject({ api_version: 1, data_date: '2026-02', money_unit: '万元', count: 2 });
    expect((tenders.rows as JsonObject[])[0]).toMatchObject({ project_id: 'SL-001', lot: '施工总承包', method: 'open', bidders: 1, award_amount: 9650, flags: ['single_bidder'] });
  });
});

describe('OC4IDS', () => {
  const pkg = oc4idsPackage({ dataset: life, dataDate: '2026-02', packageUri: 'https://example.org/luoshi/api/oc4ids.json', publisherUri: 'https://example.org/luoshi/', projectPage: (id) => `https://example.org/luoshi/projects/${id}/` });
  const p1 = (pkg.projects as JsonObject[]).find((p) => p.id === 'SL-001')!;

  it.skipIf(!hasOc4idsSchema)('validates against the OC4IDS 0.9.5 schema', () => {
    const validate = oc4idsValidator();
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.skipIf(!hasOc4idsSchema)('uses codes from the closed codelists, and documentType codes that exist', () => {
    const roles = codelist('partyRole.csv');
    for (const party of p1.parties as JsonObject[]) for (const r of party.roles as string[]) expect(roles).toContain(r);
    const types = codelist('documentType.csv');
    const docs = [...(p1.documents as JsonObject[]), ...(p1.contractingProcesses as JsonObject[]).flatMap((c) => ((c.summary as JsonObject).documents as JsonObject[]) ?? [])];
    for (const d of docs) if (d.documentType !== undefined) expect(types).toContain(d.documentType);
    const mods = codelist('modificationType.csv');
    for (const c of p1.contractingProcesses as JsonObject[]) for (const m of ((c.summary as JsonObject).modifications as JsonObject[]) ?? []) expect(mods).toContain(m.type);
  });

  it('carries the project code, parties with roles, contracting processes, modifications, documents and completion', () => {
    expect(p1.identifiers).toEqual([{ id: 'SL-001', scheme: 'luoshi-project-id' }, { id: '2024-430623-77-01-000123', scheme: 'CN-TZXMDM' }]);
    const parties = Object.fromEntries((p1.parties as JsonObject[]).map((p) => [p.name, p]));
    expect(parties['湖南示例建设工程有限公司']).toEqual({ id: '湖南示例建设工程有限公司', name: '湖南示例建设工程有限公司', roles: ['supplier'], identifier: { scheme: 'CN-SAIC', id: '914403001922038216', legalName: '湖南示例建设工程有限公司' }, people: [{ id: 'contractor-manager', name: '刘志刚' }] });
    expect(parties['县建设工程质量安全监督站']!.roles).toEqual(['reviewBody']);
    expect(parties['示例县水务公司']!.roles).toEqual(['buyer']);
    const cps = p1.contractingProcesses as JsonObject[];
    const works = cps.find((c) => c.id === '施工总承包');
    const supervision = cps.find((c) => c.id === '工程监理');
    expect(works).toMatchObject({
      id: '施工总承包',
      summary: {
        title: '施工总承包',
        nature: ['construction'],
        status: 'closed',
        tender: { procurementMethod: 'open', procurementMethodDetails: '公开招标', datePublished: '2025-02-10T00:00:00+08:00', numberOfTenderers: 1 },
        suppliers: [{ id: '湖南示例建设工程有限公司', name: '湖南示例建设工程有限公司' }],
        contractValue: { amount: 96500000, currency: 'CNY' },
        contractPeriod: { startDate: '2025-03-25T00:00:00+08:00' },
      },
    });
    expect(((works!.summary as JsonObject).modifications as JsonObject[]).map((m) => [m.type, m.description, m.rationale])).toEqual([
      ['scope', '深度处理工艺由砂滤改为磁混凝', '出水标准提高到一级A'],
      ['value', '投资增加860万元', '出水标准提高到一级A'],
      ['duration', '工期延长45天', '出水标准提高到一级A'],
    ]);
    expect(supervision!.summary).toMatchObject({ nature: ['supervision'], tender: { procurementMethod: 'direct', procurementMethodDetails: '直接委托' } });
    expect((p1.documents as JsonObject[]).map((d) => [d.id, d.documentType ?? null])).toEqual([
      ['project-page', null],
      ['approval-1', 'feasibilityStudy'],
      ['approval-2', null],
      ['approval-3', null],
      ['design-change-1', 'budgetAmendmentApproval'],
      ['acceptance-1', 'completionCertificate'],
    ]);
    expect(p1.implementationPeriod).toEqual({ startDate: '2025-04-18T00:00:00+08:00', endDate: '2026-02-20T23:59:59+08:00' });
    expect(p1.completion).toMatchObject({ endDate: '2026-02-20T23:59:59+08:00', finalValue: { amount: 128600000, currency: 'CNY' } });
  });
});
