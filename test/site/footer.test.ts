// Every page of the built site carries the government website identifiers that site.json sets
// (the sample sets them all), the ICP number linked to the MIIT register.
import { describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import { readPage, samplePages } from '../helpers/dist.ts';
import { text } from '../helpers/built-page.ts';

const distDir = inject('distDir');

describe('footer identifiers', () => {
  it('on every kind of page, as site.json gives them', async () => {
    const { config } = (await loadDataFolder()).dataset;
    const values = [config.sponsor, config.organizer, config.siteCode, config.icp, config.publicSecurityRecord, config.contact].filter(Boolean);
    expect(values.length).toBeGreaterThan(0);
    const pages = samplePages(distDir, 1).filter((p) => !p.startsWith('/embed/'));
    for (const p of pages) {
      const { document } = parseHTML(readPage(distDir, p));
      const footer = text(document.querySelector('footer .gov-ids'));
      for (const v of values) expect(footer, p).toContain(v);
      if (config.icp) expect(document.querySelector('footer .gov-ids a')?.getAttribute('href'), p).toBe('https://beian.miit.gov.cn/');
    }
  });
});
