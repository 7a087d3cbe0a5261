// Two clean builds of the same data give byte-identical sites: the build date comes from
// the data, ids in SVGs are stable, inputs are sorted. A second build is made here and
// every file's hash compared with the build the other site tests use. The second build makes
// its search index after the pages, in the main process (LUOSHI_SEARCH_INDEX=after-pages: the
// path taken when the index worker fails), so the index of both ways is held to the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('reproducible build', () => {
  const second = mkdtempSync(path.join(tmpdir(), 'luoshi-rebuild-'));
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('a second clean build is byte-identical, its search index made after the pages', () => {
    // A different clock and time zone must not matter.
    const log = execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', second], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LUOSHI_SEARCH_INDEX: 'after-pages' },
    });
    expect(log).toContain('indexed after the pages');
    const a = hashes(inject('distDir'));
    const b = hashes(second);
    const differing = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
    const missing = [...b.keys()].filter((k) => !a.has(k));
    console.log(`reproducible build: ${a.size} files compared, ${differing.length + missing.length} nondeterministic`);
    expect(a.size).toBeGreaterThan(10);
    expect(differing).toEqual([]);
    expect(missing).toEqual([]);
  }, 600_000);
});
