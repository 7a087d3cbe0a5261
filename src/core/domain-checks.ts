// Checks across files, after every table is typed: references between files, and
// what a month's ledger says compared with projects.csv and the month before.

import type { Diagnostic, IsoDate, Stage, YearMonth } from './types.ts';
import type { FieldDef, ResourceDef } from './schema.ts';
import { resources, ledger as ledgerResource } from './schema.ts';
import type { CellValue, TypedRecord } from './validate-table.ts';
import { repeatedKey } from './validate-table.ts';
import { diagnostic } from './report.ts';
import { formatDate } from './format.ts';

/** A date as the Chinese message writes it (2025年2月15日); the English keeps the ISO form. */
const zhDate = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso as IsoDate, 'zh-CN') : iso);
import { asCsvPath, tableFormat } from './table-files.ts';
import { idsChanged, nearMatcher, numericIds } from './id-traps.ts';
import { checkLifecycle } from '../sections/lifecycle/checks.ts';

/** What the checks need of a typed table. */
export interface TableView {
  file: string;
  resource: ResourceDef;
  records: readonly TypedRecord[];
  /** 1-based column of each field present (canonical name → column). */
  columns: Readonly<Record<string, number>>;
}

export interface LedgerView extends TableView {
  period: YearMonth;
}

export interface DomainInput {
  /** Non-ledger tables that were read (with a header), by resource name. */
  tables: ReadonlyMap<string, TableView>;
  /**
   * Ledger months, oldest first, typed with `primaryKeyCheckedLater`: a project id that
   * repeats within a month is reported here.
   */
  ledgers: readonly LedgerView[];
  /** The data date for open tasks: the end of the latest ledger month, when there is one. */
  asOf?: IsoDate;
}

export const STAGE_ORDER: readonly Stage[] = ['preparatory', 'construction', 'completed', 'operating'];

export function checkDomain(input: DomainInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (found: readonly Diagnostic[]) => {
    for (const d of found) out.push(d);
  };
  // Referenced keys, read once per referenced table and fields.
  const knownKeys = new Map<string, Set<unknown>>();
  for (const table of input.tables.values()) push(checkForeignKeys(table, input.tables, knownKeys));
  const projects = input.tables.get('projects');
  // A month's project ids are looked up in projects.csv by their project number, in the walk
  // below, rather than each in a set of ids (most rows reuse the number of last month's row).
  const reference = projects && input.ledgers[0] ? projectReference(input.ledgers[0].resource) : undefined;
  // projects.csv's ids: the same set the references of tasks, land and campaigns are checked against.
  const numbers = projectNumbers(projects, projects && reference ? referencedKeys(projects, 'projects', [reference.idKey], true, knownKeys) : undefined);
  // A month's references and its other checks run back to back, while its rows are still in
  // the processor's cache (all months' rows are far larger than it). References are reported
  // first, as when every table's references were checked before the months.
  const references: Diagnostic[] = [];
  const monthly: Diagnostic[] = [];
  // “1” not found: did you mean “001”? (projects.csv's ids, indexed on the first unknown id)
  const suggest = nearMatcher(() => (projects && reference ? referencedKeys(projects, 'projects', [reference.idKey], true, knownKeys) : []));
  if (projects) {
    const numeric = numericIds(projects, 'id', 'id');
    if (numeric) monthly.push(numeric);
  }
  let before: MonthProjects | undefined;
  input.ledgers.forEach((month, i) => {
    for (const d of checkForeignKeys(month, input.tables, knownKeys, reference?.fk)) references.push(d);
    // One walk over the month's rows; what month i − 1 left behind is compared with month i.
    const previous = input.ledgers[i - 1];
    const checked = checkMonth(month, numbers, projects !== undefined, reference, previous && before ? { view: previous, projects: before } : undefined, suggest);
    for (const d of checked.references) references.push(d);
    for (const d of checked.diagnostics) monthly.push(d);
    const numeric = numericIds(month, 'projectId', 'project_id');
    if (numeric) monthly.push(numeric);
    if (previous && before && previous.period.slice(0, 4) === month.period.slice(0, 4)) {
      const changed = idsChanged(month.file, previous.file, projectChanges(before, checked.projects));
      // Ids rewritten wholesale: one error says it, not a warning for every project "missing".
      if (changed) monthly.push(changed);
      else for (const d of checkMissingProjects(previous, before, month, checked.projects)) monthly.push(d);
    }
    before = checked.projects;
  });
  push(references);
  push(monthly);
  const tasks = input.tables.get('tasks');
  if (tasks && input.asOf) push(checkOverdueTasks(tasks, input.asOf));
  push(checkLifecycle(input.asOf ? { tables: input.tables, asOf: input.asOf } : { tables: input.tables }));
  return out;
}

/**
 * How many of last month's projects are gone this month and how many are new, counted on the
 * project numbers the walks gave (no set of ids per month); the ids themselves only on request.
 */
function projectChanges(before: MonthProjects, now: MonthProjects): { previous: number; gone: number; added: number; ids: () => { gone: string[]; added: string[] } } {
  const count = (a: MonthProjects, b: MonthProjects) => {
    let all = 0;
    let missing = 0;
    const list: string[] = [];
    for (let i = 0; i < a.rows.length; i++) {
      const n = a.rows[i] as number;
      if (n === -1 || a.firstRow[n] !== i + 1) continue; // no id, or a repeat
      all++;
      if ((b.firstRow[n] ?? 0) === 0) {
        missing++;
        list.push(a.ids[i] as string);
      }
    }
    return { all, missing, list };
  };
  const gone = count(before, now);
  const added = count(now, before);
  return { previous: gone.all, gone: gone.missing, added: added.missing, ids: () => ({ gone: gone.list, added: added.list }) };
}

// ---------------------------------------------------------------- references

/** A table's references to other tables that cannot be found there; `skip` is checked by the caller. */
function checkForeignKeys(table: TableView, tables: ReadonlyMap<string, TableView>, knownKeys: Map<string, Set<unknown>>, skip?: ForeignKey): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const fk of table.resource.foreignKeys ?? []) {
    if (fk === skip) continue;
    const fields = fk.fields.map((n) => table.resource.fields.find((f) => f.name === n));
    if (fields.some((f) => !f) || !fk.fields.every((n) => n in table.columns)) continue;
    const target = tables.get(fk.reference.resource);
    const targetDef = resources.find((r) => r.name === fk.reference.resource);
    if (!targetDef) continue;
    const refFields = fk.reference.fields.map((n) => targetDef.fields.find((f) => f.name === n));
    if (refFields.some((f) => !f)) continue;
    const keys = fields.map((f) => f?.key ?? '');
    const only = keys.length === 1 ? (keys[0] as string) : undefined;
    const hasKey = (r: TypedRecord) => (only !== undefined ? r.values[only] !== undefined : keys.every((k) => r.values[k] !== undefined));
    if (!table.records.some(hasKey)) continue;
    if (!target) {
      out.push(
        diagnostic(
          'foreign-key-error',
          'error',
          { file: table.file, field: fk.fields[0] },
          `这个文件引用了${targetDef.title.zh}（${targetDef.path}），但数据文件夹中没有这个文件。请补上${targetDef.path}，或删除引用它的列。`,
          `This file refers to ${targetDef.title.en} (${targetDef.path}), which is not in the data folder. Add ${targetDef.path} or remove the referring column.`,
        ),
      );
      continue;
    }
    const refKeys = refFields.map((f) => f?.key ?? '');
    const single = keys.length === 1 && refKeys.length === 1;
    const known = referencedKeys(target, fk.reference.resource, refKeys, single, knownKeys);
    const column = table.columns[fk.fields[0] ?? ''];
    const suggest = single ? nearMatcher(() => known) : () => undefined;
    for (const r of table.records) {
      if (single) {
        // The usual reference, one id: no list of the values to make.
        const value = r.values[only as string];
        if (value === undefined || known.has(value)) continue;
      } else if (!hasKey(r) || known.has(JSON.stringify(keys.map((k) => r.values[k])))) continue;
      out.push(unknownReference(table.file, fk, targetDef, fields[0], r.line, column, keys.map((k) => r.values[k]), single ? suggest(r.values[only as string]) : undefined));
    }
  }
  return out;
}

type ForeignKey = NonNullable<ResourceDef['foreignKeys']>[number];

/**
 * The keys `target` (the table of resource `name`) holds in the fields `refKeys`, read once per
 * table and fields (every ledger month refers to projects.csv). One field: the values themselves
 * (a Set keeps "1" and 1 apart, as JSON does); several (`single` false): JSON of the tuple.
 */
function referencedKeys(target: TableView, name: string, refKeys: readonly string[], single: boolean, knownKeys: Map<string, Set<unknown>>): Set<unknown> {
  const cacheKey = JSON.stringify([name, single, refKeys]);
  let known = knownKeys.get(cacheKey);
  if (!known) {
    known = new Set(target.records.map((r) => (single ? r.values[refKeys[0] as string] : JSON.stringify(refKeys.map((k) => r.values[k])))));
    knownKeys.set(cacheKey, known);
  }
  return known;
}

/** A row whose reference (`parts`, the values of fk.fields) is not in the table it refers to. */
function unknownReference(file: string, fk: ForeignKey, targetDef: ResourceDef, firstField: FieldDef | undefined, line: number, column: number | undefined, parts: readonly (CellValue | undefined)[], near?: string): Diagnostic {
  const shown = parts.map(String).join(' / ');
  const title = firstField?.title.zh ?? '';
  // The near match differs only in leading zeros: a spreadsheet renumbered one of the two files.
  const hint = near === undefined ? '' : `${targetDef.title.zh}中有“${near}”，是不是这个编号？如果是，很可能是表格软件把编号当成了数值，去掉或加上了前面的0：请把编号列设为“文本”格式后重新导出。`;
  const hintEn = near === undefined ? '' : ` ${targetDef.path} has "${near}": is that the one? If so, a spreadsheet most likely took the ids for numbers and dropped or added leading zeros: set the id column to Text and export again.`;
  return diagnostic(
    'foreign-key-error',
    'error',
    { file, line, column, field: fk.fields[0], value: shown },
    `「${title}」“${shown}”在${targetDef.title.zh}（${targetDef.path}）中找不到。${hint || `请先在${targetDef.title.zh}中添加，或改正这里的编号。`}`,
    `${fk.fields.join(' + ')} "${shown}" is not in ${targetDef.path}.${hintEn || ' Add it there first, or correct it here.'}`,
  );
}

/** The ledger's reference to projects.csv by project id, which checkMonth checks. */
interface ProjectReference {
  fk: ForeignKey;
  target: ResourceDef;
  field: FieldDef;
  /** The key of projects.csv's id field in its typed rows. */
  idKey: string;
}

/** The reference of a ledger resource (the schema in force) to projects.csv's ids, as checkForeignKeys reads it. */
function projectReference(ledger: ResourceDef): ProjectReference | undefined {
  const fk = ledger.foreignKeys?.find((k) => k.reference.resource === 'projects' && k.fields.join() === 'project_id' && k.reference.fields.join() === 'id');
  const target = resources.find((r) => r.name === 'projects');
  const field = ledger.fields.find((f) => f.name === 'project_id');
  const idKey = target?.fields.find((f) => f.name === 'id')?.key;
  return fk && target && field && idKey !== undefined ? { fk, target, field, idKey } : undefined;
}

// ---------------------------------------------------------------- one month against projects.csv

/** Names compared without spaces and with full-width forms folded. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true; // the usual case, and norm(a) === norm(b) then
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/** Project id → name in projects.csv. */
function officialNames(projects: TableView): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of projects.records) {
    // The first row wins, as it does for a duplicated id (reported as unique-error).
    if (typeof p.values.id === 'string' && typeof p.values.name === 'string' && !names.has(p.values.id)) {
      names.set(p.values.id, p.values.name);
    }
  }
  return names;
}

/** Project ids as dense numbers, so a month's checks look each row's id up once. */
interface ProjectNumbers {
  numberOf(id: string): number;
  /** The name in projects.csv, by project number. */
  official: (string | undefined)[];
  /** Whether projects.csv has the id, by project number (known only with `ids`). */
  listed: boolean[];
  size(): number;
}

function projectNumbers(projects: TableView | undefined, ids: ReadonlySet<unknown> | undefined): ProjectNumbers {
  const names = projects ? officialNames(projects) : undefined;
  const numbers = new Map<string, number>();
  const official: (string | undefined)[] = [];
  const listed: boolean[] = [];
  return {
    numberOf(id) {
      let n = numbers.get(id);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(id, n);
        official.push(names?.get(id));
        listed.push(ids?.has(id) === true);
      }
      return n;
    },
    official,
    listed,
    size: () => numbers.size,
  };
}

/** One month's projects: each row's id and project number (−1 without an id), each project's stage and first row. */
interface MonthProjects {
  ids: (string | undefined)[];
  rows: Int32Array;
  /** Project number → stage (the last row with a stage wins). */
  stages: (Stage | undefined)[];
  /** Project number → index of its first row + 1; 0 when the month has none. */
  firstRow: Int32Array;
}

/**
 * Every check of one month's rows in one walk: a project id that repeats or that projects.csv
 * does not have (`reference`, when projects.csv was read), the name against projects.csv, the
 * year's figures against the plan, deadlines with problems left, and the stage against the
 * month before. Diagnostics come out grouped by check, in that order; unknown ids apart.
 */
function checkMonth(
  month: LedgerView,
  numbers: ProjectNumbers,
  withNames: boolean,
  reference: ProjectReference | undefined,
  previous: { view: LedgerView; projects: MonthProjects } | undefined,
  suggest: (id: unknown) => string | undefined,
): { diagnostics: Diagnostic[]; references: Diagnostic[]; projects: MonthProjects } {
  const records = month.records;
  // Numbers given in this walk are below size + rows.
  const capacity = numbers.size() + records.length;
  const projects: MonthProjects = {
    ids: new Array<string | undefined>(records.length),
    rows: new Int32Array(records.length),
    stages: new Array<Stage | undefined>(capacity),
    firstRow: new Int32Array(capacity),
  };
  const idColumn = month.columns.project_id ?? 0;
  const idField = month.resource.fields.find((f) => f.name === 'project_id');
  const repeats: Diagnostic[] = [];
  const unknown: Diagnostic[] = [];
  const names: Diagnostic[] = [];
  const overPlan: Diagnostic[] = [];
  const deadlines: Diagnostic[] = [];
  const regressions: Diagnostic[] = [];
  const monthEnd = endOfMonth(month.period);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as TypedRecord;
    const { projectId: id, projectName: name, yearPlan: plan, completedYtd: done, deadline, problems } = r.values;
    const stage = r.values.stage as Stage | undefined;
    // Ledgers list their projects in much the same order every month: the id of last month's
    // row at the same place has the same number, without a lookup.
    const above = previous?.projects;
    const n = typeof id !== 'string' ? -1 : above !== undefined && above.ids[i] === id ? (above.rows[i] as number) : numbers.numberOf(id);
    projects.ids[i] = typeof id === 'string' ? id : undefined;
    projects.rows[i] = n;
    // Without a project id only the figures and the deadline can be checked.
    if (n !== -1) {
      const first = projects.firstRow[n] as number;
      if (first === 0) projects.firstRow[n] = i + 1;
      else if (idField) repeats.push(repeatedKey(month.file, [idField], idColumn, [id as string], r.line, (records[first - 1] as TypedRecord).line));
      if (reference && !numbers.listed[n]) {
        unknown.push(unknownReference(month.file, reference.fk, reference.target, reference.field, r.line, month.columns.project_id, [id], suggest(id)));
      }
      if (typeof stage === 'string') projects.stages[n] = stage;
      const official = numbers.official[n];
      if (withNames && typeof name === 'string' && official !== undefined && !sameName(official, name)) {
        names.push(nameMismatch(month, r, id as string, official, name));
      }
      const was = previous && stage !== undefined ? previous.projects.stages[n] : undefined;
      if (previous && was !== undefined && stage !== undefined && STAGE_ORDER.indexOf(stage) < STAGE_ORDER.indexOf(was)) {
        regressions.push(stageRegression(previous.view, month, r, id as string, was, stage));
      }
    }
    if (typeof plan === 'number' && typeof done === 'number' && done > plan) overPlan.push(overPlanWarning(month, r, plan, done));
    if (typeof deadline === 'string' && deadline < monthEnd && typeof problems === 'string' && !NO_PROBLEMS.test(problems.replace(/\s+/g, ''))) {
      deadlines.push(deadlinePassed(month, r, deadline, monthEnd));
    }
  }
  return { diagnostics: [...repeats, ...names, ...overPlan, ...deadlines, ...regressions], references: unknown, projects };
}

function nameMismatch(month: LedgerView, r: TypedRecord, id: string, official: string, name: string): Diagnostic {
  return diagnostic(
    'name-mismatch',
    'warning',
    { file: month.file, line: r.line, column: month.columns.project_name, field: 'project_name', value: name },
    `项目编号${id}在项目清单中的名称是“${official}”，这里写的是“${name}”。网站以项目清单为准；如果编号填错了请改正，如果项目改了名请同时更新项目清单。`,
    `Project ${id} is named "${official}" in projects.csv but "${name}" here. The site uses projects.csv; correct the id if it is wrong, or update projects.csv if the project was renamed.`,
  );
}

function overPlanWarning(month: LedgerView, r: TypedRecord, plan: number, done: number): Diagnostic {
  return diagnostic(
    'over-plan',
    'warning',
    { file: month.file, line: r.line, column: month.columns.completed_ytd, field: 'completed_ytd', value: String(done) },
    `本年累计完成投资（${done}）超过了年度计划投资（${plan}）。如果确实超额完成可以忽略；否则请检查两个数的单位和数值。`,
    `Completed this year (${done}) exceeds the year plan (${plan}). Ignore this if the plan was really exceeded; otherwise check both figures and their units.`,
  );
}

/** Problems that are only a placeholder for "none". */
const NO_PROBLEMS = /^(无|暂无|没有|无问题|-|—|\/)?$/;

function deadlinePassed(month: LedgerView, r: TypedRecord, deadline: string, monthEnd: IsoDate): Diagnostic {
  return diagnostic(
    'deadline-passed',
    'warning',
    { file: month.file, line: r.line, column: month.columns.deadline, field: 'deadline', value: deadline },
    `完成时限${zhDate(deadline)}早于本月末（${zhDate(monthEnd)}），但仍填有存在问题。问题已解决的请清空“存在问题”；未解决的请写明新的完成时限。`,
    `The deadline ${deadline} is before the end of the month (${monthEnd}) but problems are still listed. Clear the problems if they are solved; otherwise give a new deadline.`,
  );
}

function stageRegression(previous: LedgerView, month: LedgerView, r: TypedRecord, id: string, was: Stage, stage: Stage): Diagnostic {
  const stageLabel = (s: Stage) => ledgerResource.fields.find((f) => f.name === 'stage')?.enum?.find((e) => e.value === s)?.labels[0] ?? s;
  return diagnostic(
    'stage-regression',
    'warning',
    { file: month.file, line: r.line, column: month.columns.stage, field: 'stage', value: stageLabel(stage) },
    `项目${id}上月（${previous.period}）是“${stageLabel(was)}”，本月变成了“${stageLabel(stage)}”，进展阶段倒退了。请核对是哪个月填错了。`,
    `Project ${id} was "${was}" last month (${previous.period}) and is "${stage}" now: the stage went backwards. Check which month is wrong.`,
  );
}

/** Rows of the month before whose project has no row this month. */
function checkMissingProjects(previous: LedgerView, before: MonthProjects, month: LedgerView, now: MonthProjects): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < previous.records.length; i++) {
    const n = before.rows[i] as number;
    if (n === -1 || now.firstRow[n] !== 0) continue;
    const id = (previous.records[i] as TypedRecord).values.projectId as string;
    out.push(
      diagnostic(
        'missing-project',
        'warning',
        { file: month.file, field: 'project_id', value: id },
        `项目${id}在上月台账（${previous.file}）中有，本月却没有。年度重点项目每月都要填报；如果项目已调出计划，可以忽略。`,
        `Project ${id} is in last month's ledger (${previous.file}) but not in this one. Every key project is reported every month; ignore this if it left the plan.`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- tasks

function checkOverdueTasks(tasks: TableView, asOf: IsoDate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of tasks.records) {
    const deadline = r.values.deadline;
    if (r.values.status !== 'open' || typeof deadline !== 'string' || deadline >= asOf) continue;
    const id = typeof r.values.id === 'string' ? r.values.id : '';
    out.push(
      diagnostic(
        'deadline-passed',
        'warning',
        { file: tasks.file, line: r.line, column: tasks.columns.deadline, field: 'deadline', value: deadline },
        `督办事项${id}的完成时限${zhDate(deadline)}已过（数据截至${zhDate(asOf)}），状态仍是办理中。已办结的请改为“已销号”并填写销号时间；未办结的会在网站上显示为逾期。`,
        `Task ${id} passed its deadline ${deadline} (data as of ${asOf}) and is still open. If it was done, mark it closed with the date; otherwise it shows as overdue on the site.`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- file names

const LEDGER_NAME = new RegExp(ledgerResource.pathPattern ?? '^ledger/(\\d{4})-(\\d{2})\\.csv$');

/** The month of a ledger file name, or undefined when the name is not ledger/YYYY-MM.csv with a real month. */
export function ledgerPeriod(path: string): { year: number; month: number; period: YearMonth } | undefined {
  // ledger/2025-08.xlsx and .txt are named as ledger/2025-08.csv is (the pattern is the schema's, for CSV).
  const m = LEDGER_NAME.exec(asCsvPath(path));
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900) return undefined;
  return { year, month, period: `${m[1]}-${m[2]}` };
}

/** 'YYYY-MM' → the last day of that month. */
export function endOfMonth(period: YearMonth): IsoDate {
  const [y = 0, m = 1] = period.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

const KNOWN_FILES = new Set([...resources.filter((r) => !r.pathPattern).map((r) => r.path), 'site.json', 'datapackage.json']);

/** Ledger files must be named ledger/YYYY-MM.csv (or .xlsx, .txt, .tsv); a table file nobody reads is pointed out. */
export function checkFileNames(paths: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of paths) {
    if (file.startsWith('ledger/')) {
      if (ledgerPeriod(file)) continue;
      out.push(
        diagnostic(
          'file-name-error',
          'error',
          { file },
          `月度台账的文件名应为“年-月.csv”（或.xlsx），如ledger/2025-08.csv、ledger/2025-08.xlsx（月份写两位），这个文件不会被读取。请改名。`,
          'Monthly ledger files must be named ledger/YYYY-MM.csv (or .xlsx), e.g. ledger/2025-08.csv or ledger/2025-08.xlsx (two-digit month); this file is not read. Rename it.',
        ),
      );
    } else if (/\.(xls|xlsm|xlsb|et|ods)$/i.test(file)) {
      out.push(
        diagnostic(
          'file-name-error',
          'warning',
          { file },
          '这种格式的工作簿（旧版.xls、带宏的.xlsm、.xlsb、WPS的.et或.ods）不会被读取。请在Excel、WPS或LibreOffice中打开它，另存为“Excel工作簿(*.xlsx)”，或导出为CSV UTF-8。',
          'Workbooks of this kind (old .xls, macro-enabled .xlsm, .xlsb, WPS .et or .ods) are not read. Open it and save it as "Excel Workbook (*.xlsx)", or export it as CSV UTF-8.',
        ),
      );
    } else if ((/\.csv$/i.test(file) || tableFormat(file) !== undefined) && !KNOWN_FILES.has(asCsvPath(file))) {
      const hint = [...KNOWN_FILES].find((k) => k.toLowerCase() === file.toLowerCase());
      out.push(
        diagnostic(
          'file-name-error',
          'warning',
          { file },
          hint
            ? `文件名大小写不对，不会被读取。请改名为${hint}。`
            : `不认识这个文件，它不会被读取。可用的文件名见数据格式说明（如projects.csv、ledger/2025-08.csv）。`,
          hint
            ? `The file name's case is wrong, so it is not read. Rename it to ${hint}.`
            : 'This file is not one the portal reads; see the data format guide for file names (projects.csv, ledger/2025-08.csv …).',
        ),
      );
    }
  }
  return out;
}
