// deploy/nginx.conf sends the headers of src/public/_headers, read as text (no nginx needed; the
// site test test/site/nginx.test.ts checks the same on the wire with a real nginx).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../helpers/nginx.ts';

const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
const headers = parseHeadersFile(readFileSync(new URL('../../src/public/_headers', import.meta.url), 'utf8'));

/** The value of `key` in `map $uri $name { … }`. */
function mapEntry(name: string, key: string): string | undefined {
  const body = new RegExp(`map \\$uri \\$${name} \\{([^}]*)\\}`).exec(conf)?.[1] ?? '';
  const line = body.split('\n').find((l) => l.trim().startsWith(key + ' '));
  return line ? /"(.*)";\s*$/.exec(line)?.[1] : undefined;
}

/** add_header lines as { name: value }, a variable replaced by its map's default. */
function addHeaders(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of conf.matchAll(/^\s*add_header (\S+) (?:"([^"]*)"|\$(\w+)) always;/gm)) {
    out[m[1]!] = m[2] ?? mapEntry(m[3]!, 'default') ?? `(no default for $${m[3]})`;
  }
  return out;
}

describe('deploy/nginx.conf', () => {
  it('sends every header of src/public/_headers for every path', () => {
    const sent = addHeaders();
    expect(Object.keys(headers['/*']!).length).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(headers['/*']!)) expect(sent[name], name).toBe(value);
  });

  it('lets /embed/ be framed as _headers does', () => {
    expect(mapEntry('luoshi_csp', '~^/embed/')).toBe(headers['/embed/*']!['Content-Security-Policy']);
  });

  it('caches hashed assets for long and nothing else', () => {
    expect(mapEntry('luoshi_cache', '~^/_astro/')).toMatch(/max-age=31536000, immutable/);
    expect(mapEntry('luoshi_cache', 'default')).toBe('no-cache');
  });

  it('no add_header inside a location (nginx would drop the server-level ones there)', () => {
    const locations = [...conf.matchAll(/location [^{]+\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThan(1);
    for (const body of locations) expect(body).not.toContain('add_header');
  });
});
