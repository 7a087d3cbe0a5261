// The schema as a Frictionless Data Package (data/datapackage.json), the way back
// (per-field overrides a data office may make in that file), and the field tables
// of docs/data-format.md. All three come from schema.ts, so they cannot drift apart.

import type { Diagnostic, SiteConfig } from './types.ts';
import type { FieldDef, FieldType, ResourceDef } from './schema.ts';
import { diagnostic } from './report.ts';

export const DATAPACKAGE_FILE = 'datapackage.json';

/** Frictionless types for our field types; money and percent are numbers with a unit. */
export const FRICTIONLESS_TYPE: Record<FieldType, string> = {
  string: 'string',
  text: 'string',
  integer: 'integer',
  number: 'number',
  money: 'number',
  percent: 'number',
  date: 'date',
  yearmonth: 'yearmonth',
  year: 'year',
  enum: 'string',
};

/** Units of plain numbers, which schema.ts gives in the field name. */
const NAME_UNITS: [RegExp, string][] = [
  [/_mu$/, '亩'],
  [/_sqm$/, '平方米'],
];

export function fieldUnit(field: FieldDef, config: Pick<SiteConfig, 'moneyUnit'>): string | undefined {
  if (field.type === 'money') return config.moneyUnit;
  if (field.type === 'percent') return '%';
  return NAME_UNITS.find(([re]) => re.test(field.name))?.[1];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function toDataPackage(resources: readonly ResourceDef[], config: SiteConfig): JsonObject {
  return {
    profile: 'tabular-data-package',
    name: 'luoshi',
    title: config.title,
    description:
      '重点项目台账与经济指标的数据格式。列名可用中文（见各字段的aliases），金额统一换算为' +
      config.moneyUnit +
      '。 / Data format of the key-project ledgers and indicators. Columns may be labelled in Chinese (see each field\'s aliases); money is normalised to ' +
      config.moneyUnit +
      '.',
    resources: resources.map((r) => resourceJson(r, config)),
  };
}

function resourceJson(r: ResourceDef, config: SiteConfig): JsonObject {
  const out: JsonObject = {
    name: r.name,
    path: r.path,
  };
  if (r.pathPattern) {
    out.pathPattern = r.pathPattern;
    out.description = '每月一个文件，文件名为年-月，如ledger/2025-08.csv。 / One file per month, named ledger/YYYY-MM.csv.';
  }
  Object.assign(out, {
    profile: 'tabular-data-resource',
    title: r.title.zh,
    titleEn: r.title.en,
    optional: r.optional,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
  });
  const schema: JsonObject = { fields: r.fields.map((f) => fieldJson(f, config)) };
  if (r.primaryKey?.length) schema.primaryKey = [...r.primaryKey];
  if (r.foreignKeys?.length) {
    schema.foreignKeys = r.foreignKeys.map((fk) => ({
      fields: [...fk.fields],
      reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] },
    }));
  }
  schema.missingValues = [''];
  out.schema = schema;
  return out;
}

/** What a Frictionless field says about a column, from a schema field or a computed column alike. */
export interface FieldSpec {
  name: string;
  /** Our type; 'boolean' only for computed columns. */
  type: FieldType | 'boolean';
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** The canonical values of an enum. */
  values?: string[];
}

/**
 * The one writer of a Frictionless field's type, titles, descriptions and constraints, for
 * data/datapackage.json and the published /downloads/datapackage.json alike; each adds its
 * own keys after these.
 */
export function frictionlessField(f: FieldSpec): JsonObject {
  const out: JsonObject = {
    name: f.name,
    type: f.type === 'boolean' ? 'boolean' : FRICTIONLESS_TYPE[f.type],
    luoshiType: f.type,
    title: f.title.zh,
    titleEn: f.title.en,
    description: f.description.zh,
    descriptionEn: f.description.en,
  };
  if (f.type === 'boolean') {
    out.trueValues = ['true'];
    out.falseValues = ['false'];
  }
  const constraints: JsonObject = {};
  if (f.required) constraints.required = true;
  if (f.unique) constraints.unique = true;
  if (f.minimum !== undefined) constraints.minimum = f.minimum;
  if (f.maximum !== undefined) constraints.maximum = f.maximum;
  if (f.pattern !== undefined) constraints.pattern = f.pattern;
  if (f.values) constraints.enum = [...f.values];
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

function fieldJson(f: FieldDef, config: SiteConfig): JsonObject {
  const out = frictionlessField({ ...f, ...(f.enum ? { values: f.enum.map((e) => e.value) } : {}) });
  out.aliases = [...f.aliases];
  if (f.aliasPatterns?.length) out.aliasPatterns = [...f.aliasPatterns];
  if (f.enum) out.enumLabels = Object.fromEntries(f.enum.map((e) => [e.value, [...e.labels]]));
  const unit = fieldUnit(f, config);
  if (unit) out.unit = unit;
  if (f.private) out.private = true;
  out.example = f.example;
  return out;
}

/** Stable text of data/datapackage.json: 2-space JSON and a final newline. */
export function dataPackageText(resources: readonly ResourceDef[], config: SiteConfig): string {
  return JSON.stringify(toDataPackage(resources, config), null, 2) + '\n';
}

// ---------------------------------------------------------------- overrides from datapackage.json

export interface OverrideResult {
  resources: ResourceDef[];
  diagnostics: Diagnostic[];
}

/**
 * Applies the per-field settings a data office may edit in datapackage.json: title,
 * aliases, aliasPatterns, private, and the constraints required, unique, minimum,
 * maximum and pattern. Types, field names and files cannot be changed there.
 */
export function applyDataPackage(builtIn: readonly ResourceDef[], text: string, file = DATAPACKAGE_FILE): OverrideResult {
  const diagnostics: Diagnostic[] = [];
  const warn = (zh: string, en: string, field?: string, severity: 'error' | 'warning' = 'warning') =>
    diagnostics.push(diagnostic('config-error', severity, { file, field }, zh, en));
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    warn(
      'datapackage.json不是有效的JSON，已改用内置的数据格式。请检查引号、逗号和括号，或删除这个文件后用“node scripts/write-datapackage.ts”重新生成。',
      'datapackage.json is not valid JSON; the built-in format is used. Check quotes, commas and brackets, or delete the file and generate it again.',
      undefined,
      'error',
    );
    return { resources: builtIn.map(cloneResource), diagnostics };
  }
  const out = builtIn.map(cloneResource);
  const pkgResources = isObject(pkg) && Array.isArray(pkg.resources) ? pkg.resources : [];
  for (const pr of pkgResources) {
    if (!isObject(pr)) continue;
    const resource = out.find((r) => r.name === pr.name);
    if (!resource) {
      warn(`datapackage.json中的资源“${String(pr.name)}”不是本系统读取的文件，已忽略。`, `Resource "${String(pr.name)}" in datapackage.json is not one the portal reads; ignored.`);
      continue;
    }
    const fields = isObject(pr.schema) && Array.isArray(pr.schema.fields) ? pr.schema.fields : [];
    for (const pf of fields) {
      if (!isObject(pf)) continue;
      const field = resource.fields.find((f) => f.name === pf.name);
      const where = `${resource.name}.${String(pf.name)}`;
      if (!field) {
        warn(`datapackage.json中的字段“${where}”不在内置的数据格式中，已忽略（不能在这里新增字段）。`, `Field "${where}" in datapackage.json is not in the built-in format; ignored (fields cannot be added there).`, String(pf.name));
        continue;
      }
      applyField(field, pf, where, warn);
    }
  }
  return { resources: out, diagnostics };
}

type Warn = (zh: string, en: string, field?: string, severity?: 'error' | 'warning') => void;

function applyField(field: FieldDef, pf: Record<string, unknown>, where: string, warn: Warn): void {
  const bad = (key: string) =>
    warn(`datapackage.json中“${where}”的“${key}”写法不对，已忽略。`, `"${key}" of "${where}" in datapackage.json is malformed; ignored.`, field.name);
  if (pf.type !== undefined && pf.type !== FRICTIONLESS_TYPE[field.type]) {
    warn(`datapackage.json不能修改字段“${where}”的类型，已按内置类型读取。`, `The type of "${where}" cannot be changed in datapackage.json; the built-in type is used.`, field.name);
  }
  if (pf.title !== undefined) {
    if (typeof pf.title === 'string' && pf.title.trim()) field.title = { ...field.title, zh: pf.title.trim() };
    else bad('title');
  }
  if (pf.aliases !== undefined) {
    if (isStringArray(pf.aliases)) field.aliases = [...pf.aliases];
    else bad('aliases');
  }
  if (pf.aliasPatterns !== undefined) {
    if (isStringArray(pf.aliasPatterns) && pf.aliasPatterns.every(isRegExp)) field.aliasPatterns = [...pf.aliasPatterns];
    else bad('aliasPatterns');
  }
  if (pf.private !== undefined) {
    if (typeof pf.private === 'boolean') field.private = pf.private;
    else bad('private');
  }
  if (pf.constraints === undefined) return;
  if (!isObject(pf.constraints)) return bad('constraints');
  const c = pf.constraints;
  for (const key of ['required', 'unique'] as const) {
    if (c[key] === undefined) delete field[key];
    else if (typeof c[key] === 'boolean') field[key] = c[key];
    else bad(`constraints.${key}`);
  }
  for (const key of ['minimum', 'maximum'] as const) {
    if (c[key] === undefined) delete field[key];
    else if (typeof c[key] === 'number' && Number.isFinite(c[key])) field[key] = c[key];
    else bad(`constraints.${key}`);
  }
  const pattern = field.pattern;
  if (c.pattern === undefined) delete field.pattern;
  else if (typeof c.pattern === 'string' && isRegExp(c.pattern)) field.pattern = c.pattern;
  else bad('constraints.pattern');
  // The built-in words about a pattern describe that pattern only.
  if (field.pattern !== pattern) delete field.patternHint;
}

function cloneResource(r: ResourceDef): ResourceDef {
  return structuredClone(r);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- documentation tables

const TYPE_DOC: Record<FieldType, string> = {
  string: '文字 string',
  text: '长文字 text（检查个人信息 checked for personal data）',
  integer: '整数 integer',
  number: '数 number',
  money: '金额 money',
  percent: '百分比 percent',
  date: '日期 date',
  yearmonth: '年月 year-month',
  year: '年 year',
  enum: '选项 enum',
};

/** Markdown tables of every resource and field, for docs/data-format.md. */
export function fieldTablesMarkdown(resources: readonly ResourceDef[], config: SiteConfig): string {
  const out: string[] = [];
  for (const r of resources) {
    out.push(`### \`${r.path}\` — ${r.title.zh} / ${r.title.en}`, '');
    out.push(
      `${r.optional ? '可选文件 Optional.' : '必需文件 Required.'}` +
        (r.primaryKey?.length ? ` 主键 Primary key: ${r.primaryKey.map((k) => `\`${k}\``).join(' + ')}.` : '') +
        (r.foreignKeys?.length
          ? ' 引用 References: ' +
            r.foreignKeys.map((fk) => `\`${fk.fields.join(', ')}\` → \`${fk.reference.resource}.${fk.reference.fields.join(', ')}\``).join('; ') +
            '.'
          : ''),
      '',
    );
    out.push('| 字段 field | 可用列名 labels accepted | 类型 type | 单位 unit | 约束 constraints | 说明 description | 示例 example |');
    out.push('|---|---|---|---|---|---|---|');
    for (const f of r.fields) {
      const labels = [...new Set([f.title.zh, ...f.aliases])].join('、') + (f.aliasPatterns?.length ? '；模式 patterns: ' + f.aliasPatterns.map((p) => `\`${p}\``).join(' ') : '');
      const constraints = [
        f.required ? '必填 required' : '',
        f.unique ? '不重复 unique' : '',
        f.minimum !== undefined ? `≥ ${f.minimum}` : '',
        f.maximum !== undefined ? `≤ ${f.maximum}` : '',
        f.pattern !== undefined ? `格式 pattern \`${f.pattern}\`` : '',
        f.enum ? f.enum.map((e) => `${e.labels.join('/')} → \`${e.value}\``).join('；') : '',
        f.private ? '**不公开 private**' : '',
      ].filter(Boolean);
      out.push(
        `| \`${f.name}\` | ${cell(labels)} | ${TYPE_DOC[f.type]} | ${fieldUnit(f, config) ?? ''} | ${cell(constraints.join('；'))} | ${cell(f.description.zh + ' ' + f.description.en)} | ${cell(f.example)} |`,
      );
    }
    out.push('', '示例 Example:', '', '```csv');
    out.push(r.fields.map((f) => csvCell(f.title.zh + (f.type === 'money' ? `(${config.moneyUnit})` : ''))).join(','));
    out.push(r.fields.map((f) => csvCell(f.example)).join(','));
    out.push('```', '');
  }
  return out.join('\n');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const DOC_START = '<!-- fields:start (generated by scripts/write-datapackage.ts; do not edit by hand) -->';
export const DOC_END = '<!-- fields:end -->';

/** The document with the text between the markers replaced, or undefined without markers. */
export function spliceFieldTables(doc: string, tables: string): string | undefined {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start === -1 || end < start) return undefined;
  return doc.slice(0, start + DOC_START.length) + '\n\n' + tables + '\n' + doc.slice(end);
}
