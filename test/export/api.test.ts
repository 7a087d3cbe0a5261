// The JSON API documents: canonical names, null for a missing value, no private field, and
// the project document's months, stage history and changes.
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/core/schema.ts';
import { changesIndexJson, indicatorsJson, monthsByProject, projectDetailJson, projectsJson, type ApiLinks, type JsonObject } from '../../src/core/export/api.ts';
import { allMonthChanges, changesByProject } from '../../src/core/export/changes.ts';
import { projectMonths } from '../../src/core/metrics/index.ts';
import { dataset } from './fixtures.ts';

const links: ApiLinks = {
  home: 'https://example.org/luoshi/',
  projectPage: (id) => `https://example.org/luoshi/projects/${id}/`,
  projectApi: (id) => `https://example.org/luoshi/api/projects/${id}.json`,
  changesPage: (p) => `https://example.org/luoshi/changes/${p}/`,
  changesApi: (p) => `https://example.org/luoshi/api/changes/${p}.json`,
};
const d = dataset();
const latestById = new Map(projectMonths(d, '2026-02').map((m) => [m.projectId, m]));
const input = { dataset: d, resources, dataDate: '2026-02', latestById, links };

describe('projectsJson', () => {
  const body = projectsJson(input);
  const projects = body.projects as JsonObject[];
  it('lists every project by id with the same keys, null where missing', () => {
    expect(projects.map((p) => p.id)).toEqual(['SL-001', 'SL-002']);
    expect(Object.keys(projects[0]!)).toEqual(Object.keys(projects[1]!));
    expect(projects[1]!.lead_official).toBeNull();
    expect(projects[0]).not.toHaveProperty('contact_phone');
    expect(projects[0]).not.toHaveProperty('description');
    expect(projects[0]!.url).toBe('https://example.org/luoshi/projects/SL-001/');
  });
  it('gives the latest figures with computed fields', () => {
    const latest = projects[0]!.latest as JsonObject;
    expect(latest).toMatchObject({ period: '2026-02', year_plan: 1200, completed_ytd: 150, stage: 'construction', completion_pct: 12.5, status: 'on-track', increment: 50 });
    expect(latest).not.toHaveProperty('project_id');
    expect(latest).not.toHaveProperty('line');
    expect(body).toMatchObject({ api_version: 1, data_date: '2026-02', money_unit: '万元', count: 2 });
  });
});

describe('projectDetailJson', () => {
  const lists = allMonthChanges(d);
  const doc = projectDetailJson(input, 'SL-001', monthsByProject(d).get('SL-001')!, changesByProject(lists).get('SL-001') ?? [])!;
  it('has every month, the stage history and the tasks', () => {
    expect((doc.months as JsonObject[]).map((m) => m.period)).toEqual(['2026-01', '2026-02']);
    expect(doc.stage_history).toEqual([{ period: '2026-01', from: null, to: 'construction' }]);
    expect(doc.last_reported).toBe('2026-02');
    expect((doc.tasks as JsonObject[])[0]).toMatchObject({ id: 'T-1', content: '协调资金', overdue: true, days_overdue: 8 });
    expect((doc.project as JsonObject).description).toBe('新建污水处理设施，规模4万吨/日');
  });
  it('carries the changes with snake_case keys and a sentence', () => {
    const changes = doc.changes as JsonObject[];
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      expect(typeof c.text).toBe('string');
      expect(JSON.stringify(c)).not.toMatch(/"[a-z]+[A-Z]/);
    }
  });
  it('is undefined for an unknown id', () => {
    expect(projectDetailJson(input, 'NOPE', [], [])).toBeUndefined();
  });
});

describe('indicatorsJson and changesIndexJson', () => {
  it('puts the own region first', () => {
    const body = indicatorsJson(d, resources, '2026-02');
    const gdp = (body.indicators as JsonObject[])[0]!;
    expect(gdp).toMatchObject({ name: '地区生产总值', unit: '亿元', direction: 'higher', kind: 'flow' });
    expect((gdp.observations as JsonObject[]).map((o) => o.region)).toEqual(['示例县', '邻县']);
    expect((gdp.targets as JsonObject[])[0]).toEqual({ year: 2026, target_value: null, target_growth: 6, direction: 'higher' });
  });
  it('indexes the change months with links', () => {
    const body = changesIndexJson(allMonthChanges(d), links, { dataDate: '2026-02' });
    expect((body.months as JsonObject[])[0]).toMatchObject({ period: '2026-02', previous_period: '2026-01', url: 'https://example.org/luoshi/changes/2026-02/' });
  });
});
