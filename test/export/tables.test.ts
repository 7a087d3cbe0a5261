// The normalised download tables: only declared, non-private columns, canonical names, values
// that parse back to the model's, stable row order, the ledger history with its period column.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { resources, type ResourceDef } from '../../src/core/schema.ts';
import { exportTables, publishedFields } from '../../src/core/export/tables.ts';
import { isFormulaLike, toCsv } from '../../src/core/export/csv.ts';
import { dataset } from './fixtures.ts';

const tables = exportTables(dataset(), resources);
const byName = (name: string) => tables.find((t) => t.name === name)!;
const parse = (name: string) => {
  const t = byName(name);
  return csvParse(toCsv(t.columns.map((c) => c.name), t.rows).slice(1));
};

describe('exportTables', () => {
  it('writes projects, both ledgers, the figures and the optional files present, in that order', () => {
    expect(tables.map((t) => t.file)).toEqual(['projects.csv', 'ledger_latest.csv', 'ledger_history.csv', 'project_figures.csv', 'project_lifecycle.csv', 'indicators.csv', 'indicator_targets.csv', 'tasks.csv']);
  });

  it('publishes every declared field except the private ones, under its canonical name', () => {
    const projects = resources.find((r) => r.name === 'projects')!;
    expect(byName('projects').columns.map((c) => c.name)).toEqual(publishedFields(projects).map((f) => f.name));
    expect(byName('projects').columns.map((c) => c.name)).not.toContain('contact_phone');
    expect(byName('ledger_history').columns.map((c) => c.name)).toEqual(['period', ...publishedFields(resources.find((r) => r.name === 'ledger')!).map((f) => f.name)]);
  });

  it('leaves out a field that datapackage.json marks private', () => {
    const changed: ResourceDef[] = resources.map((r) => (r.name === 'projects' ? { ...r, fields: r.fields.map((f) => (f.name === 'lead_official' ? { ...f, private: true } : f)) } : r));
    const cols = exportTables(dataset(), changed).find((t) => t.name === 'projects')!.columns.map((c) => c.name);
    expect(cols).not.toContain('lead_official');
    expect(cols).toContain('responsible_unit');
  });

  it('sorts rows by primary key and parses back to the model values', () => {
    const d = dataset();
    const rows = parse('projects');
    expect(rows.map((r) => r.id)).toEqual(['SL-001', 'SL-002']);
    const p2 = d.projects.find((p) => p.id === 'SL-002')!;
    expect(Number(rows[1]!.total_investment)).toBe(p2.totalInvestment);
    expect(Number(rows[1]!.latitude)).toBe(p2.latitude);
    expect(rows[1]!.planned_start).toBe('2026-03-31');
    expect(rows[1]!.nature).toBe('new');
    expect(rows[1]!.name).toBe(`'${p2.name}`);
    expect(rows[0]!.lead_official).toBe('王建国');
    expect(rows[1]!.lead_official).toBe('');
  });

  it('puts every month in the ledger history with its period, and the latest month alone in ledger_latest', () => {
    const history = parse('ledger_history');
    expect(history.map((r) => `${r.period}/${r.project_id}`)).toEqual(['2026-01/SL-001', '2026-02/SL-001', '2026-02/SL-002']);
    expect(history[1]).toMatchObject({ year_plan: '1200', completed_ytd: '150', completed_total: '8000', stage: 'construction', progress_pct: '40', deadline: '2026-03-15' });
    expect(parse('ledger_latest').map((r) => r.project_id)).toEqual(['SL-001', 'SL-002']);
  });

  it('computes the figures for every month', () => {
    const figures = parse('project_figures');
    const feb = figures.find((r) => r.period === '2026-02' && r.project_id === 'SL-001')!;
    expect(Number(feb.completion_pct)).toBeCloseTo(12.5, 10);
    expect(Number(feb.time_progress_pct)).toBeCloseTo((2 / 12) * 100, 10);
    expect(feb.increment).toBe('50');
    expect(feb.status).toBe('on-track');
    expect(Number(feb.lag_points)).toBe(-4.2); // 12.5 − 16.7, as printed
    expect(feb.project_name).toBe('城南污水处理厂二期工程');
    expect(['true', 'false']).toContain(feb.stalled);
    // Under construction and invested this month: 0 months without investment. A 前期 project:
    // the count does not apply, so it is empty, not 0.
    expect(feb.months_without_investment).toBe('0');
    const prep = figures.find((r) => r.period === '2026-02' && r.project_id === 'SL-002')!;
    expect(prep.months_without_investment).toBe('');
  });

  it('drops uniqueness where a field repeats month by month', () => {
    expect(byName('ledger_latest').columns.find((c) => c.name === 'project_id')!.unique).toBe(true);
    expect(byName('ledger_history').columns.find((c) => c.name === 'project_id')!.unique).toBeUndefined();
    expect(byName('project_figures').columns.find((c) => c.name === 'project_id')!.unique).toBeUndefined();
  });

  it('defuses formula-like text in every table', () => {
    for (const t of tables) {
      const text = toCsv(t.columns.map((c) => c.name), t.rows);
      for (const row of csvParse(text.slice(1))) for (const v of Object.values(row)) if (typeof v === 'string' && v !== '' && Number.isNaN(Number(v))) expect(isFormulaLike(v), `${t.file}: ${v}`).toBe(false);
    }
  });

  it('describes dates and money as published, not as editors may type them', () => {
    const start = byName('projects').columns.find((c) => c.name === 'planned_start')!;
    expect(start.description.zh).toContain('年-月-日');
    expect(start.description.zh).not.toContain('2025/3/1');
    expect(byName('projects').columns.find((c) => c.name === 'total_investment')!.description.zh).toBe('总投资，单位为万元。');
  });
});
