// Writes data/datapackage.json (Frictionless Data Package) and the field tables of
// docs/data-format.md from src/core/schema.ts. Run after changing the schema:
//
//   node scripts/write-datapackage.ts          write both
//   node scripts/write-datapackage.ts --check  exit 1 when either is out of date
//
// DATA_DIR (default 'data') decides where datapackage.json goes; its site.json, if
// any, gives the title and the money unit.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resources } from '../src/core/schema.ts';
import { parseSiteConfig } from '../src/core/config.ts';
import { dataPackageText, fieldTablesMarkdown, spliceFieldTables } from '../src/core/datapackage.ts';
import { decodeBytes } from '../src/core/decode.ts';
import { dataDirFromEnv } from '../src/io/data-dir.ts';

const DOC_FILE = 'docs/data-format.md';

const dir = dataDirFromEnv();
const check = process.argv.includes('--check');

const siteBytes = await readFile(join(dir, 'site.json')).catch(() => undefined);
const decoded = siteBytes ? decodeBytes(new Uint8Array(siteBytes), 'site.json') : undefined;
const { config } = parseSiteConfig(decoded?.ok ? decoded.text : undefined);

const packagePath = join(dir, 'datapackage.json');
const packageText = dataPackageText(resources, config);

const doc = await readFile(DOC_FILE, 'utf8');
const newDoc = spliceFieldTables(doc, fieldTablesMarkdown(resources, config));
if (newDoc === undefined) {
  process.stderr.write(`${DOC_FILE}: the markers around the generated field tables are missing.\n`);
  process.exit(1);
}

const outdated: string[] = [];
const current = await readFile(packagePath, 'utf8').catch(() => '');
if (current !== packageText) outdated.push(packagePath);
if (doc !== newDoc) outdated.push(DOC_FILE);

if (check) {
  if (outdated.length) {
    process.stderr.write(`Out of date: ${outdated.join(', ')}. Run node scripts/write-datapackage.ts.\n`);
    process.exit(1);
  }
  process.stdout.write('datapackage.json and the data-format field tables are up to date.\n');
} else {
  if (current !== packageText) await writeFile(packagePath, packageText);
  if (doc !== newDoc) await writeFile(DOC_FILE, newDoc);
  process.stdout.write(outdated.length ? `Wrote ${outdated.join(', ')}.\n` : 'Nothing to change.\n');
}
