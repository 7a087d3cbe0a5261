// The integration's pure parts: its options, and the files it writes outside Astro's pages,
// written into memory through the build's effects instead of onto the disk.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { parseOptions } from '../../src/integration/options.ts';
import { memoryEffects } from '../../src/build/effects.ts';
import { assetFiles, mergeInto, writeBuildFiles } from '../../src/integrations/static-files.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { readDataDir } from '../../src/io/data-dir.ts';

describe('luoshi() options', () => {
  it('defaults to the data folder and pages rendered in the main thread', () => {
    expect(parseOptions(undefined)).toEqual({ dataDir: 'data', parallelPages: false });
    expect(parseOptions({ dataDir: 'county-data', parallelPages: 2 })).toEqual({ dataDir: 'county-data', parallelPages: 2 });
  });

  it.each([
    [{ dataDir: '' }, 'dataDir'],
    [{ dataDir: 3 }, 'dataDir'],
    [{ parallelPages: 0 }, 'parallelPages'],
    [{ parallelPages: 'yes' }, 'parallelPages'],
    [{ datadir: 'data' }, 'datadir'],
  ])('refuses %j with an AstroError naming %s', (input, option) => {
    let error: unknown;
    try {
      parseOptions(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AstroError);
    const message = (error as AstroError).message;
    expect(message).toContain('luoshi() 的选项有误');
    expect(message).toMatch(option === 'datadir' ? /datadir/ : new RegExp(`- ${option}:`));
    expect((error as AstroError).hint).toContain('docs/configuration.md');
  });
});

describe('the files written after the pages', async () => {
  const data = loadDataset(await readDataDir(path.resolve(import.meta.dirname, '../fixtures/golden/minimal')));
  const effects = memoryEffects();
  writeBuildFiles(data, '/portal/', effects);
  const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(effects.files.get(name));

  it('go through the effects, not the disk: the assets, charts, API, OC4IDS and downloads', () => {
    for (const [relative] of assetFiles()) expect(effects.files.has(relative), relative).toBe(true);
    for (const id of data.dataset.projects.map((p) => p.id)) expect(effects.files.has(`api/projects/${id}.json`), id).toBe(true);
    for (const period of ['2026-09', '2026-10']) expect(effects.files.has(`api/changes/${period}.json`), period).toBe(true);
    expect(effects.files.has('api/oc4ids.json')).toBe(true);
    expect(text('downloads/projects.csv')).toMatch(/^\uFEFFid,name,/);
    for (const id of ['portfolio-progress', 'project-XH-01']) {
      expect(text(`charts/${id}.svg`)).toContain('</svg>');
      expect(text(`charts/${id}.csv`)).toMatch(/^\uFEFF/);
    }
  });

  it('give public addresses below siteUrl, which already holds any path prefix', () => {
    const { project } = JSON.parse(text('api/projects/XH-01.json')) as { project: { url: string; api_url: string } };
    expect(project.url).toBe('https://xm.example.gov.cn/projects/XH-01/');
    expect(project.api_url).toBe('https://xm.example.gov.cn/api/projects/XH-01.json');
  });

  it('write the same bytes a second time', () => {
    const again = memoryEffects();
    writeBuildFiles(data, '/portal/', again);
    expect([...again.files.keys()]).toEqual([...effects.files.keys()]);
    for (const [name, bytes] of again.files) expect(Buffer.compare(bytes, effects.files.get(name)!), name).toBe(0);
  });
});

describe('mergeInto', () => {
  it('moves the files written aside into the output folder, keeping the pages already there', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'luoshi-merge-'));
    try {
      const aside = path.join(root, 'dist.luoshi-files');
      const dist = path.join(root, 'dist');
      for (const [file, text] of [['api/projects/A.json', 'a'], ['api/oc4ids.json', 'o'], ['charts/x.svg', 's']] as const) {
        mkdirSync(path.dirname(path.join(aside, file)), { recursive: true });
        writeFileSync(path.join(aside, file), text);
      }
      mkdirSync(path.join(dist, 'api'), { recursive: true });
      writeFileSync(path.join(dist, 'api/index.json'), 'page');
      mergeInto(aside, dist);
      expect(readFileSync(path.join(dist, 'api/index.json'), 'utf8')).toBe('page');
      expect(readFileSync(path.join(dist, 'api/projects/A.json'), 'utf8')).toBe('a');
      expect(readFileSync(path.join(dist, 'api/oc4ids.json'), 'utf8')).toBe('o');
      expect(readFileSync(path.join(dist, 'charts/x.svg'), 'utf8')).toBe('s');
      expect(existsSync(path.join(aside, 'charts'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
