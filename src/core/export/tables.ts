// The normalised download tables: one per source file (the ledger twice, latest month and
// full history), plus the figures the portal computes from the ledgers. Columns come from
// the schema — declared, non-private fields only, under their canonical snake_case names —
// so nothing a data editor added to a sheet, and nothing marked private, can leak out.

import { dataTables, type FieldDef, type FieldType, type ResourceDef } from '../schema.ts';
import type { Dataset, SiteConfig } from '../types.ts';
import { fieldUnit } from '../datapackage.ts';
import { compareText } from '../report.ts';
import { indexLedgers, projectMonths, publishedRunWithoutInvestment, PROJECT_STATUSES } from '../metrics/index.ts';
import { statusLabel } from '../i18n.ts';
import type { CsvValue } from './csv.ts';
import { formatDecimal } from '../format.ts';
import { PERCENT_DIGITS } from '../rounding.ts';
import { lifecycleTable } from '../../sections/lifecycle/export.ts';

export type ColumnType = FieldType | 'boolean';

type Text = { zh: string; en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

export interface ExportColumn {
  /** Canonical snake_case name: the CSV header and the JSON key. */
  name: string;
  type: ColumnType;
  title: Text;
  description: Text;
  /** Unit of the numbers: the configured money unit, '%', '亩' …; undefined for text. */
  unit?: string;
  /** Canonical values of an enum column with their labels (Chinese first). */
  enum?: { value: string; labels: Text }[];
  /** 'data': a declared field of a source file; 'computed': a figure the portal derives. */
  origin: 'data' | 'computed';
  /** For 'data' columns: the schema field it publishes. */
  field?: { resource: string; name: string };
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
}

/** A column the portal computes (not a field of a source file); `extra` adds a unit, an enum, constraints. */
export function computedColumn(name: string, type: ColumnType, title: Text, description: Text, extra: Partial<ExportColumn> = {}): ExportColumn {
  return { name, type, title, description, origin: 'computed', ...extra };
}

export interface ExportTable {
  /** Resource name in the published datapackage.json. */
  name: string;
  /** File name below /downloads/. */
  file: string;
  title: Text;
  description: Text;
  /** The source file(s) it is normalised from, relative to the data folder. */
  source: string;
  columns: ExportColumn[];
  /** Rows in a stable order (by primary key). */
  rows: CsvValue[][];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

// The type names of the data dictionary are messages (downloads.type.* in src/i18n/core/<locale>.ts).

/** The fields a resource publishes: declared and not private. */
/** A threshold as a positive number of points with one decimal: −15 → 15.0. */
const pointsAbs = (points: number) => formatDecimal(Math.abs(points), PERCENT_DIGITS, PERCENT_DIGITS);

export function publishedFields(resource: ResourceDef): FieldDef[] {
  return resource.fields.filter((f) => !f.private);
}

// The schema's descriptions speak to data editors (which spellings a cell may use, which unit a
// header may give); a download has one form only, so these say what the published value is.
const DATE_NOTE = t('写作年-月-日；源文件只写年月的，记为该月最后一天。', 'Written YYYY-MM-DD; where the source gave only a month, its last day.');
function outputDescription(resource: ResourceDef, f: FieldDef, config: Pick<SiteConfig, 'moneyUnit'>): Text {
  if (f.type === 'date') return t(`${f.title.zh}，${DATE_NOTE.zh}`, `${f.title.en}. ${DATE_NOTE.en}`);
  if (f.type === 'money' && /表头|header/.test(f.description.zh + f.description.en)) return t(`${f.title.zh}，单位为${config.moneyUnit}。`, `${f.title.en}, in ${config.moneyUnit}.`);
  if (resource.name === 'indicators' && f.name === 'period') return t('累计期末月份，写作年-月：2025-08即2025年1-8月累计。', 'End month of the cumulative period, YYYY-MM: 2025-08 is January to August 2025.');
  return f.description;
}

function fromField(resource: ResourceDef, f: FieldDef, config: Pick<SiteConfig, 'moneyUnit'>): ExportColumn {
  const c: ExportColumn = { name: f.name, type: f.type, title: f.title, description: outputDescription(resource, f, config), origin: 'data', field: { resource: resource.name, name: f.name } };
  const unit = fieldUnit(f, config);
  if (unit) c.unit = unit;
  if (f.enum) c.enum = f.enum.map((e) => ({ value: e.value, labels: t(e.labels[0] ?? e.value, e.value) }));
  if (f.required) c.required = true;
  if (f.unique) c.unique = true;
  if (f.minimum !== undefined) c.minimum = f.minimum;
  if (f.maximum !== undefined) c.maximum = f.maximum;
  return c;
}

const periodColumn: ExportColumn = {
  name: 'period',
  type: 'yearmonth',
  title: t('台账月份', 'Ledger month'),
  description: t('台账所反映的月份（截至该月末）。', 'The month the ledger reports on (as of its last day).'),
  origin: 'data',
  required: true,
};

/** A value of the model as a cell: only plain values pass (a nested object would be a programming error). */
function cell(value: unknown): CsvValue {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new TypeError(`not a cell value: ${JSON.stringify(value)}`);
}

function rowsOf(records: readonly object[], fields: readonly FieldDef[]): CsvValue[][] {
  return records.map((r) => fields.map((f) => cell((r as Record<string, unknown>)[f.key])));
}

/** Code-point order on the key columns; numbers compare as numbers, a blank sorts first. */
function sortRows(rows: CsvValue[][], keyIndexes: readonly number[]): CsvValue[][] {
  const cmp = (a: CsvValue, b: CsvValue): number => {
    if (a === b) return 0;
    if (a === undefined || a === null) return -1;
    if (b === undefined || b === null) return 1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return compareText(String(a), String(b));
  };
  return [...rows].sort((x, y) => {
    for (const i of keyIndexes) {
      const d = cmp(x[i], y[i]);
      if (d !== 0) return d;
    }
    return 0;
  });
}

const TABLES = new Map(dataTables.map((d) => [d.resource.name, d]));
const recordsOf = (name: string, dataset: Dataset): readonly object[] | undefined => {
  const table = TABLES.get(name);
  return table ? dataset[table.field] : undefined;
};

function isPresent(resource: ResourceDef, dataset: Dataset): boolean {
  if (!resource.optional) return true;
  return dataset.sources.some((s) => s.file === resource.path) || (recordsOf(resource.name, dataset)?.length ?? 0) > 0;
}

function keyIndexes(columns: readonly ExportColumn[], key: readonly string[] | undefined): number[] {
  const idx = (key ?? []).map((k) => columns.findIndex((c) => c.name === k)).filter((i) => i >= 0);
  return idx.length ? idx : [0];
}

/** The column without its uniqueness: for tables with one row per project and month. */
const notUnique = (c: ExportColumn): ExportColumn => {
  const { unique: _unique, ...rest } = c;
  return rest;
};

function table(resource: ResourceDef, name: string, file: string, columns: ExportColumn[], rows: CsvValue[][], extra: Partial<ExportTable> = {}): ExportTable {
  const out: ExportTable = {
    name,
    file,
    title: resource.title,
    description: t('', ''),
    source: resource.path,
    columns,
    rows,
    ...extra,
  };
  if (resource.primaryKey?.length && !extra.primaryKey) out.primaryKey = [...resource.primaryKey];
  if (resource.foreignKeys?.length && !extra.foreignKeys) out.foreignKeys = resource.foreignKeys.map((fk) => ({ fields: [...fk.fields], reference: { ...fk.reference, fields: [...fk.reference.fields] } }));
  out.rows = sortRows(rows, keyIndexes(columns, out.primaryKey));
  return out;
}

/**
 * Every download table for a dataset, in a fixed order: projects, the latest ledger, the
 * ledger history, the computed figures, then the optional files that are present.
 * `resources` is the schema in force (after data/datapackage.json overrides).
 */
export function exportTables(dataset: Dataset, resources: readonly ResourceDef[]): ExportTable[] {
  return [...eachExportTable(dataset, resources)];
}

/**
 * The same tables one at a time, each made when the previous one has been taken: the ledger
 * history of a province is hundreds of thousands of rows, and a caller that writes each table
 * out and lets go of it never holds more than one.
 */
export function* eachExportTable(dataset: Dataset, resources: readonly ResourceDef[]): Generator<ExportTable> {
  const byName = new Map(resources.map((r) => [r.name, r]));
  const config = dataset.config;

  const projects = byName.get('projects');
  if (projects) {
    const fields = publishedFields(projects);
    yield table(projects, 'projects', 'projects.csv', fields.map((f) => fromField(projects, f, config)), rowsOf(dataset.projects, fields), {
      description: TABLES.get('projects')!.description,
    });
  }

  const ledger = byName.get('ledger');
  const periods = indexLedgers(dataset.ledgers).periods;
  if (ledger) {
    const fields = publishedFields(ledger);
    const columns = [periodColumn, ...fields.map((f) => fromField(ledger, f, config))];
    const monthRows = (period: string) => {
      const month = indexLedgers(dataset.ledgers).month(period);
      return (month?.rows ?? []).map((r) => [period, ...fields.map((f) => cell((r as unknown as Record<string, unknown>)[f.key]))]);
    };
    const latest = periods.at(-1);
    const pk = ['period', 'project_id'];
    const fks = ledger.foreignKeys?.map((fk) => ({ fields: [...fk.fields], reference: { ...fk.reference, fields: [...fk.reference.fields] } }));
    yield table(ledger, 'ledger_latest', 'ledger_latest.csv', columns, latest ? monthRows(latest) : [], {
      title: t('最新月度台账', 'Latest monthly ledger'),
      description: t('最近一个月的台账，每个项目一行。', 'The latest month’s ledger, one row per project.'),
      primaryKey: pk,
      ...(fks ? { foreignKeys: fks } : {}),
    });
    yield table(ledger, 'ledger_history', 'ledger_history.csv', columns.map(notUnique), periods.flatMap(monthRows), {
      title: t('历月台账', 'Ledger history'),
      description: t('全部月份的台账合为一个文件，“台账月份”一列标明月份。', 'Every month’s ledger in one file; the period column gives the month.'),
      primaryKey: pk,
      ...(fks ? { foreignKeys: fks } : {}),
    });
    if (projects) yield figuresTable(dataset, projects, ledger, periods);
    if (projects) yield lifecycleTable(dataset);
  }

  for (const resource of resources) {
    const records = recordsOf(resource.name, dataset);
    if (!records || resource.name === 'projects' || !isPresent(resource, dataset)) continue;
    const fields = publishedFields(resource);
    const description = TABLES.get(resource.name)?.description;
    yield table(resource, resource.name, `${resource.name}.csv`, fields.map((f) => fromField(resource, f, config)), rowsOf(records, fields), description ? { description } : {});
  }
}

// ---------------------------------------------------------------- computed figures

const statusEnum = PROJECT_STATUSES.map((s) => ({ value: s, labels: t(statusLabel(s, 'zh-CN'), statusLabel(s, 'en')) }));

function computedColumns(config: Pick<SiteConfig, 'moneyUnit' | 'thresholds'>): ExportColumn[] {
  const c = (name: string, type: ColumnType, title: Text, description: Text, unit?: string): ExportColumn => computedColumn(name, type, title, description, unit ? { unit } : {});
  const th = config.thresholds;
  return [
    c('increment', 'money', t('当月完成投资', 'Completed in the month'), t('本月累计完成投资减去上月累计（1月即为当月数）；缺上月数据时为空。', 'This month’s year-to-date figure less last month’s (January: its own figure); blank without last month’s figure.'), config.moneyUnit),
    c('completion_pct', 'percent', t('完成年度计划比例', 'Completion rate'), t('本年累计完成投资÷年度计划投资×100。', 'Completed this year ÷ year plan × 100.'), '%'),
    c('time_progress_pct', 'percent', t('时间进度', 'Time progress'), t('到月末时全年已过去的比例（按月计为N/12）。', 'Share of the year elapsed at the month’s end (by months: N/12).'), '%'),
    c('lag_points', 'number', t('比时间进度快慢', 'Lag'), t('完成年度计划比例减时间进度，单位为百分点，负数表示落后。', 'Completion rate minus time progress, in percentage points; negative means behind.'), '百分点'),
    { ...c('status', 'enum', t('推进情况', 'Status'), t(`按快慢（保留一位小数）判断：落后时间进度超过${pointsAbs(th.seriouslyBehind)}个百分点为严重滞后，超过${pointsAbs(th.behind)}个百分点为滞后；已竣工、投产或完成年度计划的为已完成；无年度计划的为未列计划。`, `By the lag (to one decimal): more than ${pointsAbs(th.seriouslyBehind)} points behind the time schedule is seriously behind, more than ${pointsAbs(th.behind)} behind; built, operating or with the year plan met: completed; without a year plan: no plan.`)), enum: statusEnum },
    c('months_without_investment', 'integer', t('连续无新增投资月数', 'Months without new investment'), t('在建项目截至本月连续没有新增投资的月数（不跨年，当月有新增投资的为0）；本月不在建的项目（前期、竣工、投产）为空。', 'Consecutive months, up to this one, in which a project under construction added no investment (within the year; 0 when it invested this month); empty for a project not under construction this month (preparatory, completed, operating).')),
    c('stalled', 'boolean', t('是否停滞', 'Stalled'), t(`在建项目连续${th.stalledMonths}个月及以上没有新增投资。`, `Under construction with no new investment for ${th.stalledMonths} months or more in a row.`)),
    c('overdue', 'boolean', t('问题是否逾期', 'Problems overdue'), t('台账所列问题超过完成时限仍未解决。', 'Problems still reported after the ledger’s deadline.')),
  ];
}

const FIGURE_PROJECT_FIELDS = ['name', 'program', 'township', 'responsible_unit', 'lead_official'];
const FIGURE_LEDGER_FIELDS = ['year_plan', 'completed_ytd', 'stage'];

function figuresTable(dataset: Dataset, projects: ResourceDef, ledger: ResourceDef, periods: readonly string[]): ExportTable {
  const config = dataset.config;
  const projectFields = FIGURE_PROJECT_FIELDS.map((n) => publishedFields(projects).find((f) => f.name === n)).filter((f): f is FieldDef => !!f);
  const ledgerFields = FIGURE_LEDGER_FIELDS.map((n) => publishedFields(ledger).find((f) => f.name === n)).filter((f): f is FieldDef => !!f);
  const idField = publishedFields(ledger).find((f) => f.name === 'project_id');
  const computed = computedColumns(config);
  const columns: ExportColumn[] = [
    periodColumn,
    ...(idField ? [notUnique(fromField(ledger, idField, config))] : []),
    ...projectFields.map((f) => {
      const { required: _required, ...c } = notUnique(fromField(projects, f, config));
      return { ...c, name: f.name === 'name' ? 'project_name' : f.name };
    }),
    ...ledgerFields.map((f) => fromField(ledger, f, config)),
    ...computed,
  ];
  const rows: CsvValue[][] = [];
  for (const period of periods) {
    for (const m of projectMonths(dataset, period)) {
      const p = m.project as unknown as Record<string, unknown> | undefined;
      const r = m.row as unknown as Record<string, unknown>;
      rows.push([
        period,
        ...(idField ? [m.projectId] : []),
        ...projectFields.map((f) => cell(p?.[f.key])),
        ...ledgerFields.map((f) => cell(r[f.key])),
        m.increment,
        m.completionPct,
        m.timeProgressPct,
        m.lagPoints,
        m.status,
        publishedRunWithoutInvestment(m),
        m.stalled,
        m.overdue,
      ]);
    }
  }
  return table(ledger, 'project_figures', 'project_figures.csv', columns, rows, {
    title: t('项目推进情况（计算结果）', 'Project figures (computed)'),
    description: t('每月每个项目的完成率、时间进度、快慢、推进情况、是否停滞和问题是否逾期，由本站根据台账计算，计算方法见“计算方法”页。', 'Each project’s completion rate, time progress, lag, status, stalled and overdue flags for every month, computed by the portal from the ledgers (see Methodology).'),
    source: 'ledger/*.csv + projects.csv',
    primaryKey: ['period', 'project_id'],
    foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  });
}
