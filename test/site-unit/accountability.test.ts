// The helpers behind the 督查督办 pages (src/site/accountability.ts), fed from memory: a small
// county with 4 projects, two ledger months (as of 2026-09-30), 4 tasks, 3 campaigns, land,
// investment attraction and bulletins. Every figure below is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { accountabilityNav } from '../../src/site/navigation.ts';
import { gradeClass, movementNote } from '../../src/site/group-page.ts';
import {
  attractionSentence,
  attractionView,
  bandLabel,
  briefing,
  briefingHref,
  briefingSegment,
  briefingSubjects,
  bulletinNeighbours,
  bulletinsNewestFirst,
  campaignViews,
  dateRange,
  daysClosedLate,
  formatArea,
  groupTaskSentence,
  itemCount,
  landView,
  signedPoints,
  taskBadge,
  taskLedger,
  taskSentence,
} from '../../src/site/accountability.ts';

const encoder = new TextEncoder();
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, encoder.encode(v)]));

const HEAD = '项目编号,项目名称,年度计划投资(万元),{m}完成投资(万元),进展阶段,形象进度\n';
const core = {
  'projects.csv':
    '项目编号,项目名称,所在乡镇,包保领导,责任单位\n' +
    'P1,城南污水处理厂二期,城南街道,王建国,县住房和城乡建设局\n' +
    'P2,䶮山路改造工程,城北街道,李明,县交通运输局\n' +
    'P3,老旧小区改造,城北街道,王建国,县住房和城乡建设局\n' +
    'P4,标准厂房三期,城南街道,孙丽,县工业和信息化局\n',
  // August (time progress 66.7%) and September (75%).
  'ledger/2026-08.csv': HEAD.replace('{m}', '1-8月') + 'P1,城南污水处理厂二期,1000,500,在建,主体施工\nP2,䶮山路改造工程,2000,400,前期,办理施工许可\nP3,老旧小区改造,1000,700,在建,管网改造\nP4,标准厂房三期,500,0,前期,设计\n',
  'ledger/2026-09.csv': HEAD.replace('{m}', '1-9月') + 'P1,城南污水处理厂二期,1000,600,在建,设备安装\nP2,䶮山路改造工程,2000,900,在建,路基施工\nP3,老旧小区改造,1000,1000,竣工,已完工\nP4,标准厂房三期,500,100,前期,设计\n',
};
const optional = {
  'tasks.csv':
    '事项编号,项目编号,事项内容,牵头领导,责任单位,工作措施,完成期限,交办时间,办理状态,销号时间\n' +
    // Open, deadline 08-31: 30 days overdue on 09-30, open 60 days.
    'T1,P2,协调解决䶮山路剩余3户征地问题,李明,县自然资源局,逐户上门做工作,2026-08-31,2026-08-01,办理中,\n' +
    // Closed on time after 9 days.
    'T2,P1,落实设备进场道路,王建国,县住房和城乡建设局,协调临时用地,2026-09-15,2026-09-01,已销号,2026-09-10\n' +
    // Open, deadline ahead.
    'T3,P3,组织竣工验收,王建国,县住房和城乡建设局,倒排工期,2026-10-31,2026-09-10,办理中,\n' +
    // Closed 5 days late; no project.
    'T4,,拨付配套资金,孙丽,县财政局,加快拨付,2026-09-20,2026-09-01,已销号,2026-09-25\n',
  'campaigns.csv':
    '行动编号,行动名称,开始日期,结束日期,开工目标,竣工目标,投资目标(万元),说明\n' +
    'C0,2025年百日攻坚,2025-09-01,2025-12-09,,,,\n' +
    'C1,2026年百日攻坚,2026-09-01,2026-12-09,1,1,1000,集中攻坚\n' +
    'C2,冬季攻坚,2026-11-01,2026-12-31,,,,\n',
  'campaign_projects.csv': '行动编号,项目编号,攻坚目标\nC1,P2,开工\nC1,P3,竣工\nC1,P1,投资\n',
  'land.csv':
    '项目编号,征地任务(亩),已征地(亩),拆迁任务(栋),已拆除(栋),拆除面积(平方米)\n' +
    'P1,100,60,10,4,800\nP2,50,50,,,\nP3,,,5,5,1200.5\n',
  'attraction.csv':
    '项目编号,项目名称,投资方,产业类别,协议投资额(万元),阶段,签约时间,开工时间,落户乡镇,责任单位\n' +
    'A1,文旅综合体,某文旅公司,文旅,30000,意向,,,城南街道,县商务局\n' +
    'A2,电子元器件,某电子公司,电子信息,60000,签约,2026-03-10,,城北街道,县商务局\n' +
    'A3,农产品加工,某食品公司,农产品加工,12000,合同,2026-03-20,,城南街道,县商务局\n' +
    'A4,新型建材,某建材公司,建材,8000,开工,2026-05-01,2026-08-01,城北街道,县商务局\n',
  'bulletins/2026-08-20.md': '---\ntitle: 第1期督查通报\ndate: 2026-08-20\n---\n正文\n',
  'bulletins/2026-09-20.md': '---\ntitle: 第2期督查通报\ndate: 2026-09-20\nsummary: 九月\n---\n正文\n',
  'bulletins/2026-09-20-b.md': '---\ntitle: 第2期督查通报（补充）\ndate: 2026-09-20\n---\n正文\n',
};

const { dataset, diagnostics } = loadDataset(files({ ...core, ...optional }));
const site = buildSiteModel(dataset, diagnostics);
const bare = buildSiteModel(loadDataset(files(core)).dataset);

describe('the fixture', () => {
  it('loads without errors, as of 2026-09-30', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(site.asOf).toBe('2026-09-30');
  });
});

describe('accountabilityNav', () => {
  it('lists each section its file switches on; briefings whenever there is a ledger', () => {
    expect(accountabilityNav(site.dataset, site.t).map((s) => [s.id, s.href])).toEqual([
      ['tasks', '/tasks/'],
      ['campaigns', '/campaigns/'],
      ['land', '/land/'],
      ['attraction', '/attraction/'],
      ['bulletins', '/bulletins/'],
      ['briefings', '/briefings/'],
    ]);
    expect(accountabilityNav(bare.dataset, bare.t).map((s) => s.id)).toEqual(['briefings']);
  });

  it('puts one 督查督办 entry in the main navigation, to the first section there is', () => {
    expect(site.nav.filter((n) => n.label === '督查督办')).toEqual([{ href: '/tasks/', label: '督查督办' }]);
    expect(bare.nav.filter((n) => n.label === '督查督办')).toEqual([{ href: '/briefings/', label: '督查督办' }]);
  });
});

describe('taskLedger', () => {
  const ledger = taskLedger(site)!;

  it('puts the overdue task first, then the open one, then closed ones, latest closed first', () => {
    expect(ledger.states.map((s) => [s.task.id, taskBadge(s)])).toEqual([
      ['T1', 'overdue'],
      ['T3', 'open'],
      ['T4', 'closedLate'],
      ['T2', 'closed'],
    ]);
    expect(ledger.overdue.map((s) => [s.task.id, s.daysOverdue, s.daysOpen])).toEqual([['T1', 30, 60]]);
    expect(ledger.states.map(daysClosedLate)).toEqual([0, 0, 5, 0]);
  });

  it('totals and the sentence', () => {
    expect(ledger.totals).toEqual({ total: 4, open: 2, overdue: 1, closed: 2, closedLate: 1, closedPct: 50 });
    expect(ledger.sentence).toBe('截至2026年9月30日，共交办督办事项4项，已销号2项，销号率50.0%；办理中2项，其中逾期未销号1项。');
  });

  it('counts per unit, most overdue first', () => {
    expect(ledger.byUnit.map((c) => [c.key, c.total, c.open, c.overdue])).toEqual([
      ['县自然资源局', 1, 1, 1],
      ['县住房和城乡建设局', 2, 1, 0],
      ['县财政局', 1, 0, 0],
    ]);
  });
});

describe('taskSentence and groupTaskSentence', () => {
  const t = (over: Partial<Parameters<typeof taskSentence>[0]>) => ({ total: 10, open: 4, overdue: 0, closed: 6, closedLate: 0, closedPct: 60, ...over });

  it('says so when nothing is overdue, when all are closed, when none is closed and when there are none', () => {
    expect(taskSentence(t({}), '2026-10-31', 'zh-CN')).toBe('截至2026年10月31日，共交办督办事项10项，已销号6项，销号率60.0%；办理中4项，均未超过完成期限。');
    expect(taskSentence(t({ open: 0, closed: 10, closedPct: 100 }), '2026-10-31', 'zh-CN')).toBe('截至2026年10月31日，共交办督办事项10项，已全部销号。');
    expect(taskSentence(t({ open: 10, closed: 0, closedPct: 0, overdue: 3 }), '2026-10-31', 'zh-CN')).toBe('截至2026年10月31日，共交办督办事项10项，均未销号；办理中10项，其中逾期未销号3项。');
    expect(taskSentence(t({ total: 0, open: 0, closed: 0, closedPct: undefined }), '2026-10-31', 'zh-CN')).toBe('截至2026年10月31日，督办事项台账中暂无事项。');
  });

  it('in English', () => {
    expect(taskSentence(t({ overdue: 2 }), '2026-10-31', 'en')).toBe('As of 31 Oct 2026, 10 tasks have been assigned: 6 closed (60.0%); 4 open, of which 2 past the deadline.');
  });

  it("a unit's or township's tasks", () => {
    expect(groupTaskSentence('县财政局', t({ overdue: 1 }), 'zh-CN')).toBe('涉及县财政局的督办事项10项，已销号6项；办理中4项，其中逾期未销号1项。');
    expect(groupTaskSentence('县财政局', t({ total: 0, open: 0, closed: 0 }), 'zh-CN')).toBe('督办事项台账中没有涉及县财政局的事项。');
  });
});

describe('campaignViews', () => {
  const views = campaignViews(site);

  it('lists running campaigns first, then upcoming, then ended', () => {
    expect(views.map((v) => [v.progress.campaign.id, v.progress.days.phase])).toEqual([
      ['C1', 'running'],
      ['C2', 'upcoming'],
      ['C0', 'ended'],
    ]);
  });

  it('measures C1 from the August ledger to the September one: days, targets, sentence', () => {
    const v = views[0]!;
    // 1 Sep – 9 Dec: 100 days; as of 30 Sep, 30 elapsed and 70 left.
    expect(v.progress.days).toMatchObject({ totalDays: 100, elapsedDays: 30, daysLeft: 70, timeProgressPct: 30 });
    // P2 broke ground, P3 was completed; investment since August: P1 +100, P2 +500, P3 +300 = 900 of 1000.
    expect([v.progress.starts, v.progress.completions, v.progress.investment, v.progress.investmentPct]).toEqual([1, 1, 900, 90]);
    expect(v.sentence).toBe('2026年百日攻坚已进行30天，剩余70天；新开工项目1个（目标1个），竣工项目1个（目标1个），完成投资900万元，为投资目标的90.0%。');
  });

  it("judges each project's goal: 开工 P2 met, 竣工 P3 met, 投资 P1 (60% of its year plan) not yet", () => {
    expect(views[0]!.rows.map((r) => [r.projectId, r.goal, r.met, r.completionPct])).toEqual([
      ['P1', 'invest', false, 60],
      ['P2', 'start', true, 45],
      ['P3', 'complete', true, 100],
    ]);
    expect([views[0]!.metCount, views[0]!.judgedCount]).toEqual([2, 3]);
  });
});

describe('dateRange', () => {
  it('says the year once within a year, twice across New Year', () => {
    expect(dateRange('2026-09-01', '2026-12-09', 'zh-CN')).toBe('2026年9月1日至12月9日');
    expect(dateRange('2025-12-15', '2026-03-24', 'zh-CN')).toBe('2025年12月15日至2026年3月24日');
    expect(dateRange('2026-09-01', '2026-12-09', 'en')).toBe('1 Sep – 9 Dec 2026');
  });
});

describe('landView', () => {
  const v = landView(site);

  it('lists unfinished projects first, least land acquired first; finished ones last, by id', () => {
    expect(v.rows.map((r) => [r.progress.projectId, r.progress.fullyDone])).toEqual([
      ['P1', false],
      ['P2', true],
      ['P3', true],
    ]);
    expect(v.rows[0]!.name).toBe('城南污水处理厂二期');
  });

  it('sums, never averages: 110 of 150 mu, 9 of 15 buildings', () => {
    expect(v.totals).toMatchObject({ projectCount: 3, fullyDoneCount: 2, landAcquiredMu: 110, landTargetMu: 150, demolished: 9, demolitionTarget: 15, demolitionPct: 60 });
    expect(v.sentence).toBe('3个征拆项目中，2个已全部完成征拆任务；共完成征地110亩，拆除房屋9栋，征地任务完成73.3%，房屋拆迁完成60.0%。');
  });
});

describe('attractionView', () => {
  const v = attractionView(site);

  it('counts the funnel and says it the way a report does', () => {
    expect(v.funnel.steps.map((s) => [s.stage, s.count, s.amount])).toEqual([
      ['intention', 4, 110000],
      ['signed', 3, 80000],
      ['contract', 2, 20000],
      ['started', 1, 8000],
    ]);
    // 合同签订率 2 ÷ 3 = 66.7%, 开工率 1 ÷ 3 = 33.3%; 5亿元以上: A2; 1亿元以上: A2, A3.
    expect(v.sentence).toBe(
      '全县共有招商引资项目4个，协议投资总额11.00亿元。其中已签约项目3个，签订正式合同2个，已开工1个；签约项目合同签订率66.7%、开工率33.3%。已签约项目中，5亿元以上项目1个、1亿元以上项目2个。另有意向项目1个正在洽谈。',
    );
  });

  it('lists the furthest along first', () => {
    expect(v.projects.map((p) => p.id)).toEqual(['A4', 'A3', 'A2', 'A1']);
    expect(v.months.map((m) => [m.period, m.count])).toEqual([['2026-03', 2], ['2026-05', 1]]);
  });

  it('names the size bands from their bounds', () => {
    expect(bandLabel(50000, 'zh-CN', '万元')).toBe('5亿元以上');
    expect(bandLabel(10000, 'zh-CN', '万元')).toBe('1亿元以上');
    expect(bandLabel(5, 'zh-CN', '亿元')).toBe('5亿元以上');
  });

  it('with nothing signed', () => {
    const f = { steps: (['intention', 'signed', 'contract', 'started'] as const).map((stage, i) => ({ stage, count: i === 0 ? 2 : 0, amount: i === 0 ? 500 : 0, countAt: i === 0 ? 2 : 0, amountAt: i === 0 ? 500 : 0 })), total: 2, performanceRate: undefined, landingRate: undefined, performanceRateByAmount: undefined, landingRateByAmount: undefined };
    expect(attractionSentence(f, [], 'zh-CN', '万元')).toBe('全县共有招商引资项目2个，协议投资总额500万元。目前尚无签约项目。另有意向项目2个正在洽谈。');
  });
});

describe('bulletins', () => {
  it('newest first; on the same day by file name, as the loader orders them', () => {
    expect(bulletinsNewestFirst(dataset.bulletins).map((b) => b.slug)).toEqual(['2026-09-20', '2026-09-20-b', '2026-08-20']);
    expect(bulletinsNewestFirst(dataset.bulletins)).toEqual(dataset.bulletins);
  });

  it('knows the issue before and after', () => {
    const n = bulletinNeighbours(dataset.bulletins, '2026-09-20-b');
    expect([n.newer?.slug, n.older?.slug]).toEqual(['2026-09-20', '2026-08-20']);
    expect(bulletinNeighbours(dataset.bulletins, '2026-08-20').older).toBeUndefined();
  });
});

describe('briefings', () => {
  it('has one per unit with a project or a task, and one per township with a project', () => {
    expect(briefingSubjects(site).map((s) => `${s.kind}:${s.segment}`)).toEqual([
      'unit:县交通运输局',
      'unit:县住房和城乡建设局',
      'unit:县工业和信息化局',
      'unit:县自然资源局',
      'unit:县财政局',
      'township:城北街道',
      'township:城南街道',
    ]);
  });

  it('gives a joint unit written with a slash its own page, the slash made full-width', () => {
    expect(briefingSegment('县住建局/县城投公司')).toBe('县住建局／县城投公司');
    expect(briefingSegment('100%完成')).toBe('100％完成');
    expect(briefingSegment('..')).toBe('．．');
    expect(briefingSegment('县财政局')).toBe('县财政局');
    expect(briefingHref('unit', '县住建局/县城投公司')).toBe(`/briefings/unit/${encodeURIComponent('县住建局／县城投公司')}/`);
    const joint = buildSiteModel({ ...dataset, tasks: [...dataset.tasks, { id: 'T9', content: '联合办理', status: 'open', responsibleUnit: '县住建局/县城投公司' }] });
    expect(briefingSubjects(joint).find((s) => s.name === '县住建局/县城投公司')).toEqual({ kind: 'unit', name: '县住建局/县城投公司', segment: '县住建局／县城投公司' });
  });

  it("a unit's briefing: figures, rank and grade, projects worst first, its own tasks", () => {
    const b = briefing(site, 'unit', '县住房和城乡建设局');
    // P1 600 + P3 1000 of 2000 = 80%, time progress 75%: +5 points, first of three, 优, as in August.
    expect(b.aggregate).toMatchObject({ yearPlan: 2000, completedYtd: 1600, completionPct: 80, lagPoints: 5 });
    expect(b.ranked).toMatchObject({ rank: 1, of: 3, grade: 'good', movement: 'same' });
    expect(b.sentence).toBe('1-9月，县住房和城乡建设局负责的2个项目完成投资1,600万元，完成年度计划的80.0%，超过时间进度5.0个百分点，在3个责任单位中排名第1位，评为“优”；其中滞后项目1个。');
    // P1 60% (−15: behind) before P3 (completed).
    expect(b.projects.map((m) => [m.projectId, m.status])).toEqual([['P1', 'behind'], ['P3', 'completed']]);
    expect(b.tasks.map((s) => s.task.id)).toEqual(['T3', 'T2']);
    expect(b.openTasks.map((s) => s.task.id)).toEqual(['T3']);
    expect(b.taskSentence).toBe('涉及县住房和城乡建设局的督办事项2项，已销号1项；办理中1项，均未超过完成期限。');
  });

  it("a township's briefing takes the tasks about its projects", () => {
    const b = briefing(site, 'township', '城北街道');
    // P2 900 + P3 1000 of 3000 = 63.3%; 城南街道 (P1 600 + P4 100 of 1500 = 46.7%) is second.
    expect(b.ranked).toMatchObject({ rank: 1, of: 2 });
    expect(b.tasks.map((s) => s.task.id)).toEqual(['T1', 'T3']);
    expect(b.taskTotals).toMatchObject({ total: 2, open: 2, overdue: 1 });
  });

  it('a unit with tasks but no project has no figures and no rank', () => {
    const b = briefing(site, 'unit', '县财政局');
    expect([b.aggregate, b.ranked, b.sentence, b.projects]).toEqual([undefined, undefined, undefined, []]);
    expect(b.tasks.map((s) => s.task.id)).toEqual(['T4']);
  });
});

describe('small formatters', () => {
  it('movement in words', () => {
    expect(movementNote({ movement: 'up', change: 2 }, 'zh-CN')).toBe('较上月上升2位');
    expect(movementNote({ movement: 'down', change: -1 }, 'zh-CN')).toBe('较上月下降1位');
    expect(movementNote({ movement: 'same', change: 0 }, 'zh-CN')).toBe('与上月持平');
    expect(movementNote({ movement: 'new', change: undefined }, 'zh-CN')).toBe('本月新列入排名');
    expect(movementNote({ movement: undefined, change: undefined }, 'zh-CN')).toBeUndefined();
    expect(movementNote({ movement: 'up', change: 1 }, 'en')).toBe('up 1 place since last month');
  });

  it('signed points without the unit, rounded to one decimal; never "−0"', () => {
    expect([signedPoints(-18.46, 'zh-CN'), signedPoints(4.44, 'zh-CN'), signedPoints(-0.04, 'zh-CN'), signedPoints(undefined, 'zh-CN')]).toEqual(['\u221218.5', '+4.4', '0', '—']);
  });

  it('counts, areas and grade classes', () => {
    expect(itemCount(1234, 'zh-CN')).toBe('1,234项');
    expect(formatArea(35014, 'zh-CN')).toBe('35,014平方米');
    expect(formatArea(1200.5, 'en')).toBe('1,200.5 m²');
    expect(gradeClass('fair')).toBe('grade grade-fair');
    expect(gradeClass(undefined)).toBe('grade');
  });
});
