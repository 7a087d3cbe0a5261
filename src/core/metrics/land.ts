// Land acquisition and demolition (征地拆迁): per project and for all projects on the list
// ("24个集中调度项目中9个已全部完成征拆任务，共完成征地885.5亩……征地任务完成60%").

import type { LandAcquisition } from '../types.ts';
import { percentOf } from './progress.ts';

export interface LandProgress {
  projectId: string;
  /** Acquired ÷ target, in percent; undefined without a land target. */
  landPct: number | undefined;
  /** Demolished ÷ target, in percent; undefined without a demolition target. */
  demolitionPct: number | undefined;
  /** Land target met (undefined when there is no land target). */
  landDone: boolean | undefined;
  demolitionDone: boolean | undefined;
  /** Every task the project has (land and/or demolition) is met; false when it has none. */
  fullyDone: boolean;
}

const pct = (done: number | undefined, target: number | undefined) =>
  target !== undefined && target > 0 ? percentOf(done ?? 0, target) : undefined;
const met = (done: number | undefined, target: number | undefined) =>
  target !== undefined && target > 0 ? (done ?? 0) >= target : undefined;

export function landProgress(row: LandAcquisition): LandProgress {
  const landDone = met(row.landAcquiredMu, row.landTargetMu);
  const demolitionDone = met(row.demolished, row.demolitionTarget);
  const tasks = [landDone, demolitionDone].filter((d) => d !== undefined);
  return {
    projectId: row.projectId,
    landPct: pct(row.landAcquiredMu, row.landTargetMu),
    demolitionPct: pct(row.demolished, row.demolitionTarget),
    landDone,
    demolitionDone,
    fullyDone: tasks.length > 0 && tasks.every(Boolean),
  };
}

export interface LandTotals {
  projectCount: number;
  fullyDoneCount: number;
  landTargetMu: number;
  landAcquiredMu: number;
  /** Sum acquired ÷ sum target, in percent (a sum, never an average of projects' rates). */
  landPct: number | undefined;
  demolitionTarget: number;
  demolished: number;
  demolitionPct: number | undefined;
  demolishedAreaSqm: number;
  /** Projects, sorted by id, with their progress. */
  projects: LandProgress[];
}

export function landTotals(rows: readonly LandAcquisition[]): LandTotals {
  const sorted = [...rows].sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
  const sum = (f: (r: LandAcquisition) => number | undefined) => sorted.reduce((s, r) => s + (f(r) ?? 0), 0);
  const projects = sorted.map(landProgress);
  const landTargetMu = sum((r) => r.landTargetMu);
  const landAcquiredMu = sum((r) => r.landAcquiredMu);
  const demolitionTarget = sum((r) => r.demolitionTarget);
  const demolished = sum((r) => r.demolished);
  return {
    projectCount: sorted.length,
    fullyDoneCount: projects.filter((p) => p.fullyDone).length,
    landTargetMu,
    landAcquiredMu,
    landPct: pct(landAcquiredMu, landTargetMu),
    demolitionTarget,
    demolished,
    demolitionPct: pct(demolished, demolitionTarget),
    demolishedAreaSqm: sum((r) => r.demolishedAreaSqm),
    projects,
  };
}
