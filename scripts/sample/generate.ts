// Builds the whole sample in memory: a sorted map from relative path to bytes, plus
// the facts about what was planted (for the README, the tests and the CLI summary).
// No file system here; scripts/generate-sample.ts writes the map out.
import { createRng } from './prng.ts';
import { type Month, ym, monthOf } from './calendar.ts';
import { horizonOf, monthsOf, type Horizon } from './horizon.ts';
import type { SampleOptions } from './options.ts';
import { buildPortfolio, type SampleProject } from './portfolio.ts';
import { simulate, stateAt, type Simulation } from './simulate.ts';
import { planEpisodes, episodesByProject } from './problems.ts';
import { ledgerLines, ledgerFile, type LedgerLine } from './ledger.ts';
import { ledgerQuirks, type LedgerQuirks } from './quirks.ts';
import { projectsTable, programsTable, unitsTable } from './projects-table.ts';
import { planTasks, tasksTable } from './tasks.ts';
import { planLand, landTable } from './land.ts';
import { plantLateCompletion, planLifecycle, approvalsTable, tendersTable, partiesTable, designChangesTable, inspectionsTable, acceptanceTable, type LifecycleFacts } from './lifecycle.ts';
import { planAttraction, attractionTable } from './attraction.ts';
import { planCampaigns, campaignsTable, campaignProjectsTable } from './campaigns.ts';
import { planIndicators, indicatorsTable, targetsTable } from './indicators.ts';
import { bulletinMarkdown, bulletinMonths, bulletinDate } from './bulletins.ts';
import { tableFile, type Table } from './table.ts';
import { EXCEL_UTF8, EXCEL_GB18030, PLAIN_STYLE, encodeText, type Encoding } from './csv.ts';
import { programSpecs } from './programs.ts';
import { siteJson } from './site.ts';
import { readme } from './readme.ts';
import { isoDay, dayKey, lastDayOf } from './calendar.ts';

export interface SampleFacts {
  options: SampleOptions;
  horizon: Horizon;
  projects: number;
  /** Projects on each year's list. */
  perYear: { year: number; projects: number }[];
  overPlan?: { id: string; name: string };
  stalledNow: { id: string; name: string; months: number }[];
  stalledPast: { id: string; name: string }[];
  neverStarts: { id: string; name: string }[];
  latest: { period: string; plan: number; completed: number; rate: number; time: number; lag: number };
  /** Ledger file → its Excel habits. */
  ledgerQuirks: { file: string; quirks: LedgerQuirks }[];
  /** Other files with a non-default encoding. */
  otherEncodings: { file: string; encoding: Encoding }[];
  tasks: { total: number; open: number; overdue: number };
  land: { projects: number; done: number; acquiredShare: number };
  attraction: number;
  campaigns: { id: string; projects: number }[];
  bulletins: string[];
  regions: number;
  lifecycle: LifecycleFacts & { approvals: number; tenders: number; parties: number; designChanges: number; inspections: number; acceptance: number };
}

export interface SampleOutput {
  files: Map<string, Uint8Array>;
  facts: SampleFacts;
}

const utf8 = new TextEncoder();

/** Months in a row, ending at m, without new investment while under construction. */
function idleMonths(sim: Simulation, p: SampleProject, m: Month): number {
  let k = 0;
  for (let x = m; monthOf(x) > 1; x--) {
    const now = stateAt(sim, p, x);
    const before = stateAt(sim, p, x - 1);
    if (!now || !before || now.ytd !== before.ytd) break;
    k++;
  }
  return k;
}

export function generateSample(options: SampleOptions): SampleOutput {
  const h = horizonOf(options.start, options.months);
  const rng = createRng(options.seed);
  const n = options.projects;
  const plain = options.plain;

  const projects = buildPortfolio({ projects: n, programs: options.programs }, h, rng.fork('portfolio'));
  const lateCompletion = plantLateCompletion(projects, h);
  const sim = simulate(projects, h, rng.fork('simulate'));
  const episodes = planEpisodes(projects, sim, h, rng.fork('problems'));
  const byProject = episodesByProject(episodes);
  const byId = new Map(projects.map((p) => [p.id, p]));

  const out: [string, Uint8Array][] = [];
  const quirksList: SampleFacts['ledgerQuirks'] = [];
  const linesByMonth = new Map<Month, LedgerLine[]>();
  const wanted = new Set(bulletinMonths(h));
  for (const m of monthsOf(h)) {
    const lines = ledgerLines(projects, sim, byProject, m);
    const q = ledgerQuirks(m, h, plain);
    const file = `ledger/${ym(m)}.csv`;
    out.push([file, ledgerFile(lines, m, q, plain)]);
    quirksList.push({ file, quirks: q });
    if (wanted.has(m) || m === h.last) linesByMonth.set(m, lines);
  }

  const tasks = planTasks(projects, episodes, h, Math.round(n / 2), rng.fork('tasks'));
  const land = planLand(projects, sim, episodes, h, Math.round(n * 0.3), rng.fork('land'));
  const life = planLifecycle(projects, h, land, rng.fork('lifecycle'));
  const attraction = planAttraction(Math.round(n * 0.375), h, rng.fork('attraction'));
  const campaigns = planCampaigns(projects, sim, h, Math.round(n * 0.19));
  const indicators = planIndicators(options.regions ?? options.peers + 1, h, rng.fork('indicators'));
  const programs = programSpecs(options.programs);

  const unitNames = [
    ...projects.flatMap((p) => [p.responsibleUnit, p.township]),
    ...tasks.map((t) => t.unit),
    ...programs.map((p) => p.leadUnit),
    ...attraction.flatMap((a) => [a.unit, a.township]),
  ];

  const otherEncodings: SampleFacts['otherEncodings'] = [];
  const excel = (file: string, style: typeof EXCEL_UTF8): typeof EXCEL_UTF8 => {
    if (!plain) otherEncodings.push({ file, encoding: style.encoding });
    return style;
  };
  // Optional files with nothing to say (a one-month sample has no tasks yet) are left out.
  const optional = (file: string, table: Table, style = PLAIN_STYLE): void => {
    if (table.rows.length > 0) out.push([file, tableFile(table, plain, style)]);
  };
  out.push(['projects.csv', tableFile(projectsTable(projects, life.lives), plain, excel('projects.csv', EXCEL_UTF8))]);
  out.push(['programs.csv', tableFile(programsTable(options.programs), plain, PLAIN_STYLE)]);
  out.push(['units.csv', tableFile(unitsTable(unitNames, rng.fork('units')), plain, PLAIN_STYLE)]);
  optional('tasks.csv', tasksTable(tasks));
  if (land.length > 0) optional('land.csv', landTable(land, life.land), excel('land.csv', EXCEL_GB18030));
  optional('approvals.csv', approvalsTable(life));
  optional('tenders.csv', tendersTable(life), excel('tenders.csv', EXCEL_UTF8));
  optional('parties.csv', partiesTable(life));
  optional('design_changes.csv', designChangesTable(life));
  optional('inspections.csv', inspectionsTable(life));
  optional('acceptance.csv', acceptanceTable(life));
  optional('attraction.csv', attractionTable(attraction));
  optional('campaigns.csv', campaignsTable(campaigns));
  optional('campaign_projects.csv', campaignProjectsTable(campaigns));
  out.push(['indicators.csv', tableFile(indicatorsTable(indicators), plain, PLAIN_STYLE)]);
  out.push(['indicator_targets.csv', tableFile(targetsTable(h), plain, PLAIN_STYLE)]);
  out.push(['site.json', utf8.encode(siteJson())]);

  const bulletinFiles: string[] = [];
  for (const m of bulletinMonths(h)) {
    const lines = linesByMonth.get(m) ?? [];
    const idle = new Map(lines.map((l) => [l.project.id, idleMonths(sim, l.project, m)]));
    const file = `bulletins/${isoDay(bulletinDate(m))}.md`;
    bulletinFiles.push(file);
    out.push([file, encodeText(bulletinMarkdown({ m, lines, idle, programs: programs.map((p) => p.name), campaigns }), 'utf-8')]);
  }

  const latestLines = linesByMonth.get(h.last) ?? [];
  const plan = latestLines.reduce((s, l) => s + l.plan, 0);
  const completed = latestLines.reduce((s, l) => s + l.ytd, 0);
  const named = (id: string): { id: string; name: string } => ({ id, name: byId.get(id)?.name ?? '' });
  const dataDate = dayKey(lastDayOf(h.last));
  const facts: SampleFacts = {
    options,
    horizon: h,
    projects: projects.length,
    perYear: h.years.map((year) => ({ year, projects: projects.filter((p) => p.entryYear <= year && year <= p.lastYear).length })),
    ...(sim.overPlanId ? { overPlan: named(sim.overPlanId) } : {}),
    stalledNow: sim.stalledNow.map((id) => {
      const p = byId.get(id);
      return { ...named(id), months: p ? idleMonths(sim, p, h.last) : 0 };
    }),
    stalledPast: sim.stalledPast.map(named),
    neverStarts: projects.filter((p) => p.neverStarts).map((p) => named(p.id)),
    latest: {
      period: ym(h.last),
      plan,
      completed,
      rate: plan > 0 ? completed / plan : 0,
      time: monthOf(h.last) / 12,
      lag: plan > 0 ? (completed / plan - monthOf(h.last) / 12) * 100 : 0,
    },
    ledgerQuirks: quirksList,
    otherEncodings,
    tasks: {
      total: tasks.length,
      open: tasks.filter((t) => !t.closed).length,
      overdue: tasks.filter((t) => !t.closed && dayKey(t.deadline) < dataDate).length,
    },
    land: {
      projects: land.length,
      done: land.filter((x) => x.acquired >= x.target).length,
      acquiredShare: land.reduce((s, x) => s + x.acquired, 0) / Math.max(1, land.reduce((s, x) => s + x.target, 0)),
    },
    attraction: attraction.length,
    campaigns: campaigns.map((c) => ({ id: c.id, projects: c.projects.length })),
    bulletins: bulletinFiles,
    regions: indicators.regions.length,
    lifecycle: {
      ...life.facts,
      ...(lateCompletion ? { lateCompletion } : {}),
      approvals: life.approvals.length,
      tenders: life.tenders.length,
      parties: life.parties.length,
      designChanges: life.changes.length,
      inspections: life.inspections.length,
      acceptance: life.acceptance.length,
    },
  };
  out.push(['README.md', utf8.encode(readme(facts))]);
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { files: new Map(out), facts };
}
