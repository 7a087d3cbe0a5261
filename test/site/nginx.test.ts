// The built site served by a real nginx (Debian's package) through deploy/nginx.conf from a
// folder that `npm run deploy` manages: the headers of src/public/_headers on the wire, gzip,
// caching, charset, the 404 page and directory URLs; a release switch while a client keeps
// fetching (no error, every response wholly one release's); a rollback.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localServerBlock, nginxPath, noNginxReason, parseHeadersFile, startNginx, type Nginx } from '../helpers/nginx.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const distDir = inject('distDir');
const hasNginx = nginxPath() !== undefined;
if (!hasNginx) console.warn(noNginxReason);

const headers = parseHeadersFile(readFileSync(path.join(ROOT, 'src/public/_headers'), 'utf8'));
const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');

function deploy(...args: string[]) {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/deploy.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r;
}

describe.skipIf(!hasNginx)('the site behind nginx (deploy/nginx.conf)', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'luoshi-nginx-'));
  const srv = path.join(temp, 'srv');
  // A second build: the same site with its home page and one project page marked.
  const second = path.join(temp, 'dist-b');
  const marked = ['index.html', 'projects/index.html'];
  let nginx: Nginx;
  const get = (p: string, init?: RequestInit) => fetch(nginx.origin + p, init);

  beforeAll(async () => {
    deploy('--to', srv, '--from', distDir);
    cpSync(distDir, second, { recursive: true });
    for (const f of marked) appendFileSync(path.join(second, f), '<!-- release B -->\n');
    nginx = await startNginx(path.join(temp, 'nginx'), (port) => localServerBlock(conf, port, path.join(srv, 'current')));
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('serves pages with the security headers of src/public/_headers, /embed/ framable', async () => {
    const embed = readdirSync(path.join(distDir, 'embed'))[0]!;
    for (const [url, pattern] of [['/', '/*'], ['/projects/', '/*'], [`/embed/${embed}/`, '/embed/*'], ['/no-such-page/', '/*']] as const) {
      const res = await get(url);
      const expected = { ...headers['/*'], ...headers[pattern] };
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${url} ${name}`).toBe(value);
    }
    expect(headers['/embed/*']!['Content-Security-Policy']).toContain('frame-ancestors *');
  });

  it('gzip for text, utf-8, long cache only for hashed assets, the 404 page, directory URLs', async () => {
    const home = await get('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(await home.text()).toBe(readFileSync(path.join(distDir, 'index.html'), 'utf8'));

    const css = readdirSync(path.join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await get(`/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const csv = await get('/downloads/projects.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('no-cache');

    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(path.join(distDir, '404.html'), 'utf8'));

    const bare = await get('/projects', { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/projects/');
    expect((await get('/build-complete.json')).status).toBe(200);
  });

  it('switches releases while a client keeps fetching: no error, no response mixing releases; then rolls back', async () => {
    const versions = (f: string) => [readFileSync(path.join(distDir, f), 'utf8'), readFileSync(path.join(second, f), 'utf8')];
    const expected = Object.fromEntries(marked.map((f) => [f, versions(f)]));
    const urls: Record<string, string> = { 'index.html': '/', 'projects/index.html': '/projects/' };
    const seen = { a: 0, b: 0, bad: [] as string[] };
    let switching = true;
    const client = (async () => {
      // Bounded: until the switch is over and a few more, at most 5,000 requests.
      for (let i = 0, after = 0; i < 5000 && after < 20; i++) {
        if (!switching) after++;
        const f = marked[i % marked.length]!;
        const res = await get(urls[f]!);
        const body = await res.text();
        const which = expected[f]!.indexOf(body);
        if (res.status !== 200 || which === -1) seen.bad.push(`${urls[f]} ${res.status}`);
        else if (which === 0) seen.a++;
        else seen.b++;
      }
    })();
    // The deploy runs in its own process while the client fetches (asynchronously: a
    // synchronous spawn would stop this process's client meanwhile).
    await new Promise((r) => setTimeout(r, 50));
    await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/deploy.ts', '--to', srv, '--from', second], { cwd: ROOT }).finally(() => (switching = false));
    await client;
    console.log(`nginx release switch: ${seen.a} responses from the old release, ${seen.b} from the new, ${seen.bad.length} bad`);
    expect(seen.bad).toEqual([]);
    expect(seen.a).toBeGreaterThan(0);
    expect(seen.b).toBeGreaterThan(0);
    expect(await (await get('/')).text()).toBe(expected['index.html']![1]);

    deploy('--to', srv, '--rollback');
    expect(await (await get('/')).text()).toBe(expected['index.html']![0]);
  }, 120_000);
});
