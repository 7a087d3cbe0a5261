// The whole data folder, from memory, to a Dataset and every diagnostic. Pure: the
// caller reads the files (src/io/data-dir.ts) and passes environment values in.

import { sha256Hex } from './platform.ts';
import type {
  Acceptance,
  Approval,
  DesignChange,
  Inspection,
  Party,
  Tender,
  AttractionProject,
  Bulletin,
  Campaign,
  CampaignProject,
  IndicatorObservation,
  IndicatorTarget,
  LandAcquisition,
  Program,
  Project,
  Task,
  Unit,
  DataFiles,
  Dataset,
  Diagnostic,
  LedgerMonth,
  LedgerRow,
  LoadResult,
  SiteConfig,
  SourceFileInfo,
} from './types.ts';
import type { ResourceDef } from './schema.ts';
import { dataTables, resources as builtInResources } from './schema.ts';
import type { TableKey } from './resource.ts';
import { decodeBytes } from './decode.ts';
import type { Encoding } from './decode.ts';
import { CONFIG_FILE, parseSiteConfig } from './config.ts';
import type { ConfigEnv } from './config.ts';
import { applyDataPackage, DATAPACKAGE_FILE } from './datapackage.ts';
import { validateTable } from './validate-table.ts';
import type { SheetRows, TypedRecord, TypedTable } from './validate-table.ts';
import { filesOfTable, tableFormat } from './table-files.ts';
import { columnLetters, readWorkbook } from './xlsx.ts';
import { BULLETIN_FILE, parseBulletin } from './bulletin-source.ts';
import { checkDomain, checkFileNames, endOfMonth, ledgerPeriod } from './domain-checks.ts';
import type { LedgerView, TableView } from './domain-checks.ts';
import { compareText, diagnostic, sortDiagnostics } from './report.ts';

export interface LoadOptions {
  /** Environment values, read by the caller: they override site.json. */
  env?: ConfigEnv;
}

interface Decoded {
  text?: string;
  encoding?: Encoding;
}

export function loadDataset(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, Omit<SourceFileInfo, 'warnings' | 'errors'>>();
  const paths = [...files.keys()].sort(compareText);

  const recordSource = (path: string, bytes: Uint8Array, encoding: string) =>
    sources.set(path, {
      file: path,
      encoding,
      bytes: bytes.length,
      sha256: sha256Hex(bytes),
      rows: 0,
      fields: [],
      droppedColumns: [],
    });

  /** Decodes a file once, records it as a source, and reports what cannot be decoded. */
  const read = (path: string): Decoded => {
    const bytes = files.get(path);
    if (!bytes) return {};
    const result = decodeBytes(bytes, path);
    recordSource(path, bytes, result.ok ? result.encoding : 'unknown');
    if (!result.ok) {
      diagnostics.push(result.diagnostic);
      return {};
    }
    return { text: result.text, encoding: result.encoding };
  };

  // Settings first: the money unit and the schema shape everything after.
  // An undecodable site.json is reported by read() and then counts as empty.
  const siteText = files.has(CONFIG_FILE) ? (read(CONFIG_FILE).text ?? '') : undefined;
  const { config, diagnostics: configDiagnostics } = parseSiteConfig(siteText, options.env ?? {});
  diagnostics.push(...configDiagnostics);
  let schema: ResourceDef[] = builtInResources;
  if (files.has(DATAPACKAGE_FILE)) {
    const text = read(DATAPACKAGE_FILE).text;
    if (text !== undefined) {
      const applied = applyDataPackage(builtInResources, text);
      schema = applied.resources;
      diagnostics.push(...applied.diagnostics);
    }
  }
  diagnostics.push(...checkFileNames(paths));

  /** Workbook → the sheet read, for the place of its diagnostics. */
  const sheets = new Map<string, string>();
  /** A table file's content: its text (CSV or tab-separated), or a workbook's sheet read to rows. */
  const readTable = (path: string): string | SheetRows | undefined => {
    if (tableFormat(path) !== 'xlsx') return read(path).text;
    const bytes = files.get(path);
    if (!bytes) return undefined;
    const result = readWorkbook(bytes, path, { sheet: config.workbookSheet });
    recordSource(path, bytes, 'xlsx');
    if (!result.ok) {
      diagnostics.push(result.diagnostic);
      return undefined;
    }
    sheets.set(path, result.sheet);
    const source = sources.get(path);
    if (source) source.sheet = result.sheet;
    return { rows: result.rows, visible: result.visible };
  };

  const tables = new Map<string, TypedTable>();
  const ledgers: (TypedTable & { period: string })[] = [];
  const recordTable = (table: TypedTable) => {
    diagnostics.push(...table.diagnostics);
    const source = sources.get(table.file);
    if (source) {
      source.rows = table.records.length;
      source.fields = table.fields;
      source.droppedColumns = table.dropped;
    }
  };

  for (const resource of schema) {
    if (resource.pathPattern) {
      const months = paths
        .map((p) => ({ path: p, period: ledgerPeriod(p) }))
        .filter((m): m is { path: string; period: NonNullable<typeof m.period> } => m.period !== undefined);
      if (months.length === 0 && !resource.optional) diagnostics.push(missingLedger());
      for (const [i, { path, period }] of months.entries()) {
        // Paths are sorted: ledger/2025-08.csv comes before ledger/2025-08.xlsx, and is the one read.
        const first = months.findIndex((m) => m.period.period === period.period);
        if (first !== i) {
          diagnostics.push(twoFiles(path, (months[first] as { path: string }).path));
          continue;
        }
        const source = readTable(path);
        if (source === undefined) continue;
        // A project id that repeats within a month is found by the ledger checks (checkDomain).
        const table = validateTable(source, { file: path, tab: tableFormat(path) === 'tsv', resource, moneyUnit: config.moneyUnit, period: { year: period.year, month: period.month }, primaryKeyCheckedLater: true });
        recordTable(table);
        if (table.headerLine !== undefined) ledgers.push({ ...table, period: period.period });
      }
      continue;
    }
    const [path, ...others] = filesOfTable(paths, resource.path);
    if (path === undefined) {
      if (!resource.optional) diagnostics.push(missingFile(resource, paths));
      continue;
    }
    for (const other of others) diagnostics.push(twoFiles(other, path));
    const source = readTable(path);
    if (source === undefined) continue;
    const table = validateTable(source, { file: path, tab: tableFormat(path) === 'tsv', resource, moneyUnit: config.moneyUnit });
    recordTable(table);
    if (table.headerLine !== undefined) tables.set(resource.name, table);
  }

  const bulletins: Bulletin[] = [];
  const bulletinPaths = paths.filter((p) => BULLETIN_FILE.test(p));
  for (const path of bulletinPaths) {
    const text = read(path).text;
    if (text === undefined) continue;
    const result = parseBulletin(path, text);
    diagnostics.push(...result.diagnostics);
    if (result.bulletin) bulletins.push(result.bulletin);
  }
  bulletins.sort((a, b) => compareText(b.date, a.date) || compareText(a.slug, b.slug));

  const latest = ledgers.at(-1);
  const asOf = latest ? endOfMonth(latest.period) : undefined;
  const ledgerViews: LedgerView[] = ledgers;
  const tableViews = new Map<string, TableView>(tables);
  diagnostics.push(...checkDomain(asOf ? { tables: tableViews, ledgers: ledgerViews, asOf } : { tables: tableViews, ledgers: ledgerViews }));

  const sorted = sortDiagnostics(sheets.size === 0 ? diagnostics : diagnostics.map((d) => inSheet(d, sheets.get(d.file))));
  const dataset = buildDataset(config, tables, ledgers, bulletins, bulletinPaths.length > 0);
  // Diagnostics counted per file in one walk (not one filter per file: ledgers give thousands of warnings).
  const counts = new Map<string, { warnings: number; errors: number }>();
  for (const d of sorted) {
    let count = counts.get(d.file);
    if (!count) {
      count = { warnings: 0, errors: 0 };
      counts.set(d.file, count);
    }
    if (d.severity === 'warning') count.warnings++;
    else if (d.severity === 'error') count.errors++;
  }
  dataset.sources = [...sources.values()]
    .sort((a, b) => compareText(a.file, b.file))
    .map((s) => ({ ...s, warnings: counts.get(s.file)?.warnings ?? 0, errors: counts.get(s.file)?.errors ?? 0 }));
  return { dataset, diagnostics: sorted, resources: schema };
}

// ---------------------------------------------------------------- records to the model

/**
 * Copies typed values in schema order (so every object has the same key order), and
 * leaves out rows that lack a required value: those are errors already, and the
 * model's types promise the value is there.
 */
function toModel<T>(table: TypedTable | undefined, defaults: Partial<T> = {}): T[] {
  if (!table) return [];
  const out: T[] = [];
  const model = modelOf(table, defaults);
  for (const record of table.records) {
    const m = model(record);
    if (m) out.push(m as T);
  }
  return out;
}

/**
 * fromRecord for every record of a table. When the table's columns come in schema order and
 * no default applies, a record's values already are that object (the same keys in the same
 * order, private fields never among them), so they are taken as they are instead of copied:
 * the typed tables are dropped once the dataset is built.
 */
function modelOf(table: TypedTable, defaults: object): (record: TypedRecord) => Record<string, unknown> | undefined {
  const fields = publicFields(table.resource);
  const order = new Map(fields.map((f, i) => [f.key, i]));
  const keys = table.fields.map((name) => table.resource.fields.find((f) => f.name === name)?.key);
  const inOrder = keys.every((k, i) => k !== undefined && order.has(k) && (i === 0 || (order.get(k) ?? 0) > (order.get(keys[i - 1] as string) ?? 0)));
  if (!inOrder || Object.keys(defaults).length > 0) return (record) => fromRecord(record, table.resource, defaults);
  const required = fields.filter((f) => f.required).map((f) => f.key);
  return (record) => {
    for (const key of required) if (record.values[key] === undefined) return undefined;
    return record.values;
  };
}

function fromRecord(record: TypedRecord, resource: ResourceDef, defaults: object): Record<string, unknown> | undefined {
  const model: Record<string, unknown> = {};
  const fallback = defaults as Record<string, unknown>;
  for (const { key, required } of publicFields(resource)) {
    const value = record.values[key] ?? fallback[key];
    if (value === undefined) {
      if (required) return undefined;
      continue;
    }
    model[key] = value;
  }
  return model;
}

/** A resource's public fields in schema order, listed once per resource. */
const publicFieldLists = new WeakMap<ResourceDef, { key: string; required: boolean }[]>();
function publicFields(resource: ResourceDef): { key: string; required: boolean }[] {
  let list = publicFieldLists.get(resource);
  if (!list) {
    list = resource.fields.filter((f) => !f.private).map((f) => ({ key: f.key, required: f.required === true }));
    publicFieldLists.set(resource, list);
  }
  return list;
}

function buildDataset(
  config: SiteConfig,
  tables: ReadonlyMap<string, TypedTable>,
  ledgers: readonly (TypedTable & { period: string })[],
  bulletins: Bulletin[],
  hasBulletins: boolean,
): Dataset {
  const t = (name: string) => tables.get(name);
  const months: LedgerMonth[] = ledgers.map((table) => {
    const rows: LedgerRow[] = [];
    const modelFor = modelOf(table, {});
    // Only a field keyed line can put line in a model (the built-in ledger has none).
    const lineField = publicFields(table.resource).some((f) => f.key === 'line');
    for (const record of table.records) {
      const model = modelFor(record);
      if (!model) continue;
      // As { ...model, line }: line comes last (a field named line would keep its place).
      if (lineField && 'line' in model) rows.push({ ...model, line: record.line } as LedgerRow);
      else {
        model.line = record.line;
        rows.push(model as unknown as LedgerRow);
      }
    }
    const month: LedgerMonth = { period: table.period, file: table.file, rows };
    if (table.totals) {
      const totals: { yearPlan?: number; completedYtd?: number } = {};
      if (table.totals.values.yearPlan !== undefined) totals.yearPlan = table.totals.values.yearPlan;
      if (table.totals.values.completedYtd !== undefined) totals.completedYtd = table.totals.values.completedYtd;
      month.totals = totals;
    }
    return month;
  });
  // Each file's rows where its table (schema.ts, the sections' tables.ts) says they go.
  const rows = {} as Record<TableKey, object[]>;
  for (const table of dataTables) rows[table.field] = toModel<object>(t(table.resource.name), table.defaults);
  return {
    config,
    ...(rows as unknown as Pick<Dataset, TableKey>),
    ledgers: months,
    bulletins,
    sources: [],
    present: {
      programs: tables.has('programs'),
      units: tables.has('units'),
      tasks: tables.has('tasks'),
      campaigns: tables.has('campaigns'),
      land: tables.has('land'),
      attraction: tables.has('attraction'),
      bulletins: hasBulletins,
      indicators: tables.has('indicators'),
      approvals: tables.has('approvals'),
      tenders: tables.has('tenders'),
      parties: tables.has('parties'),
      designChanges: tables.has('design_changes'),
      inspections: tables.has('inspections'),
      acceptance: tables.has('acceptance'),
    },
  };
}

// ---------------------------------------------------------------- workbooks

/**
 * A diagnostic about a workbook with its place as the editor sees it: the sheet, and the cell
 * (the record's line is the sheet's row number, the column its column), placed after the value.
 */
function inSheet(d: Diagnostic, sheet: string | undefined): Diagnostic {
  if (sheet === undefined) return d;
  const { message, messageEn, ...place } = d;
  const cell = d.line !== undefined && d.column !== undefined ? columnLetters(d.column - 1) + d.line : undefined;
  return cell === undefined ? { ...place, sheet, message, messageEn } : { ...place, sheet, cell, message, messageEn };
}

/** Two files for one table (projects.csv and projects.xlsx): `path` is not read. */
function twoFiles(path: string, read: string): Diagnostic {
  return diagnostic(
    'file-name-error',
    'error',
    { file: path },
    `${read}和${path}是同一张表的两个文件，只读取了${read}。请只保留一个（删除另一个），以免两份数据不一致。`,
    `${read} and ${path} are two files for the same table; only ${read} was read. Keep one of them and delete the other, so the two cannot disagree.`,
  );
}

// ---------------------------------------------------------------- missing files

function missingFile(resource: ResourceDef, paths: readonly string[]): Diagnostic {
  const near = paths.find((p) => p.toLowerCase() === resource.path.toLowerCase());
  return diagnostic(
    'file-name-error',
    'error',
    { file: resource.path },
    `缺少${resource.title.zh}文件${resource.path}。` +
      (near ? `文件夹中有${near}，请把文件名改为${resource.path}（注意大小写）。` : `请把它放在数据文件夹的最上层，文件名必须是${resource.path}。`),
    `${resource.title.en} (${resource.path}) is missing. ` +
      (near ? `There is ${near}: rename it to ${resource.path} (case matters).` : `Put it at the top of the data folder, named exactly ${resource.path}.`),
  );
}

function missingLedger(): Diagnostic {
  return diagnostic(
    'file-name-error',
    'error',
    { file: 'ledger/' },
    '没有找到月度台账。请在数据文件夹中建一个ledger文件夹，每月放一个文件，文件名如2025-08.csv。',
    'No monthly ledger found. Create a folder named ledger in the data folder and add one file per month, named like 2025-08.csv.',
  );
}
