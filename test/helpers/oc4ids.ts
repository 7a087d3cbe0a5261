// The OC4IDS 0.9.5 schema vendored beside the repository (../shared/oc4ids, see its README),
// compiled with ajv for JSON Schema draft-04. Tests skip, saying so, where it is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';

export const OC4IDS_DIR = path.resolve('..', 'shared', 'oc4ids');
export const hasOc4idsSchema = existsSync(path.join(OC4IDS_DIR, 'project-package-schema.json'));
export const noOc4idsReason = `OC4IDS schema not found in ${OC4IDS_DIR}: schema validation skipped (CI has ../shared/oc4ids).`;

/** A validator for the project package, with project-schema.json registered under its URL id; formats checked. */
export function oc4idsValidator() {
  const read = (f: string) => JSON.parse(readFileSync(path.join(OC4IDS_DIR, f), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addSchema(read('project-schema.json'));
  return ajv.compile(read('project-package-schema.json'));
}

/** The codes of a codelist CSV (first column). */
export function codelist(file: string): string[] {
  return readFileSync(path.join(OC4IDS_DIR, 'codelists', file), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
}
