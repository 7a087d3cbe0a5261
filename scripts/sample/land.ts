// land.csv: land acquisition and demolition (征拆) for the projects that need land.
// About a third are done; the rest are where the ledger's land problems come from.
// Totals are steered so about 60 % of the land target is acquired.
import type { Rng } from './prng.ts';
import type { Horizon } from './horizon.ts';
import { type SampleProject, onList } from './portfolio.ts';
import type { Episode } from './problems.ts';
import { type Simulation, stateAt } from './simulate.ts';
import type { Table } from './table.ts';
import type { WorkKind } from './catalogue.ts';

export interface LandRow {
  project: SampleProject;
  target: number;
  acquired: number;
  demolitionTarget?: number;
  demolished?: number;
  area?: number;
}

/** Mu of land per 万元 of total investment: a kindergarten needs a few mu, a road hundreds. */
const MU_PER_WAN: Partial<Record<WorkKind, number>> = {
  road: 0.008,
  building: 0.006,
  industrial: 0.005,
  plant: 0.006,
  river: 0.007,
  park: 0.012,
  pipeline: 0.002,
};

const ACQUIRED_SHARE = 0.6;

/** Renovations build on land the county already has. */
const NO_NEW_LAND = new Set(['elderly-home', 'employment', 'road-resurfacing', 'back-streets', 'old-estates']);

export function planLand(projects: SampleProject[], sim: Simulation, episodes: Episode[], h: Horizon, count: number, rng: Rng): LandRow[] {
  const landTrouble = new Set(episodes.filter((e) => (e.type === 'land' || e.type === 'demolition') && e.to >= h.last).map((e) => e.projectId));
  const eligible = projects.filter((p) => onList(p, h.lastYear) && MU_PER_WAN[p.kind] && !NO_NEW_LAND.has(p.templateKey));
  // Land can still be pending on a project that has not started, on a road or a river
  // (built stretch by stretch), or where the ledger reports a land problem. A building
  // that stands, or a plant that runs, has all its land.
  const builtShare = (p: SampleProject): number => {
    const s = stateAt(sim, p, h.last);
    return s && p.total > 0 ? s.total / p.total : 0;
  };
  const canBePending = (p: SampleProject): boolean =>
    landTrouble.has(p.id) || p.start > h.last || (['road', 'river', 'pipeline'].includes(p.kind) && p.completion > h.last) || (p.completion > h.last && builtShare(p) < 0.3);
  const doneCount = Math.round(count * 0.375);
  const pendingPool = [...eligible.filter((p) => landTrouble.has(p.id)), ...rng.shuffle(eligible.filter((p) => !landTrouble.has(p.id) && canBePending(p)))];
  const donePool = rng.shuffle(eligible.filter((p) => !canBePending(p)));
  const done = donePool.slice(0, doneCount);
  const chosen = [...done, ...pendingPool.slice(0, count - done.length)];
  const doneIds = new Set(done.map((p) => p.id));
  const rows: LandRow[] = chosen.map((p) => {
    const r = rng.fork(`land:${p.id}`);
    const target = Math.max(5, Math.round(p.total * (MU_PER_WAN[p.kind] ?? 0.005) * r.range(0.7, 1.3) * 10) / 10);
    const demolition = p.kind === 'road' || p.kind === 'river' || r.chance(0.4) ? Math.max(2, Math.round(target / r.range(4, 10))) : undefined;
    return { project: p, target, acquired: target, ...(demolition !== undefined ? { demolitionTarget: demolition, demolished: demolition } : {}) };
  });
  // The unfinished share out the acquired land so the total lands near 60 %.
  const totalTarget = rows.reduce((s, x) => s + x.target, 0);
  const doneLand = rows.filter((x) => doneIds.has(x.project.id)).reduce((s, x) => s + x.target, 0);
  const pending = rows.filter((x) => !doneIds.has(x.project.id));
  const pendingTarget = pending.reduce((s, x) => s + x.target, 0);
  const share = pendingTarget > 0 ? Math.max(0.05, Math.min(0.95, (ACQUIRED_SHARE * totalTarget - doneLand) / pendingTarget)) : 1;
  for (const x of pending) {
    const r = rng.fork(`land-progress:${x.project.id}`);
    const s = Math.max(0.05, Math.min(0.95, share * r.range(0.6, 1.4)));
    x.acquired = Math.round(x.target * s * 10) / 10;
    if (x.demolitionTarget !== undefined) x.demolished = Math.min(x.demolitionTarget - 1, Math.floor(x.demolitionTarget * Math.min(0.95, s * r.range(0.8, 1.2))));
  }
  for (const x of rows) {
    if (x.demolished !== undefined) x.area = x.demolished === 0 ? 0 : Math.round(x.demolished * rng.fork(`area:${x.project.id}`).range(140, 320));
  }
  return rows.sort((a, b) => (a.project.id < b.project.id ? -1 : 1));
}

export function landTable(rows: LandRow[], documents: ReadonlyMap<string, { number?: string; notice?: string }> = new Map()): Table {
  const n = (v: number | undefined): string => (v === undefined ? '' : String(v));
  return {
    fields: ['project_id', 'land_target_mu', 'land_acquired_mu', 'demolition_target', 'demolished', 'demolished_area_sqm', 'land_approval_number', 'compensation_notice_date'],
    labels: ['项目编号', '征地任务(亩)', '已征地(亩)', '拆迁任务(栋)', '已拆除(栋)', '拆除面积(平方米)', '征地批文号', '补偿安置方案公告日期'],
    rows: rows.map((x) => [x.project.id, n(x.target), n(x.acquired), n(x.demolitionTarget), n(x.demolished), n(x.area), documents.get(x.project.id)?.number ?? '', documents.get(x.project.id)?.notice ?? '']),
  };
}
