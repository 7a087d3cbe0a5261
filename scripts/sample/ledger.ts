// The monthly ledgers: one row per project on that year's list, as of the end of the
// month, and the CSV file an editor would export from Excel.
import { type Month, type Day, monthOf, yearOf, isoDay, cumulativeLabel } from './calendar.ts';
import type { SampleProject } from './portfolio.ts';
import { onList } from './portfolio.ts';
import { type Simulation, type StageLabel, stageAt, stateAt } from './simulate.ts';
import { type Episode, problemsAt } from './problems.ts';
import { progressText } from './progress.ts';
import type { LedgerQuirks } from './quirks.ts';
import { csvFile, money } from './csv.ts';
import { COUNTY } from './places.ts';

export interface LedgerLine {
  project: SampleProject;
  plan: number;
  ytd: number;
  total: number;
  stage: StageLabel;
  progress: string;
  problems: string;
  measures: string;
  deadline?: Day;
}

export function ledgerLines(projects: SampleProject[], sim: Simulation, episodes: Map<string, Episode[]>, m: Month): LedgerLine[] {
  const lines: LedgerLine[] = [];
  const year = yearOf(m);
  for (const p of projects) {
    if (!onList(p, year)) continue;
    const state = stateAt(sim, p, m);
    if (!state) continue;
    const stage = stageAt(p, m);
    const stall = state.year.stall;
    const stalled = stage === '在建' && stall !== undefined && m >= stall.from && m <= stall.to;
    const found = problemsAt(episodes.get(p.id), p, m);
    lines.push({
      project: p,
      plan: state.plan,
      ytd: state.ytd,
      total: state.total,
      stage,
      progress: progressText({ p, m, stage, share: p.total > 0 ? state.total / p.total : 0, stalled }),
      problems: found?.problems ?? '',
      measures: found?.measures ?? '',
      ...(found?.deadline ? { deadline: found.deadline } : {}),
    });
  }
  return lines.sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0));
}

export const LEDGER_FIELDS = ['project_id', 'project_name', 'year_plan', 'completed_ytd', 'completed_total', 'stage', 'progress', 'problems', 'measures', 'deadline'] as const;

/** The header as the editor's template writes it for month m. */
export function ledgerHeader(m: Month, q: LedgerQuirks, plain: boolean): string[] {
  if (plain) return [...LEDGER_FIELDS];
  const unit = q.fullWidthBrackets ? '（万元）' : '(万元)';
  const month = monthOf(m);
  const ytd = month === 1 ? '本年累计完成投资' : q.dashHeader ? `1—${month}月累计完成投资` : `${cumulativeLabel(m)}完成投资`;
  const plan = q.yearPlanHeader ? `${yearOf(m)}年计划投资` : '年度计划投资';
  return ['项目编号', '项目名称', `${plan}${unit}`, `${ytd}${unit}`, `开工累计完成投资${unit}`, '进展阶段', '形象进度', '存在问题', '推进措施', '完成时限'];
}

export const ledgerTitle = (m: Month): string => `${COUNTY}${yearOf(m)}年${cumulativeLabel(m)}重点项目推进情况表`;

function dateCell(d: Day | undefined, slash: boolean): string {
  if (!d) return '';
  if (!slash) return isoDay(d);
  const [y, mo, da] = isoDay(d).split('-');
  return `${y}/${Number(mo)}/${Number(da)}`;
}

export function ledgerFile(lines: LedgerLine[], m: Month, q: LedgerQuirks, plain: boolean): Uint8Array {
  const header = ledgerHeader(m, q, plain);
  const rows: string[][] = [];
  if (q.titleRow) rows.push([ledgerTitle(m), ...new Array<string>(header.length - 1).fill('')]);
  rows.push(header);
  let plan = 0;
  let ytd = 0;
  let total = 0;
  for (const l of lines) {
    plan += l.plan;
    ytd += l.ytd;
    total += l.total;
    rows.push([
      l.project.id,
      l.project.name,
      money(l.plan, q.thousands),
      money(l.ytd, q.thousands),
      money(l.total, q.thousands),
      l.stage,
      l.progress,
      l.problems,
      l.measures,
      dateCell(l.deadline, q.slashDates),
    ]);
  }
  if (q.totalsRow) rows.push(['合计', '', money(plan, q.thousands), money(ytd, q.thousands), money(total, q.thousands), '', '', '', '', '']);
  return csvFile(rows, { encoding: q.encoding, crlf: q.crlf });
}
