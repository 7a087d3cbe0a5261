// The monthly numbers: for every project and every year it is on the list, the year
// plan and the cumulative completed investment at the end of each month, plus the
// planted trouble (laggards, stalls, the one project over plan).
//
// Investment follows a seasonal curve: slow in January and February (Spring
// Festival), steady from spring, a little faster in autumn. A project that does
// exactly what was planned ends month N a few points behind N/12; the portfolio's
// lag against time comes from the laggards.
import type { Rng } from './prng.ts';
import { type Month, januaryOf, decemberOf, monthOf, yearOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { type SampleProject, onList } from './portfolio.ts';

export type StageLabel = '前期' | '在建' | '竣工' | '投产';

/**
 * How a project does in one year. 'completing' finishes on time; 'over' does more than
 * planned; 'stalled' stops for a few months; 'prep' and 'never' are still preparing.
 */
export type YearClass = 'prep' | 'never' | 'completing' | 'ahead' | 'onTrack' | 'lag' | 'serious' | 'stalled' | 'over';

export interface ProjectYear {
  year: number;
  cls: YearClass;
  /** Year plan (年度计划投资), 万元. */
  plan: number;
  /** Completed before January of this year, 万元. */
  before: number;
  /** Completed this year, cumulative to the end of each month; index 0 is January. */
  ytd: number[];
  /** Months with no new investment although under construction. */
  stall?: { from: Month; to: Month };
}

export interface Simulation {
  /** Project id → year → numbers. */
  years: Map<string, Map<number, ProjectYear>>;
  overPlanId: string | undefined;
  stalledNow: string[];
  stalledPast: string[];
}

/** Share of a normal year's work done in each month, in percent (sums to 100). */
export const SEASON = [3, 3.5, 8.5, 9, 9.5, 9.5, 9.5, 9.5, 10, 10.5, 9, 8] as const;
const season = (m: Month): number => SEASON[monthOf(m) - 1] ?? 8;

export function stageAt(p: SampleProject, m: Month): StageLabel {
  if (m < p.start) return '前期';
  if (m < p.completion) return '在建';
  if (m < p.operation) return '竣工';
  return '投产';
}

function seasonalWeight(from: Month, to: Month): number {
  let sum = 0;
  for (let m = from; m <= to; m++) sum += season(m);
  return sum;
}

interface Plan {
  stalledNow: Map<string, { from: Month; to: Month }>;
  stalledPast: Map<string, { from: Month; to: Month }>;
  overPlanId: string | undefined;
}

/** Chooses the planted trouble: projects stalled now, stalled earlier, and the one over plan. */
function plantTrouble(projects: SampleProject[], h: Horizon, rng: Rng): Plan {
  const n = projects.length;
  const lastJan = januaryOf(h.lastYear);
  const building = (p: SampleProject, from: Month, to: Month): boolean => !p.neverStarts && p.start < from && p.completion > to;

  const taken = new Set<string>();
  const overCandidates = rng.shuffle(projects.filter((p) => onList(p, h.lastYear) && building(p, lastJan, januaryOf(h.lastYear + 1) + 3)));
  overCandidates.sort((a, b) => Number(b.kind === 'industrial') - Number(a.kind === 'industrial'));
  const over = overCandidates[0] ?? rng.shuffle(projects.filter((p) => onList(p, h.lastYear) && building(p, lastJan - 1, h.last + 1)))[0];
  if (over) taken.add(over.id);

  const stalledNow = new Map<string, { from: Month; to: Month }>();
  const maxLength = monthOf(h.last) - 1; // a stall must not reach back past January
  if (maxLength >= 2) {
    const count = Math.max(1, Math.round(n * 0.04));
    const candidates = rng.shuffle(projects.filter((p) => !taken.has(p.id) && onList(p, h.lastYear) && building(p, lastJan, h.last + 2)));
    candidates.slice(0, count).forEach((p, k) => {
      const length = Math.min(maxLength, 2 + (k % 3));
      stalledNow.set(p.id, { from: h.last - length + 1, to: h.last });
      taken.add(p.id);
    });
  }

  // Earlier stalls that ended: in a past year, or early in the latest one.
  const stalledPast = new Map<string, { from: Month; to: Month }>();
  const pastCount = Math.max(1, Math.round(n * 0.025));
  const windows: { from: Month; to: Month }[] = [];
  for (const y of h.years) {
    for (const [from, length] of [[januaryOf(y) + 3, 2], [januaryOf(y) + 6, 3]] as const) {
      const to = from + length - 1;
      // Visible in the data: a month of work before it and two after it.
      if (from - 1 >= h.first && to + 2 <= h.last) windows.push({ from, to });
    }
  }
  const pastCandidates = rng.shuffle(projects.filter((p) => !taken.has(p.id)));
  for (let k = 0, w = 0; k < pastCandidates.length && stalledPast.size < pastCount && windows.length > 0; k++) {
    const window = windows[w % windows.length];
    const p = pastCandidates[k];
    if (!window || !p) continue;
    if (!onList(p, yearOf(window.from)) || !building(p, window.from, window.to + 1)) continue;
    stalledPast.set(p.id, window);
    taken.add(p.id);
    w++;
  }
  return { stalledNow, stalledPast, overPlanId: over?.id };
}

/**
 * Orders the year's ordinary projects from most to least likely to lag. Who lagged
 * last year is likely to lag again.
 */
function lagOrder(projects: SampleProject[], year: number, previous: Map<string, YearClass>, fixed: Set<string>, rng: Rng): string[] {
  const candidates = projects.filter((p) => onList(p, year) && !fixed.has(p.id) && !p.neverStarts && p.start <= decemberOf(year) && p.completion > decemberOf(year));
  const keyed = candidates.map((p) => {
    const before = previous.get(p.id);
    const lagged = before === 'lag' || before === 'serious' || before === 'stalled';
    return { id: p.id, key: rng.next() - (lagged ? 0.45 : 0) };
  });
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map((k) => k.id);
}

/**
 * Classes by quota along the lag order. `pressure` in [0, 1] moves the boundaries: more
 * laggards and fewer projects ahead as it grows. Quotas, not dice, so the portfolio has
 * the same shape for every seed.
 */
function assignClasses(order: string[], pressure: number): Map<string, YearClass> {
  const quotas: [YearClass, number][] = [
    ['serious', 0.04 + 0.1 * pressure],
    ['lag', 0.12 + 0.22 * pressure],
    ['onTrack', 0.5 - 0.12 * pressure],
  ];
  const out = new Map<string, YearClass>();
  let i = 0;
  for (const [cls, share] of quotas) {
    const end = Math.min(order.length, i + Math.round(order.length * share));
    for (; i < end; i++) out.set(order[i] ?? '', cls);
  }
  for (; i < order.length; i++) out.set(order[i] ?? '', 'ahead');
  return out;
}

function factorFor(cls: YearClass, rng: Rng): number {
  switch (cls) {
    case 'ahead':
    case 'completing':
      return 1;
    case 'onTrack':
      return rng.range(0.975, 1);
    case 'lag':
      return rng.range(0.8, 0.93);
    case 'serious':
      return rng.range(0.4, 0.65);
    case 'stalled':
      return rng.range(0.85, 0.95);
    case 'prep':
      return rng.range(0.55, 1);
    case 'never':
      return rng.range(0.1, 0.35);
    case 'over':
      return 1;
  }
}

/** Lag against time (points) that the calibration aims the portfolio at, per year. */
const TARGET_LAG = -6;

interface YearInput {
  year: number;
  special: Map<string, YearClass>;
  order: string[];
  done: Map<string, number>;
  trouble: Plan;
}

/**
 * One year of every project. `bias` scales how far the laggards fall behind; the
 * calibration in simulate() picks it so the portfolio lands near TARGET_LAG.
 */
function simulateYear(projects: SampleProject[], h: Horizon, input: YearInput, pressure: number, rng: Rng): Map<string, ProjectYear> {
  const { year, special, order, done, trouble } = input;
  const classes = assignClasses(order, Math.min(1, pressure));
  for (const [id, cls] of special) classes.set(id, cls);
  // Past full pressure, the laggards fall further behind.
  const bias = pressure > 1 ? 1 - 0.5 * (pressure - 1) : 1;
  const jan = januaryOf(year);
  const dec = decemberOf(year);
  const out = new Map<string, ProjectYear>();
  for (const p of projects) {
    const cls = classes.get(p.id);
    if (!cls) continue;
    const r = rng.fork(`year:${p.id}:${year}`);
    const before = done.get(p.id) ?? 0;
    const remaining = p.total - before;
    let plan: number;
    let spanFrom: Month;
    let spanTo: Month;
    if (cls === 'prep' || cls === 'never') {
      // Preparatory work (design, surveys, approvals) has a small budget of its own.
      plan = Math.max(50, Math.round((p.total * r.range(0.01, 0.03)) / 10) * 10);
      spanFrom = jan;
      spanTo = dec;
    } else {
      spanFrom = Math.max(p.start, jan);
      spanTo = Math.min(p.completion, dec);
      plan = cls === 'completing' ? remaining : Math.round((remaining * seasonalWeight(spanFrom, spanTo)) / seasonalWeight(spanFrom, p.completion));
      plan = Math.max(1, Math.min(plan, remaining));
    }
    const stall = cls === 'stalled' ? (trouble.stalledNow.get(p.id) ?? trouble.stalledPast.get(p.id)) : undefined;

    // Cumulative share of the year's work at the end of each month, with jitter.
    const shares: number[] = [];
    let sum = 0;
    for (let m = spanFrom; m <= spanTo; m++) {
      sum += season(m) * r.range(0.7, 1.3);
      shares.push(sum);
    }
    const shareAt = (m: Month): number => {
      if (m < spanFrom) return 0;
      if (m >= spanTo) return 1;
      const share = (shares[m - spanFrom] ?? sum) / sum;
      // Ahead of plan: a bulge in mid-year, not in January.
      return cls === 'ahead' ? share + 0.35 * share * (1 - share) : share;
    };
    let factor = factorFor(cls, r);
    if (cls === 'lag' || cls === 'serious') factor = Math.min(0.95, factor * bias);
    if (cls === 'over') factor = r.range(1.06, 1.15) / Math.max(1e-6, shareAt(h.last)); // ends 6–15 % above plan
    const ytd: number[] = [];
    let cumulative = 0;
    for (let m = jan; m <= dec; m++) {
      const step = plan * factor * (shareAt(m) - shareAt(m - 1));
      if (!(stall && m >= stall.from && m <= stall.to)) cumulative += step;
      let value = Math.round(cumulative);
      if (cls !== 'over') value = Math.min(value, plan);
      value = Math.min(value, remaining - (p.completion > dec ? 1 : 0));
      ytd.push(value);
    }
    out.set(p.id, { year, cls, plan, before, ytd, ...(stall ? { stall } : {}) });
  }
  return out;
}

function completionAt(result: Map<string, ProjectYear>, m: Month): number {
  let plan = 0;
  let ytd = 0;
  for (const py of result.values()) {
    plan += py.plan;
    ytd += py.ytd[monthOf(m) - 1] ?? 0;
  }
  return plan > 0 ? ytd / plan : 0;
}

export function simulate(projects: SampleProject[], h: Horizon, rng: Rng): Simulation {
  const trouble = plantTrouble(projects, h, rng.fork('trouble'));
  const years = new Map<string, Map<number, ProjectYear>>();
  const done = new Map<string, number>(projects.map((p) => [p.id, p.doneBefore]));
  let previous = new Map<string, YearClass>();

  for (const year of h.years) {
    const dec = decemberOf(year);
    const special = new Map<string, YearClass>();
    for (const p of projects) {
      if (!onList(p, year)) continue;
      if (p.neverStarts) special.set(p.id, 'never');
      else if (p.start > dec) special.set(p.id, 'prep');
      else if (p.completion <= dec) special.set(p.id, 'completing');
      else if (year === h.lastYear && p.id === trouble.overPlanId) special.set(p.id, 'over');
      else if (trouble.stalledNow.has(p.id) && year === h.lastYear) special.set(p.id, 'stalled');
      else if (trouble.stalledPast.has(p.id) && yearOf(trouble.stalledPast.get(p.id)?.from ?? 0) === year) special.set(p.id, 'stalled');
    }
    const order = lagOrder(projects, year, previous, new Set(special.keys()), rng.fork(`classes:${year}`));

    // Calibrate: bisect the pressure until the portfolio's lag at the year's last
    // month in the data is near the target. Same draws every round (forked rngs).
    const input: YearInput = { year, special, order, done, trouble };
    const at = Math.min(h.last, dec);
    const target = monthOf(at) / 12 + TARGET_LAG / 100;
    let lo = 0;
    let hi = 1.8;
    let result = simulateYear(projects, h, input, lo, rng);
    if (completionAt(result, at) > target) {
      for (let i = 0; i < 10; i++) {
        const mid = (lo + hi) / 2;
        const trial = simulateYear(projects, h, input, mid, rng);
        if (completionAt(trial, at) > target) lo = mid;
        else hi = mid;
      }
      result = simulateYear(projects, h, input, hi, rng);
    }
    const classes = new Map([...result].map(([id, py]) => [id, py.cls]));

    for (const [id, py] of result) {
      let map = years.get(id);
      if (!map) years.set(id, (map = new Map()));
      map.set(year, py);
      done.set(id, py.before + (py.ytd[11] ?? 0));
    }
    previous = classes;
  }
  return {
    years,
    overPlanId: trouble.overPlanId,
    stalledNow: [...trouble.stalledNow.keys()].sort(),
    stalledPast: [...trouble.stalledPast.keys()].sort(),
  };
}

/** The numbers of one project at the end of month m, if it is on that year's list. */
export function stateAt(sim: Simulation, p: SampleProject, m: Month): { plan: number; ytd: number; total: number; year: ProjectYear } | undefined {
  const py = sim.years.get(p.id)?.get(yearOf(m));
  if (!py) return undefined;
  const ytd = py.ytd[monthOf(m) - 1] ?? 0;
  return { plan: py.plan, ytd, total: py.before + ytd, year: py };
}
