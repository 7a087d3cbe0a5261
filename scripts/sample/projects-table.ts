// projects.csv, programs.csv and units.csv: the reference tables.
import { ym } from './calendar.ts';
import type { SampleProject } from './portfolio.ts';
import { NEVER } from './portfolio.ts';
import type { Table } from './table.ts';
import { num } from './table.ts';
import { money } from './csv.ts';
import { programSpecs } from './programs.ts';
import { OFFICIALS, TOWNSHIPS, headNames } from './places.ts';
import type { Rng } from './prng.ts';
import type { ProjectLife } from './lifecycle.ts';

export function projectsTable(projects: SampleProject[], lives: ReadonlyMap<string, ProjectLife> = new Map()): Table {
  return {
    fields: ['id', 'name', 'program', 'nature', 'category', 'township', 'owner', 'lead_official', 'responsible_unit', 'total_investment', 'planned_start', 'planned_completion', 'project_code', 'legal_entity', 'actual_start', 'actual_completion', 'description', 'latitude', 'longitude', 'contact_phone'],
    labels: ['项目编号', '项目名称', '所属工程', '建设性质', '项目类别', '所在乡镇', '建设单位', '包保领导', '责任单位', '总投资(万元)', '计划开工时间', '计划竣工时间', '项目代码', '项目法人', '实际开工时间', '实际竣工时间', '建设内容', '纬度', '经度', '联系电话'],
    rows: projects.map((p) => {
      const life = lives.get(p.id) ?? {};
      return [
      p.id,
      p.name,
      p.program,
      p.nature,
      p.category,
      p.township,
      p.owner,
      p.leadOfficial,
      p.responsibleUnit,
      money(p.total),
      p.plannedStart === NEVER ? '' : ym(p.plannedStart),
      p.plannedCompletion === NEVER ? '' : ym(p.plannedCompletion),
      life.code ?? '',
      life.legalEntity ?? '',
      life.actualStart ?? '',
      life.actualCompletion ?? '',
      p.description,
      num(p.lat, 4),
      num(p.lon, 4),
      p.phone,
    ];
    }),
  };
}

export function programsTable(count: number): Table {
  return {
    fields: ['name', 'description', 'lead_official', 'lead_unit', 'order'],
    labels: ['工程名称', '说明', '牵头领导', '牵头单位', '排序'],
    rows: programSpecs(count).map((s, i) => [s.name, s.description, OFFICIALS[i % OFFICIALS.length] ?? '', s.leadUnit, String(i + 1)]),
  };
}

/** Every unit and township the other files name, with a head each. */
export function unitsTable(names: Iterable<string>, rng: Rng): Table {
  const townships = new Set(TOWNSHIPS.map((t) => t.name));
  const all = [...new Set(names)].filter((x) => x !== '');
  // Departments first, then townships, each in a stable order.
  const departments = all.filter((x) => !townships.has(x)).sort();
  const towns = TOWNSHIPS.map((t) => t.name).filter((x) => all.includes(x));
  const ordered = [...departments, ...towns];
  const heads = headNames(ordered.length, rng);
  return {
    fields: ['name', 'kind', 'head'],
    labels: ['单位名称', '类型', '主要负责人'],
    rows: ordered.map((name, i) => [name, townships.has(name) ? '乡镇' : '部门', heads[i] ?? '']),
  };
}
