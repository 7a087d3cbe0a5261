// campaigns.csv and campaign_projects.csv: the autumn 百日攻坚 (100-day push) of each
// year. The latest year's runs 1 September – 9 December; earlier ones ran
// 22 September – 30 December. Both are exactly 100 days.
import { type Day, dayIn, isoDay, monthAt, decemberOf, monthOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { type SampleProject, onList } from './portfolio.ts';
import { type Simulation, stateAt } from './simulate.ts';
import type { Table } from './table.ts';

export type GoalLabel = '开工' | '竣工' | '投资';

export interface SampleCampaign {
  id: string;
  name: string;
  start: Day;
  end: Day;
  year: number;
  projects: { project: SampleProject; goal: GoalLabel }[];
  targetStarts: number;
  targetCompletions: number;
  targetInvestment: number;
  description: string;
}

function campaignDescription(start: Day, end: Day, starts: number, completions: number): string {
  const goals = [starts > 0 ? `${starts}个项目开工` : '', completions > 0 ? `${completions}个项目竣工` : ''].filter(Boolean);
  const ensure = goals.length > 0 ? `确保${goals.join('、')}，` : '';
  return `对照年度目标任务，倒排工期、挂图作战，${monthOf(start.month)}月${start.day}日至${monthOf(end.month)}月${end.day}日集中攻坚，${ensure}全力完成年度投资目标`;
}

export function planCampaigns(projects: SampleProject[], sim: Simulation, h: Horizon, size: number): SampleCampaign[] {
  return h.years.map((year) => {
    const latest = year === h.lastYear;
    const start = latest ? dayIn(monthAt(year, 9), 1) : dayIn(monthAt(year, 9), 22);
    const end = latest ? dayIn(monthAt(year, 12), 9) : dayIn(monthAt(year, 12), 30);
    const sep = monthAt(year, 9);
    const dec = decemberOf(year);
    const listed = projects.filter((p) => onList(p, year) && !p.neverStarts);
    const starts = listed.filter((p) => p.start >= sep && p.start <= dec).slice(0, Math.max(1, Math.round(size * 0.27)));
    const completions = listed.filter((p) => p.completion >= sep && p.completion <= dec).slice(0, Math.max(1, Math.round(size * 0.33)));
    const taken = new Set([...starts, ...completions].map((p) => p.id));
    // The rest: the biggest year plans still under construction, to push investment.
    const plan = (p: SampleProject): number => sim.years.get(p.id)?.get(year)?.plan ?? 0;
    const invest = listed
      .filter((p) => !taken.has(p.id) && p.start < sep && p.completion > dec)
      .sort((a, b) => plan(b) - plan(a) || (a.id < b.id ? -1 : 1))
      .slice(0, Math.max(0, size - starts.length - completions.length));
    const chosen = [
      ...starts.map((project) => ({ project, goal: '开工' as const })),
      ...completions.map((project) => ({ project, goal: '竣工' as const })),
      ...invest.map((project) => ({ project, goal: '投资' as const })),
    ].sort((a, b) => (a.project.id < b.project.id ? -1 : 1));
    // Investment target: what the campaign projects planned for September–December.
    let target = 0;
    for (const { project } of chosen) {
      const aug = stateAt(sim, project, monthAt(year, 8));
      const py = sim.years.get(project.id)?.get(year);
      if (py) target += py.plan - (aug?.ytd ?? 0);
    }
    return {
      id: `BRGJ-${year}`,
      name: `${year}年重点项目建设“百日攻坚”行动`,
      start,
      end,
      year,
      projects: chosen,
      targetStarts: starts.length,
      targetCompletions: completions.length,
      targetInvestment: Math.max(0, Math.round(target / 100) * 100),
      description: campaignDescription(start, end, starts.length, completions.length),
    };
  });
}

export function campaignsTable(campaigns: SampleCampaign[]): Table {
  return {
    fields: ['id', 'name', 'start', 'end', 'target_starts', 'target_completions', 'target_investment', 'description'],
    labels: ['行动编号', '行动名称', '开始日期', '结束日期', '开工目标', '竣工目标', '投资目标(万元)', '说明'],
    rows: campaigns.map((c) => [c.id, c.name, isoDay(c.start), isoDay(c.end), String(c.targetStarts), String(c.targetCompletions), String(c.targetInvestment), c.description]),
  };
}

export function campaignProjectsTable(campaigns: SampleCampaign[]): Table {
  return {
    fields: ['campaign_id', 'project_id', 'goal'],
    labels: ['行动编号', '项目编号', '攻坚目标'],
    rows: campaigns.flatMap((c) => c.projects.map((x) => [c.id, x.project.id, x.goal])),
  };
}
