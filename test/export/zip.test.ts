// The open-data zip: sorted entries, the data date as every entry's time, the same bytes in
// every time zone, a README naming every file.
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { openDataReadme, zipDate, zipEntries } from '../../src/core/export/zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const entries = [
  { name: 'projects.csv', bytes: enc('\uFEFFid,name\r\nP1,甲\r\n') },
  { name: 'datapackage.json', bytes: enc('{}') },
  { name: 'README.md', bytes: enc('# x') },
];
const tz = process.env.TZ;
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

/** The DOS date and time of the local file header at `offset`. */
function dosTime(zip: Uint8Array, offset: number): string {
  const v = new DataView(zip.buffer, zip.byteOffset).getUint32(offset + 10, true);
  const [time, date] = [v & 0xffff, v >>> 16];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${(date >> 9) + 1980}-${p((date >> 5) & 15)}-${p(date & 31)} ${p(time >> 11)}:${p((time >> 5) & 63)}:${p((time & 31) * 2)}`;
}

describe('zipEntries', () => {
  it('holds every entry, sorted by name, stamped with noon of the data date', () => {
    const zip = zipEntries(entries, '2026-10-31');
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['README.md', 'datapackage.json', 'projects.csv']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['projects.csv'])).toBe('\uFEFFid,name\r\nP1,甲\r\n');
    expect(dosTime(zip, 0)).toBe('2026-10-31 12:00:00');
  });

  it('gives the same bytes in any time zone and any input order', () => {
    process.env.TZ = 'Asia/Shanghai';
    const a = zipEntries(entries, '2026-10-31');
    process.env.TZ = 'America/Los_Angeles';
    const b = zipEntries([...entries].reverse(), '2026-10-31');
    process.env.TZ = 'Pacific/Kiritimati';
    const c = zipEntries(entries, '2026-10-31');
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
  });
});

describe('zipDate and the README', () => {
  it('the last day of the data month', () => {
    expect(zipDate({ version: '2026-02' })).toBe('2026-02-28');
    expect(zipDate({ version: '2024-02' })).toBe('2024-02-29');
    expect(zipDate({ version: '2026-12' })).toBe('2026-12-31');
    expect(zipDate({})).toBe('1980-01-01');
  });

  it('names every file in Chinese and English', () => {
    const md = openDataReadme({ title: '示例县', version: '2026-10', homepage: 'https://example.org/', resources: [{ path: 'projects.csv', title: '项目清单', titleEn: 'Projects' }] });
    expect(md).toContain('# 示例县 — 公开数据 / Open data');
    expect(md).toContain('| projects.csv | 项目清单 | Projects |');
    expect(md).toContain('| datapackage.json |');
    expect(md).toContain('Frictionless');
  });
});
