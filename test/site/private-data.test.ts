// Private data never reaches the public site: a sentinel in every field the schema marks
// private, and in undeclared columns, is searched for in every file of a build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { resources } from '../../src/core/schema.ts';

const fixture = 'test/fixtures/private';
const sentinels = ['CANARY-PRIVATE-FIELD-4471', 'CANARY-UNDECLARED-COLUMN-9313', 'CANARY-UNDECLARED-LEDGER-2208'];

describe('private data', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'luoshi-private-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the fixture covers every private field of the schema', () => {
    const privateFields = resources.flatMap((r) => r.fields.filter((f) => f.private).map((f) => `${r.name}.${f.name}`));
    expect(privateFields).toEqual(['projects.contact_phone']);
    expect(readFileSync(path.join(fixture, 'projects.csv'), 'utf8')).toContain('联系电话');
  });

  it('no sentinel appears in any file of dist/', () => {
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATA_DIR: fixture },
    });
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const leaks: string[] = [];
    for (const e of files) {
      const bytes = readFileSync(path.join(e.parentPath, e.name));
      // The search index is gzipped: look inside it too.
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      const text = plain.toString('latin1');
      for (const s of sentinels) if (text.includes(s)) leaks.push(`${path.relative(out, path.join(e.parentPath, e.name))}: ${s}`);
    }
    console.log(`private data: ${files.length} files searched for ${sentinels.length} sentinels, ${leaks.length} leaks`);
    expect(files.length).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  }, 600_000);
});
