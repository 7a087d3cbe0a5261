// The helpers behind /projects/ and /projects/{id}/ (src/site/project-pages.ts), fed from
// memory: which projects the directory lists, what a project page gathers, and the wording.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import {
  formatCoordinates,
  formatPlannedDate,
  mapLink,
  progressText,
  projectDirectory,
  projectPage,
  projectSentence,
} from '../../src/site/project-pages.ts';
import type { ProjectMonth } from '../../src/core/metrics/index.ts';

const encoder = new TextEncoder();
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, encoder.encode(v)]));

const HEAD = '项目编号,项目名称,年度计划投资(万元),{m}完成投资(万元),进展阶段,形象进度,存在问题,推进措施,完成时限\n';
const data = files({
  'projects.csv':
    '项目编号,项目名称,所属工程,建设性质,所在乡镇,包保领导,责任单位,总投资(万元),计划开工时间,计划竣工时间,纬度,经度\n' +
    'P1,城南污水处理厂二期,基础设施提升工程,续建,城南街道,王建国,县住房和城乡建设局,12000,2024-03,2025-12-15,29.52,112.56\n' +
    'P2,䶮山路改造工程,基础设施提升工程,新开工,城北街道,李明,县交通运输局,8600,2025-04,2026-06,,\n' +
    'P3,老旧小区改造,城市更新工程,续建,城北街道,王建国,县住房和城乡建设局,5000,2024-05,2025-11,,\n' +
    'P4,标准厂房三期,产业发展工程,前期,高新区,孙丽,县工业和信息化局,30000,2025-10,2027-06,,\n',
  'ledger/2025-06.csv':
    HEAD.replace('{m}', '1-6月') +
    'P1,城南污水处理厂二期,5000,2300,在建,主体施工,无,,\n' +
    'P2,䶮山路改造工程,4000,200,前期,办理施工许可,尚有5户未签协议,城北街道牵头协调,2025-07-31\n' +
    'P3,老旧小区改造,1500,900,在建,管网改造,,,\n',
  'ledger/2025-07.csv':
    HEAD.replace('{m}', '1-7月') +
    'P1,城南污水处理厂二期,5000,2800,在建,主体封顶,无,,\n' +
    'P2,䶮山路改造工程,4000,600,在建,路基施工,尚有3户未签协议,城北街道牵头协调,2025-08-31\n' +
    'P3,老旧小区改造,1500,1500,竣工,已完工,,,\n',
  'ledger/2025-08.csv':
    HEAD.replace('{m}', '1-8月') +
    'P1,城南污水处理厂二期,5000,2800,在建,设备安装,无,,\n' +
    'P2,䶮山路改造工程,4000,1200,在建,路基施工,尚有3户未签协议,城北街道牵头协调，9月底前完成签约,2025-08-15\n',
  'tasks.csv':
    '事项编号,项目编号,事项内容,责任单位,完成期限,交办时间,办理状态,销号时间\n' +
    'T1,P2,办理施工许可证,县住房和城乡建设局,2025-07-15,2025-06-10,已销号,2025-07-12\n' +
    'T2,P2,协调剩余3户签约,城北街道,2025-08-20,2025-07-10,办理中,\n' +
    'T3,P2,落实施工用电,县供电公司,2025-09-30,2025-08-01,办理中,\n' +
    'T4,P1,设备进场道路,县交通运输局,2025-08-10,2025-07-20,已销号,2025-08-05\n',
});

const { dataset, diagnostics } = loadDataset(data);
const site = buildSiteModel(dataset, diagnostics);

describe('projectDirectory', () => {
  it('loads cleanly', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('lists the latest ledger and names the projects it leaves out', () => {
    const d = projectDirectory(site);
    expect(d.rows.map((m) => m.projectId)).toEqual(['P1', 'P2']);
    expect(d.notInLatest.map((n) => [n.project.id, n.lastSeen])).toEqual([['P3', '2025-07'], ['P4', undefined]]);
    expect(d.groups.find((g) => g.by === 'program')?.items).toEqual([{ name: '基础设施提升工程', count: 2 }]);
    expect(d.groups.find((g) => g.by === 'township')?.items.map((i) => i.name)).toEqual(['城北街道', '城南街道']);
  });
});

describe('projectPage', () => {
  it('gathers the latest figures, stage changes, problems newest first and tasks overdue first', () => {
    const page = projectPage(site, 'P2')!;
    expect(page.inLatest).toBe(true);
    expect(page.shown?.period).toBe('2025-08');
    expect(page.shown?.completionPct).toBe(30);
    expect(page.stageHistory).toEqual([
      { period: '2025-06', from: undefined, to: 'preparatory', first: true },
      { period: '2025-07', from: 'preparatory', to: 'construction', first: false },
    ]);
    expect(page.stageUnchanged).toBe(false);
    expect(page.problemHistory.map((e) => e.period)).toEqual(['2025-08', '2025-07', '2025-06']);
    expect(page.anyProblems).toBe(true);
    expect(page.tasks.map((s) => [s.task.id, s.overdue, s.open])).toEqual([
      ['T2', true, true],
      ['T3', false, true],
      ['T1', false, false],
    ]);
    expect(page.location).toBeUndefined();
  });

  it('says when nothing was ever a problem, and gives the location', () => {
    const page = projectPage(site, 'P1')!;
    expect(page.stageUnchanged).toBe(true);
    expect(page.problemHistory).toHaveLength(1);
    expect(page.problemHistory[0]?.hasProblems).toBe(false);
    expect(page.anyProblems).toBe(false);
    // No mapUrl in site.json: the coordinates only, no link to any map service.
    expect(page.location).toEqual({ latitude: 29.52, longitude: 112.56, mapUrl: undefined });
  });

  it('links the coordinates to the map of site.json\'s mapUrl template', () => {
    const mapUrl = 'https://map.tianditu.gov.cn/?lat={lat}&lon={lon}&zoom=16';
    const withMap = { ...site, dataset: { ...site.dataset, config: { ...site.dataset.config, mapUrl } } };
    expect(projectPage(withMap, 'P1')!.location).toEqual({ latitude: 29.52, longitude: 112.56, mapUrl: 'https://map.tianditu.gov.cn/?lat=29.52&lon=112.56&zoom=16' });
  });

  it('shows the last month that listed a project the latest ledger leaves out', () => {
    const page = projectPage(site, 'P3')!;
    expect(page.inLatest).toBe(false);
    expect(page.lastSeen).toBe('2025-07');
    expect(page.notThisYear).toBe(false);
    expect(page.shown?.period).toBe('2025-07');
    expect(page.shown?.status).toBe('completed');
  });

  it('has no figures for a project no ledger lists, and nothing for an unknown id', () => {
    const page = projectPage(site, 'P4')!;
    expect(page.inLatest).toBe(false);
    expect(page.lastSeen).toBeUndefined();
    expect(page.notThisYear).toBe(true);
    expect(page.shown).toBeUndefined();
    expect(page.stageHistory).toEqual([]);
    expect(projectPage(site, 'nope')).toBeUndefined();
  });
});

describe('wording', () => {
  const p = (id: string) => projectPage(site, id)!.shown!;

  it('says the year in a county office’s words', () => {
    expect(projectSentence(p('P2'), 'zh-CN')).toBe(
      '1-8月，该项目完成投资1,200万元，完成年度计划的30.0%，落后时间进度36.7个百分点。台账所列问题已超过完成时限（2025年8月15日），仍未解决。',
    );
    // One month without new investment is not yet stalled (the threshold is two).
    expect(p('P1').monthsWithoutInvestment).toBe(1);
    expect(projectSentence(p('P1'), 'zh-CN')).toBe('1-8月，该项目完成投资2,800万元，完成年度计划的56.0%，落后时间进度10.7个百分点。');
    expect(projectSentence(p('P3'), 'zh-CN')).toBe('1-7月，该项目完成投资1,500万元，完成年度计划的100.0%，全面完成年度投资计划。项目已竣工。');
    expect(projectSentence(p('P2'), 'en')).toBe(
      "In Jan–Aug, the project completed CNY 12 million of investment, 30.0% of the year's plan, 36.7 points behind time progress. The problems in the ledger are past their deadline (15 Aug 2025) and still unresolved.",
    );
  });

  it('says stalled and no plan', () => {
    const m = { ...p('P2'), stalled: true, monthsWithoutInvestment: 3, overdue: false };
    expect(projectSentence(m, 'zh-CN')).toBe('1-8月，该项目完成投资1,200万元，完成年度计划的30.0%，落后时间进度36.7个百分点。已连续3个月无新增投资。');
    const none: ProjectMonth = { ...p('P2'), completionPct: undefined, lagPoints: undefined, completedYtd: 0, overdue: false };
    expect(projectSentence(none, 'zh-CN')).toBe('1-8月，该项目未列年度投资计划。');
    expect(projectSentence({ ...none, completedYtd: 50 }, 'en')).toBe('In Jan–Aug, the project had no investment plan for the year; CNY 500,000 was invested.');
  });

  it('writes planned dates, coordinates, progress and map links', () => {
    expect(formatPlannedDate('2024-03-31', 'zh-CN')).toBe('2024年3月');
    expect(formatPlannedDate('2025-12-15', 'zh-CN')).toBe('2025年12月15日');
    expect(formatPlannedDate('2024-02-29', 'en')).toBe('Feb 2024');
    expect(formatCoordinates(29.52, 112.56, 'zh-CN')).toBe('北纬29.52°，东经112.56°');
    expect(formatCoordinates(-33.8688, -70.1, 'en')).toBe('33.8688° S, 70.1° W');
    expect(mapLink('https://map.example.cn/{lon},{lat}', 29.1 + 0.2, 112.123456789)).toBe('https://map.example.cn/112.123457,29.3');
    const m = p('P2');
    expect(progressText(m, 'zh-CN')).toBe('路基施工');
    expect(progressText({ ...m, row: { ...m.row, progressPct: 65 } }, 'zh-CN')).toBe('路基施工（65.0%）');
    expect(progressText({ ...m, row: { ...m.row, progress: undefined, progressPct: 65 } }, 'en')).toBe('65.0%');
  });
});
