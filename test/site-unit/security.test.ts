import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/security.ts';

const headers = readFileSync('src/public/_headers', 'utf8');
const policies = [...headers.matchAll(/^\s+Content-Security-Policy: (.+)$/gm)].map((m) => m[1]!);

describe('Content-Security-Policy', () => {
  it('forbids inline script: script-src has no unsafe-inline and no hashes or nonces', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });
  it('is repeated in src/public/_headers, with frame-ancestors added (a meta tag cannot carry it)', () => {
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.replace(/; frame-ancestors [^;]+$/, '')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(policies[0]).toMatch(/frame-ancestors 'self'$/);
    expect(policies[1]).toMatch(/frame-ancestors \*$/);
  });
});
