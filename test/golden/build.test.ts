// Golden builds: small data folders built with `astro build`, their file lists and selected
// pages normalised and compared with test/output/build/<case>/, as observablehq/framework
// keeps its test/output/build. No browser; a few seconds a case, so it runs with the unit
// tests on every change. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/golden
// and read the diff of test/output/build before committing it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/output/build');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case {
  name: string;
  dataDir: string;
  /** Files whose normalised text is kept; the rest are only listed. */
  pages: string[];
}

const cases: Case[] = [
  {
    name: 'minimal',
    dataDir: 'test/fixtures/golden/minimal',
    pages: ['index.html', 'projects/index.html', 'projects/XH-01/index.html', 'units/index.html', 'api/index.json', 'api/projects/XH-02.json', 'downloads/projects.csv', 'sitemap.xml', 'feed.xml'],
  },
  {
    // The data folder's datapackage.json makes a field private: no page, file or schema may show it.
    name: 'private-field',
    dataDir: 'test/fixtures/golden/private-field',
    pages: ['downloads/index.html', 'downloads/datapackage.json', 'downloads/projects.csv', 'api/projects/XH-01.json'],
  },
  {
    name: 'county',
    dataDir: 'examples/county/data',
    pages: ['index.html', 'rankings/index.html', 'downloads/index.html', 'api/index.json', 'charts/portfolio-progress.csv', 'projects/SL-2025-003/index.html'],
  },
];

const scratch = mkdtempSync(path.join(tmpdir(), 'luoshi-golden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(c: Case): string {
  const out = path.join(scratch, c.name);
  execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATA_DIR: c.dataDir, BASE_PATH: '', SITE_URL: '', SOURCE_DATE_EPOCH: '1767225600', GITHUB_ACTIONS: '' },
  });
  return out;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)]))
    .sort();
}

/**
 * What changes with the tool and not with the portal: the hashed names of bundled assets and
 * Pagefind's fragments, and the scoping ids Astro gives component styles.
 */
export function normalise(text: string): string {
  return text
    .replace(/data-astro-cid-[a-z0-9]+/g, 'data-astro-cid')
    .replace(/\/_astro\/([\w-]+?)\.[\w-]{8}\.(css|js)/g, '/_astro/$1.[hash].$2')
    .replace(/(pagefind[\w/-]*?)[._-][0-9a-f]{8,}/g, '$1.[hash]');
}

const BLOCK = /(?<=>)(?=<\/?(?:html|head|body|main|header|footer|nav|section|article|aside|div|table|caption|thead|tbody|tfoot|tr|ul|ol|li|p|h[1-6]|dl|dt|dd|details|summary|figure|figcaption|meta|link|script|form|svg)\b)/g;

/** HTML one block element a line, so that a golden file's diff says what changed. */
function lines(text: string, file: string): string {
  return file.endsWith('.html') ? text.replace(BLOCK, '\n') : text;
}

/** The file list, with the folders whose names are hashes counted rather than listed. */
function fileList(dist: string): string {
  const files = listFiles(dist);
  const hashed = (f: string) => f.startsWith('_astro/') || f.startsWith('pagefind/');
  const counted = ['_astro/', 'pagefind/'].map((p) => `${p} (${files.filter((f) => f.startsWith(p)).length} files)`);
  return [...files.filter((f) => !hashed(f)), ...counted].join('\n') + '\n';
}

function compare(file: string, actual: string) {
  if (update || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${path.relative(ROOT, file)} differs; UPDATE_GOLDEN=1 rewrites it`).toBe(readFileSync(file, 'utf8'));
}

describe.each(cases)('golden build: $name', (c) => {
  const dist = build(c);
  const golden = path.join(GOLDEN, c.name);

  it('writes the same files', () => {
    compare(path.join(golden, 'files.txt'), fileList(dist));
  });

  it.each(c.pages)('writes the same %s', (page) => {
    compare(path.join(golden, page), lines(normalise(readFileSync(path.join(dist, page), 'utf8')), page));
  });

  if (c.name === 'private-field') {
    it('publishes nothing of the field the data folder made private', () => {
      const pkg = JSON.parse(readFileSync(path.join(dist, 'downloads/datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
      const projects = pkg.resources.find((r) => r.name === 'projects')!;
      expect(projects.schema.fields.map((f) => f.name)).not.toContain('nature');
      expect(readFileSync(path.join(dist, 'downloads/projects.csv'), 'utf8').split('\n')[0]).not.toContain('nature');
      expect(readFileSync(path.join(dist, 'downloads/index.html'), 'utf8')).not.toMatch(/<code[^>]*>nature<\/code>/);
      expect(readFileSync(path.join(dist, 'projects/XH-01/index.html'), 'utf8')).not.toContain('续建');
    });
  }

  it('leaves no hashed name or scoping id unnormalised in what it keeps', () => {
    for (const page of c.pages) {
      const text = normalise(readFileSync(path.join(dist, page), 'utf8'));
      expect(text).not.toMatch(/data-astro-cid-[a-z0-9]/);
      expect(text).not.toMatch(/\/_astro\/[\w-]+\.[\w-]{8}\.(css|js)/);
    }
  });
});
