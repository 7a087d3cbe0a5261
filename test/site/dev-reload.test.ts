// `astro dev` as an editor uses it: the portal of a data folder, which follows the folder when a
// file changes; a change with an error keeps the last good data and prints the report.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const data = mkdtempSync(path.join(tmpdir(), 'luoshi-dev-'));
let server: ChildProcess | undefined;
let port = 0;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function home(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return response.text();
}

/** Polls until `check` holds (the watcher, the reload and the next render take a moment). */
let last = '';
async function eventually(check: () => Promise<boolean> | boolean, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await Promise.resolve().then(check).catch((e: unknown) => ((last = String(e) + ' ' + String((e as { cause?: unknown }).cause)), false))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what} (${last}); the server printed:\n${output}`);
}

const siteJson = () => path.join(data, 'site.json');
const setTitle = (title: string) => {
  const config = JSON.parse(readFileSync(siteJson(), 'utf8')) as Record<string, unknown>;
  writeFileSync(siteJson(), JSON.stringify({ ...config, title }, null, 2));
};

beforeAll(async () => {
  cpSync(path.join(ROOT, 'test/fixtures/golden/minimal'), data, { recursive: true });
  port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Not the test runner's variables: with VITEST set, the dev server does not listen.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), DATA_DIR: data, BASE_PATH: '', SITE_URL: '' },
    // stdin stays open: the dev server stops when its input ends.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.on('exit', (code) => (output += `\n[exited with ${code}]`));
  await eventually(async () => (await home()).includes('小河县'), 'the first page', 120_000);
}, 180_000);

afterAll(() => {
  server?.kill();
  rmSync(data, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('serves the portal of the data folder, with its own scripts', async () => {
    expect(await home()).toContain('小河县重点项目信息公开平台');
    const script = await fetch(`http://127.0.0.1:${port}/assets/search.js`);
    expect(script.status).toBe(200);
  });

  it('shows a changed data file without a restart', async () => {
    setTitle('小河县重点项目建设进展');
    await eventually(async () => (await home()).includes('小河县重点项目建设进展'), 'the new title');
  });

  it('keeps the last good data when a change has an error, and prints the report', async () => {
    const ledger = path.join(data, 'ledger', '2026-10.csv');
    const good = readFileSync(ledger, 'utf8');
    writeFileSync(ledger, good.replace(/^XH-01,/m, 'XH-99,'));
    await eventually(() => /XH-99/.test(output), 'the report naming the unknown project');
    expect(await home()).toContain('小河县重点项目建设进展');
    writeFileSync(ledger, good);
    setTitle('小河县重点项目信息公开平台');
    await eventually(async () => (await home()).includes('小河县重点项目信息公开平台'), 'the data again');
  });
});
