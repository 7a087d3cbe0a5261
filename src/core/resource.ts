// The shape of the data contract (schema.ts holds the core files, each section's folder its
// own): a file (resource) and its fields, with the Chinese labels real ledgers use. Imported by
// the sections, so it imports nothing of theirs.

import type { Dataset } from './types.ts';

/** How a cell is typed. 'money' is a number normalised to the configured unit. */
export type FieldType =
  | 'string'
  | 'text' // free text: checked for private data (phone / ID numbers)
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'yearmonth'
  | 'year'
  | 'enum';

export interface EnumValue {
  /** Canonical value stored in the model. */
  value: string;
  /** Labels accepted in the file (Chinese first). The first is the one we print. */
  labels: string[];
}

interface FieldBase {
  /** Canonical snake_case name (the header of normalised downloads). */
  name: string;
  type: FieldType;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  /**
   * Header labels accepted besides `name`, compared after normalisation (spaces and
   * brackets folded, unit suffix removed). Chinese labels from real ledgers.
   */
  aliases: string[];
  /** Regular expressions (source strings) that also match the normalised header, e.g. 1-8月完成投资. */
  aliasPatterns?: string[];
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  /** Regular expression (source) the whole cell must match, e.g. for ids that become URLs. */
  pattern?: string;
  /** What a cell off `pattern` is told, instead of the pattern itself (dropped when datapackage.json changes the pattern). */
  patternHint?: { zh: string; en: string };
  enum?: EnumValue[];
  /** Example cell as an editor would type it. */
  example: string;
}

/**
 * A field of a file. `key` is its property in the model's record type (types.ts), camelCase,
 * so that a misspelt key is a type error where the resource is defined with a record type; a
 * private field (never published anywhere in dist/) is not in the model, so its key is free.
 */
export type FieldDef<Row = any> = FieldBase &
  ({ key: Extract<keyof Row, string>; private?: false } | { key: string; private: true });

export interface ResourceDef<Row = any> {
  /** Resource name in datapackage.json. */
  name: string;
  /** Path relative to the data folder; ledgers use a pattern. */
  path: string;
  /** For ledger/YYYY-MM.csv: the file-name pattern. */
  pathPattern?: string;
  optional: boolean;
  title: { zh: string; en: string };
  fields: FieldDef<Row>[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** 投资项目统一代码: year, 6-digit division code, 2-digit sector, 2-digit type, 6-digit serial. */
export const PROJECT_CODE_PATTERN = '^(19|20)\\d{2}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$';

/** Ids become URLs (/projects/{id}/): letters, digits, '-', '_' and '.', starting with a letter or digit. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

/** A Chinese text with its English, as the schema's titles and descriptions are written. */
export const text = (zh: string, en: string) => ({ zh, en });

/** Dataset properties that hold the rows of one file each. */
export type TableKey = Exclude<
  { [K in keyof Dataset]-?: Dataset[K] extends readonly object[] ? K : never }[keyof Dataset],
  'ledgers' | 'bulletins' | 'sources'
>;
type RowOf<K extends TableKey> = Dataset[K][number];

/**
 * A file of the data folder and where it goes: the loader reads `resource` into `dataset[field]`,
 * the downloads, the API and datapackage.json publish it with `description`. The resource's
 * field keys are typed against the rows of `dataset[field]`.
 */
export interface DataTable<K extends TableKey = TableKey> {
  resource: ResourceDef<RowOf<K>>;
  field: K;
  /** What a missing cell is in the model (e.g. a target's direction is 'higher'). */
  defaults?: Partial<RowOf<K>>;
  /** What a downloader finds in the file. */
  description: { zh: string; en: string };
}

/** Identity, for the types: the resource's keys are checked against the dataset's rows. */
export function defineTable<K extends TableKey>(table: DataTable<K>): DataTable {
  return table as unknown as DataTable;
}
