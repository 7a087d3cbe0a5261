// All the downloads in one file: /downloads/open-data.zip holds every CSV, datapackage.json
// (a Frictionless data package: its resource paths are the CSVs beside it) and a README in
// Chinese and English. Pure: bytes in, bytes out; written by src/integrations/open-data-zip.ts.
//
// Deterministic, because builds are tested to be byte-identical: entries sorted by name, every
// entry's time the data date, and nothing else from the machine (fflate adds no extra fields).
import { zipSync, type Zippable } from 'fflate';
import type { JsonObject } from './api.ts';

export const OPEN_DATA_ZIP = 'open-data.zip';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * A zip of `entries` (sorted by name), each stamped with noon on `date` ('2026-10-31').
 * A zip stores local time fields (DOS time), and fflate reads them from a Date in the machine's
 * time zone: a Date made from local fields gives back the same fields in every zone, so the
 * bytes do not depend on TZ (noon keeps clear of daylight-saving gaps at midnight).
 */
export function zipEntries(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    files[e.name] = [e.bytes, { mtime, level: 6 }];
  }
  return zipSync(files);
}

/** The last day of the data package's version month ('2026-10' → '2026-10-31'), or 1980-01-01 without one. */
export function zipDate(datapackage: JsonObject): string {
  const version = typeof datapackage.version === 'string' ? /^(\d{4})-(\d{2})$/.exec(datapackage.version) : null;
  if (!version) return '1980-01-01';
  const last = new Date(Date.UTC(Number(version[1]), Number(version[2]), 0)).getUTCDate();
  return `${version[1]}-${version[2]}-${String(last).padStart(2, '0')}`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** README.md of the zip, Chinese first, from the data package's own titles and descriptions. */
export function openDataReadme(datapackage: JsonObject): string {
  const resources = Array.isArray(datapackage.resources) ? (datapackage.resources as JsonObject[]) : [];
  const title = str(datapackage.title);
  const lines = [
    `# ${title} — 公开数据 / Open data`,
    '',
    `数据月份 / Data month: ${str(datapackage.version) || '—'}`,
    `网址 / Website: ${str(datapackage.homepage)}`,
    '',
    '## 说明',
    '',
    '本压缩包是网站“数据下载”页面的全部文件，以及描述这些文件的 datapackage.json（Frictionless Data',
    '数据包格式：每个文件的列名、类型、单位和说明）。CSV 文件为带 BOM 的 UTF-8 编码，可直接用 Excel 打开。',
    '',
    '## About',
    '',
    'This archive holds every file of the website\'s downloads page and datapackage.json, a Frictionless',
    'Data Package describing them (each file\'s columns, types, units and meaning). The CSV files are UTF-8',
    'with a BOM, so that Excel opens them directly.',
    '',
    '## 文件 / Files',
    '',
    '| 文件 / file | 内容 | contents |',
    '| --- | --- | --- |',
    ...resources.map((r) => `| ${str(r.path)} | ${str(r.title)} | ${str(r.titleEn)} |`),
    '| datapackage.json | 数据包描述（字段、类型、单位） | data package descriptor (fields, types, units) |',
    '',
    str(datapackage.description),
    '',
  ];
  return lines.join('\n');
}
