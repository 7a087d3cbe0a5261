// /downloads/open-data.zip of the built site: every download byte for byte, datapackage.json,
// the README; linked from the downloads page. (Byte-identical across two builds is held by
// reproducible.test.ts, which compares every file.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { builtPage } from '../helpers/built-page.ts';

const distDir = inject('distDir');
const downloads = path.join(distDir, 'downloads');

describe('open-data.zip', () => {
  it('holds every CSV of /downloads/, datapackage.json and a README, the same bytes', () => {
    const files = unzipSync(readFileSync(path.join(downloads, 'open-data.zip')));
    const csvs = readdirSync(downloads).filter((f) => f.endsWith('.csv')).sort();
    expect(csvs.length).toBeGreaterThan(5);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'datapackage.json', ...csvs].sort());
    for (const f of [...csvs, 'datapackage.json']) expect(Buffer.from(files[f]!).equals(readFileSync(path.join(downloads, f))), f).toBe(true);
    const readme = new TextDecoder().decode(files['README.md']);
    for (const f of csvs) expect(readme).toContain(`| ${f} |`);
  });

  it('is linked from the downloads page', () => {
    const links = [...builtPage(distDir, '/downloads/').querySelectorAll('a[href$="/downloads/open-data.zip"]')];
    expect(links).toHaveLength(1);
  });
});
