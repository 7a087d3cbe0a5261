// Every internal link and source of the built sample site resolves (offline).
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.ts';

describe('links in the built site', () => {
  it('every internal href/src resolves to a file and every #fragment to an id', () => {
    const report = checkLinks(inject('distDir'));
    console.log(`link check: ${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.broken.slice(0, 20)).toEqual([]);
  });
});
