// Tenders as journalists read them: every lot with the flags they look for (a single bidder,
// a single-source or direct award above the amount that must be tendered, an award above the
// project's whole investment), and the contracted total per project against its total
// investment. Pure functions of the loaded data (docs/methodology.md).
import type { Dataset, Project, SiteConfig, Tender } from '../../core/types.ts';
import { MONEY_EXPONENT } from '../../core/headers.ts';
import { percentOf } from '../../core/metrics/progress.ts';
import { compareText } from '../../core/report.ts';

/** 400万元: works estimated above it must be tendered (《必须招标的工程项目规定》, 国家发展改革委令第16号). */
export const DEFAULT_DIRECT_AWARD_WAN = 400;

/** The direct-award threshold in the configured money unit. */
export function directAwardThreshold(config: Pick<SiteConfig, 'moneyUnit' | 'thresholds'>): number {
  if (config.thresholds.directAward !== undefined) return config.thresholds.directAward;
  return Number(`${DEFAULT_DIRECT_AWARD_WAN}e${MONEY_EXPONENT['万元'] - MONEY_EXPONENT[config.moneyUnit]}`);
}

export type TenderFlag = 'single_bidder' | 'direct_award' | 'above_total';

/** Methods that invite competition: one bid among them is a story. */
const COMPETITIVE = new Set(['open', 'selective', 'negotiation', 'consultation']);

export interface TenderRow {
  tender: Tender;
  project: Project | undefined;
  flags: TenderFlag[];
}

export function tenderFlags(tender: Tender, project: Project | undefined, threshold: number): TenderFlag[] {
  const flags: TenderFlag[] = [];
  if (tender.bidders === 1 && (tender.method === undefined || COMPETITIVE.has(tender.method))) flags.push('single_bidder');
  if ((tender.method === 'single_source' || tender.method === 'direct') && tender.awardAmount !== undefined && tender.awardAmount > threshold) flags.push('direct_award');
  if (tender.awardAmount !== undefined && project?.totalInvestment !== undefined && tender.awardAmount > project.totalInvestment) flags.push('above_total');
  return flags;
}

/** Every tender with its project and flags, by project id, then notice date, then lot. */
export function tenderRows(input: Pick<Dataset, 'tenders' | 'projects' | 'config'>): TenderRow[] {
  const threshold = directAwardThreshold(input.config);
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  return [...input.tenders]
    .sort((a, b) => compareText(a.projectId, b.projectId) || compareText(a.noticeDate ?? '', b.noticeDate ?? '') || compareText(a.lot, b.lot))
    .map((tender) => {
      const project = projects.get(tender.projectId);
      return { tender, project, flags: tenderFlags(tender, project, threshold) };
    });
}

export interface ProjectContracts {
  projectId: string;
  project: Project | undefined;
  lots: number;
  /** Sum of the awards of lots with a signed contract. */
  contracted: number;
  /** Sum of all awards. */
  awarded: number;
  totalInvestment?: number;
  /** contracted ÷ total investment, in percent. */
  contractedPct?: number;
  /** The contracted total exceeds the total investment. */
  overTotal: boolean;
}

/** Per project with tenders: contracted and awarded totals against its total investment, by project id. */
export function contractsByProject(input: Pick<Dataset, 'tenders' | 'projects'>): ProjectContracts[] {
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const by = new Map<string, Tender[]>();
  for (const t of input.tenders) by.set(t.projectId, [...(by.get(t.projectId) ?? []), t]);
  return [...by.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([projectId, lots]) => {
      const project = projects.get(projectId);
      const contracted = lots.filter((t) => t.contractDate !== undefined).reduce((s, t) => s + (t.awardAmount ?? 0), 0);
      const awarded = lots.reduce((s, t) => s + (t.awardAmount ?? 0), 0);
      const out: ProjectContracts = { projectId, project, lots: lots.length, contracted, awarded, overTotal: false };
      if (project?.totalInvestment !== undefined) {
        out.totalInvestment = project.totalInvestment;
        const pct = percentOf(contracted, project.totalInvestment);
        if (pct !== undefined) out.contractedPct = pct;
        out.overTotal = contracted > project.totalInvestment;
      }
      return out;
    });
}

export interface TenderSummary {
  lots: number;
  awarded: number;
  flagged: Record<TenderFlag, number>;
}

export function tenderSummary(rows: readonly TenderRow[]): TenderSummary {
  const flagged: Record<TenderFlag, number> = { single_bidder: 0, direct_award: 0, above_total: 0 };
  for (const r of rows) for (const f of r.flags) flagged[f]++;
  return { lots: rows.length, awarded: rows.reduce((s, r) => s + (r.tender.awardAmount ?? 0), 0), flagged };
}
