// The published /downloads/datapackage.json: the schema's own Data Package (toDataPackage),
// adjusted to what the downloads are — the normalised files below /downloads/, with their
// canonical columns (period added to the ledgers, computed figures described), the
// editors' input aids (aliases, examples) left out, and each file's size and sha256.

import type { ResourceDef } from '../schema.ts';
import type { SiteConfig, YearMonth } from '../types.ts';
import { frictionlessField, toDataPackage } from '../datapackage.ts';
import type { ExportColumn, ExportTable } from './tables.ts';
import { publishedFields } from './tables.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A written file: its table, and the bytes and hash of the CSV as published. */
export interface DownloadFile {
  table: ExportTable;
  bytes: number;
  sha256: string;
}

export interface DownloadPackageOptions {
  /** The schema in force; its Data Package supplies the field descriptions. */
  resources: readonly ResourceDef[];
  config: SiteConfig;
  files: readonly DownloadFile[];
  /** The data date: the package's version. */
  dataDate: YearMonth | undefined;
  /** Absolute URL of the portal's home page. */
  homepage: string;
}

const INPUT_ONLY = ['aliases', 'aliasPatterns', 'example', 'private', 'enumLabels'];

/** A column: the schema's field as toDataPackage writes it, less the editors' input aids; computed columns described here. */
function column(c: ExportColumn, schemaField: JsonObject | undefined): JsonObject {
  if (schemaField) {
    const out: JsonObject = { ...schemaField, name: c.name, description: c.description.zh, descriptionEn: c.description.en };
    for (const key of INPUT_ONLY) delete out[key];
    // The same field may be unique in its source file and repeat here (one row per month).
    const constraints = { ...((out.constraints as JsonObject | undefined) ?? {}) };
    if (!c.unique) delete constraints.unique;
    if (!c.required) delete constraints.required;
    if (Object.keys(constraints).length) out.constraints = constraints;
    else delete out.constraints;
    if (c.enum) out.enumLabels = Object.fromEntries(c.enum.map((e) => [e.value, e.labels.zh]));
    return out;
  }
  const out = frictionlessField({ ...c, ...(c.enum ? { values: c.enum.map((e) => e.value) } : {}) });
  if (c.enum) out.enumLabels = Object.fromEntries(c.enum.map((e) => [e.value, e.labels.zh]));
  if (c.unit) out.unit = c.unit;
  if (c.origin === 'computed') out.computed = true;
  return out;
}

/**
 * The Data Package describing the downloads. Paths are relative to the package itself
 * (/downloads/datapackage.json sits beside the CSV files).
 */
export function downloadsDataPackage(options: DownloadPackageOptions): JsonObject {
  const { config, files } = options;
  // Only published fields go in: the schema's package is made from the non-private fields.
  const published = options.resources.map((r) => ({ ...r, fields: publishedFields(r) }));
  const base = toDataPackage(published, config);
  const baseResources = (base.resources as JsonObject[]) ?? [];
  const fieldOf = (resourceName: string, fieldName: string): JsonObject | undefined => {
    const r = baseResources.find((x) => x.name === resourceName);
    const fields = ((r?.schema as JsonObject | undefined)?.fields as JsonObject[] | undefined) ?? [];
    return fields.find((f) => f.name === fieldName);
  };
  const resources: JsonObject[] = files.map(({ table, bytes, sha256 }) => {
    const schema: JsonObject = {
      fields: table.columns.map((c) => column(c, c.field ? fieldOf(c.field.resource, c.field.name) : undefined)),
      missingValues: [''],
    };
    if (table.primaryKey?.length) schema.primaryKey = [...table.primaryKey];
    if (table.foreignKeys?.length) schema.foreignKeys = table.foreignKeys.map((fk) => ({ fields: [...fk.fields], reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] } }));
    const resource: JsonObject = {
      name: table.name,
      path: table.file,
      profile: 'tabular-data-resource',
      title: table.title.zh,
      titleEn: table.title.en,
    };
    if (table.description.zh) resource.description = table.description.zh;
    if (table.description.en) resource.descriptionEn = table.description.en;
    Object.assign(resource, {
      sources: [{ title: table.source }],
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema,
    });
    return resource;
  });

  const pkg: JsonObject = {
    profile: 'tabular-data-package',
    name: 'luoshi-open-data',
    title: config.title,
    description:
      `${config.title}的公开数据：按数据格式规范整理后的项目清单、月度台账、经济指标等。列名为英文规范名，金额单位为${config.moneyUnit}，日期为“年-月-日”。文件为带BOM的UTF-8编码，可直接用Excel打开；以=、+、-、@开头的文字前加了英文单引号，以免被当作公式。` +
      ` / Open data of ${config.title}: projects, monthly ledgers, indicators and more, normalised to the data format. Canonical column names; money in ${config.moneyUnit}; ISO dates. UTF-8 with a BOM so that Excel opens it; text starting with = + - @ is prefixed with an apostrophe so that spreadsheets do not run it as a formula.`,
    homepage: options.homepage,
  };
  if (options.dataDate) pkg.version = options.dataDate;
  if (config.source) pkg.sources = [{ title: config.source }];
  pkg.resources = resources;
  return pkg;
}
