// The package as an office gets it: `npm pack` makes the tarball, which is installed into a
// copy of examples/county whose data/ is another folder (this repository's sample), and
// `astro build` there must make the portal of that data: the headline figures, a project's
// page, the search index, the downloads and the completion marker.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { readDataDir } from '../../src/io/data-dir.ts';
import { BUILD_MARKER } from '../../src/deploy/marker.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'luoshi-pack-'));
const site = path.join(work, 'county');
const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATA_DIR: '', BASE_PATH: '', SITE_URL: '' } });

let tarballFiles: string[] = [];

beforeAll(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(work, packed[0]!.filename);
  tarballFiles = packed[0]!.files.map((f) => f.path);
  cpSync(path.join(ROOT, 'examples/county'), site, { recursive: true, filter: (f) => !/node_modules|[/\\]dist$|\.astro$/.test(f) });
  rmSync(path.join(site, 'data'), { recursive: true });
  cpSync(path.join(ROOT, 'data'), path.join(site, 'data'), { recursive: true });
  // The tarball instead of the registry's luoshi, and this repository's astro; from npm's cache
  // where it can (CI's `npm ci` has just filled it). The pinned Node is not needed: this test runs on it.
  const pkg = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8'));
  pkg.dependencies = { astro: own.dependencies.astro, luoshi: `file:${tarball}` };
  delete pkg.devDependencies;
  writeFileSync(path.join(site, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], site);
  run(process.execPath, [path.join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], site);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const dist = (...p: string[]) => path.join(site, 'dist', ...p);

describe('the npm package, installed into examples/county', () => {
  it('ships the integration, its pages and assets, and no tests or data', () => {
    expect(tarballFiles).toContain('src/index.ts');
    expect(tarballFiles).toContain('src/routes/index.astro');
    expect(tarballFiles).toContain('src/public/assets/search.js');
    expect(tarballFiles).toContain('CHANGELOG.md');
    expect(tarballFiles.filter((f) => /^(test|data|examples|scripts)\//.test(f))).toEqual([]);
  });

  it('builds the portal of the folder it was given', async () => {
    const { dataset, diagnostics, resources } = loadDataset(await readDataDir(path.join(ROOT, 'data')));
    const model = buildSiteModel(dataset, diagnostics, '/', resources);
    const home = readFileSync(dist('index.html'), 'utf8');
    expect(home).toContain(dataset.config.title);
    expect(home).toContain(model.summarySentence);
    const project = dataset.projects[0]!;
    expect(readFileSync(dist('projects', project.id, 'index.html'), 'utf8')).toContain(project.name);
  });

  it('writes the search index, the downloads, the API and the completion marker', () => {
    expect(existsSync(dist('pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(dist('pagefind')).some((f) => f.startsWith('pagefind-entry'))).toBe(true);
    expect(readFileSync(dist('downloads', 'projects.csv'), 'utf8')).toMatch(/^\uFEFFid,name,/);
    expect(existsSync(dist('downloads', 'open-data.zip'))).toBe(true);
    expect(JSON.parse(readFileSync(dist('api', 'index.json'), 'utf8'))).toHaveProperty('ledger_periods');
    expect(existsSync(dist('assets', 'search.js'))).toBe(true);
    expect(existsSync(dist(BUILD_MARKER))).toBe(true);
  });
});
