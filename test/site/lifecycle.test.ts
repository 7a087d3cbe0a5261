// A project's life in the built site (DATA_DIR): /tenders/ and /disclosure/ say what the
// metrics say, every project page has its schedule and disclosure checklist, overdue
// projects are flagged on the home page and in the directory, the JSON documents exist.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataFolder } from '../../src/io/data-dir.ts';
import type { Dataset } from '../../src/core/types.ts';
import { disclosureOverview, overdueCounts, schedules } from '../../src/sections/lifecycle/metrics.ts';
import { tenderRows, tenderSummary } from '../../src/sections/tenders/metrics.ts';
import { builtPage, text } from '../helpers/built-page.ts';

const distDir = inject('distDir');
let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDataFolder()).dataset;
});
const json = (rel: string) => JSON.parse(readFileSync(path.join(distDir, rel), 'utf8'));

describe('/tenders/', () => {
  it('lists every lot with the flags the metrics give', () => {
    if (!dataset.present.tenders) return;
    const page = builtPage(distDir, '/tenders/');
    const rows = tenderRows(dataset);
    expect(page.querySelectorAll('#tender-table tbody tr').length).toBe(rows.length);
    const summary = tenderSummary(rows);
    for (const flag of ['single_bidder', 'direct_award', 'above_total'] as const) {
      expect(text(page.querySelector(`[data-figure="${flag}"]`))).toBe(String(summary.flagged[flag]));
      expect(page.querySelectorAll(`#tender-table tr[data-flags~="${flag}"]`).length).toBe(summary.flagged[flag]);
    }
  });
});

describe('/disclosure/', () => {
  it('counts each category and ranks the units as the metrics do', () => {
    const page = builtPage(distDir, '/disclosure/');
    const o = disclosureOverview(dataset);
    for (const c of o.categories) {
      const cells = [...page.querySelectorAll(`#category-table tr[data-category="${c.category.id}"] td.num`)].map((td) => text(td));
      expect(cells, c.category.id).toEqual([String(c.published), String(c.missing), String(c.notYet)]);
    }
    const units = [...page.querySelectorAll('#unit-table tbody tr')].map((tr) => text(tr.querySelector('th')));
    expect(units).toEqual(o.units.map((u) => u.unit));
  });
});

describe('schedules and the checklist on the pages', () => {
  it('every project page has its schedule and its eight categories', () => {
    for (const p of dataset.projects.slice(0, 20)) {
      const page = builtPage(distDir, `/projects/${p.id}/`);
      expect(page.querySelector('#h-schedule'), p.id).not.toBeNull();
      expect(page.querySelectorAll('.disclosure-checklist tbody tr').length, p.id).toBe(8);
    }
  });
  it('an overdue project says so on its page, the home page and in the directory', () => {
    const list = schedules(dataset);
    const counts = overdueCounts(list);
    const home = builtPage(distDir, '/');
    const sentence = home.querySelector('[data-sentence="overdue"]');
    expect(sentence?.getAttribute('data-overdue-start')).toBe(String(counts.start));
    expect(sentence?.getAttribute('data-overdue-completion')).toBe(String(counts.completion));
    const late = list.find((s) => s.overdueCompletion ?? s.overdueStart);
    if (!late) return;
    const page = builtPage(distDir, `/projects/${late.projectId}/`);
    expect(page.querySelectorAll('[data-overdue]').length).toBeGreaterThan(0);
    expect(home.querySelector(`.overdue-table tr[data-project="${late.projectId}"]`)).not.toBeNull();
    const directory = builtPage(distDir, '/projects/');
    expect(text(directory.querySelector('#project-table')).includes('逾期未') || text(directory.querySelector('#project-table')).includes('Overdue')).toBe(true);
  });
});

describe('JSON', () => {
  it('one document per life-cycle file present, and each project carries its life', () => {
    for (const [name, key] of [['approvals', 'approvals'], ['tenders', 'tenders'], ['parties', 'parties'], ['design_changes', 'designChanges'], ['inspections', 'inspections'], ['acceptance', 'acceptance']] as const) {
      if (!dataset.present[key]) continue;
      expect(json(`api/${name}.json`).count, name).toBe(dataset[key].length);
    }
    const p = dataset.projects[0]!;
    const doc = json(`api/projects/${p.id}.json`);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['schedule', 'disclosure']));
    expect(doc.disclosure.categories).toHaveLength(8);
  });
});
