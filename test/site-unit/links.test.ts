import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.ts';

describe('checkLinks', () => {
  it('finds a missing page and a missing fragment, and passes good and external links', () => {
    const report = checkLinks('test/fixtures/links');
    expect(report.pages).toBe(2);
    expect(report.links).toBe(6);
    expect(report.broken).toEqual([
      { page: '/index.html', href: '/missing/', reason: 'no such file' },
      { page: '/index.html', href: '#nope', reason: 'no id "nope"' },
    ]);
  });
});
