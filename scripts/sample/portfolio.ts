// Who the projects are and how their lives run: which template, where, who answers
// for them, how much they cost, when they start and finish. The monthly numbers are
// simulated from this in simulate.ts; the files are written from both.
import type { Rng } from './prng.ts';
import { type Month, januaryOf, yearOf, decemberOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { TEMPLATES, MUST_HAVE, TOWN_UNIT, templateByKey, type ProjectTemplate, type WorkKind, type NameContext } from './catalogue.ts';
import { TOWNSHIPS, RURAL_TOWNSHIPS, URBAN_TOWNSHIPS, PARK_TOWNSHIPS, RIVERS, OFFICIALS, BRANDS } from './places.ts';
import { programSpecs } from './programs.ts';

/** A month that never comes: for projects that never start, finish or operate. */
export const NEVER: Month = Number.MAX_SAFE_INTEGER;

export type NatureLabel = '续建' | '新开工' | '前期';

export interface SampleProject {
  id: string;
  name: string;
  templateKey: string;
  program: string;
  programIndex: number;
  category: string;
  kind: WorkKind;
  township: string;
  owner: string;
  /** Owned by a private company (their problems and measures read differently). */
  privateOwner: boolean;
  leadOfficial: string;
  responsibleUnit: string;
  /** Total investment, 万元, whole numbers. */
  total: number;
  description: string;
  lat?: number;
  lon?: number;
  /** Obviously fake, and private: proves the loader drops it. */
  phone: string;
  /** First year on the key-project list. */
  entryYear: number;
  /** Last year on the list inside the horizon: the year it completes, or the latest year. */
  lastYear: number;
  /** Month construction starts (NEVER for a project that never starts). */
  start: Month;
  /** Month of completion (竣工), possibly beyond the horizon. */
  completion: Month;
  /** Month it goes into operation (投产), or NEVER. */
  operation: Month;
  plannedStart: Month;
  plannedCompletion: Month;
  /** Investment completed before January of the entry year, 万元. */
  doneBefore: number;
  nature: NatureLabel;
  neverStarts: boolean;
}

export const onList = (p: SampleProject, year: number): boolean => p.entryYear <= year && year <= p.lastYear;

interface Instance {
  /** Stays on the list to the end of the horizon (the 䶮 project, for GB18030 files). */
  longLived: boolean;
  template: ProjectTemplate;
  context: NameContext;
  name: string;
}

const PHASES = ['（二期）', '（三期）', '（四期）', '（五期）'];

function townsFor(t: ProjectTemplate): readonly string[] {
  if (typeof t.towns === 'object') return [t.towns.fixed];
  if (t.towns === 'rural') return RURAL_TOWNSHIPS;
  if (t.towns === 'urban') return URBAN_TOWNSHIPS;
  if (t.towns === 'park') return PARK_TOWNSHIPS;
  return TOWNSHIPS.map((x) => x.name);
}

/** Picks `count` project instances: the must-haves, each template once, then more towns, then later phases. */
function chooseInstances(count: number, rng: Rng): Instance[] {
  const out: Instance[] = [];
  const names = new Set<string>();
  const suffixes = new Map<string, number>();
  const townsUsed = new Map<string, Set<string>>();
  const brands = rng.shuffle(BRANDS);
  let brandIndex = 0;

  const add = (t: ProjectTemplate, town: string, longLived = false): void => {
    const r = rng.fork(`instance:${out.length}`);
    const others = RURAL_TOWNSHIPS.filter((x) => x !== town);
    const context: NameContext = {
      town,
      town2: r.pick(others),
      river: r.pick(RIVERS),
      brand: brands[brandIndex++ % brands.length] ?? '恒达',
      rng: r,
    };
    let name = t.name(context);
    if (names.has(name)) {
      // Later phases of the same works; past the fifth, numbered sections. The counter
      // per base name keeps big benchmark samples linear.
      const base = name;
      let k = suffixes.get(base) ?? 0;
      do {
        name = k < PHASES.length ? `${base}${PHASES[k]}` : `${base}（第${k - PHASES.length + 1}标段）`;
        k++;
      } while (names.has(name));
      suffixes.set(base, k);
    }
    names.add(name);
    let used = townsUsed.get(t.key);
    if (!used) townsUsed.set(t.key, (used = new Set()));
    used.add(town);
    out.push({ longLived, template: t, context, name });
  };

  const freeTown = (t: ProjectTemplate): string | undefined => {
    const used = townsUsed.get(t.key);
    return rng.shuffle(townsFor(t)).find((town) => !used?.has(town));
  };

  for (const must of MUST_HAVE) {
    if (out.length >= count) break;
    const t = templateByKey(must.key);
    add(t, must.town ?? townsFor(t)[0] ?? '城关镇', must.longLived ?? false);
  }
  const order = rng.shuffle(TEMPLATES);
  for (const t of order) {
    if (out.length >= count) break;
    if (townsUsed.has(t.key)) continue;
    add(t, freeTown(t) ?? townsFor(t)[0] ?? '城关镇');
  }
  // More townships for the templates that can repeat; then, for big benchmark
  // samples, later phases of anything.
  while (out.length < count) {
    let added = 0;
    for (const t of order) {
      if (out.length >= count) break;
      if (!t.multi) continue;
      const town = freeTown(t);
      if (town === undefined) continue;
      add(t, town);
      added++;
    }
    if (added > 0) continue;
    for (const t of order) {
      if (out.length >= count) break;
      add(t, rng.pick(townsFor(t)));
    }
  }
  return out;
}

interface Lifecycle {
  start: Month;
  completion: Month;
  doneBefore: number;
  neverStarts: boolean;
}

function lifecycleFor(t: ProjectTemplate, total: number, entryYear: number, h: Horizon, rng: Rng, role: 'normal' | 'never' | 'long'): Lifecycle {
  const jan = januaryOf(entryYear);
  const duration = rng.int(t.months[0], t.months[1]);
  if (role === 'never') return { start: NEVER, completion: NEVER, doneBefore: 0, neverStarts: true };
  const firstYear = entryYear === h.firstYear;
  const shape = role === 'long' ? 'continuing' : firstYear ? rng.weighted([['continuing', 45], ['new', 37], ['prep', 18]] as const) : rng.weighted([['new', 75], ['prep', 25]] as const);
  // Many projects are scheduled to finish by the year's end (年底前竣工).
  const yearEnd = (completion: Month): Month => {
    const target = decemberOf(yearOf(completion)) - rng.int(0, 2);
    return rng.chance(0.55) && target > completion && target - completion <= 4 ? target : completion;
  };
  if (shape === 'continuing') {
    const elapsed = rng.int(2, Math.max(2, Math.min(Math.floor((duration - 2) * 0.7), 30)));
    const start = jan - elapsed;
    let completion = start + duration - 1;
    if (completion < jan + 1) completion = jan + rng.int(1, 5);
    completion = yearEnd(completion);
    if (role === 'long') completion = Math.max(completion, h.last + rng.int(3, 9));
    const share = Math.min(0.85, elapsed / (completion - start + 1));
    const doneBefore = Math.round(total * share * rng.range(0.75, 0.95));
    return { start, completion, doneBefore, neverStarts: false };
  }
  if (shape === 'new') {
    const start = jan + rng.weighted([[1, 2], [2, 5], [3, 5], [4, 4], [5, 3], [6, 2], [7, 2], [8, 2], [9, 2], [10, 1]] as const);
    return { start, completion: yearEnd(start + duration - 1), doneBefore: 0, neverStarts: false };
  }
  const start = januaryOf(entryYear + 1) + rng.int(0, 8);
  return { start, completion: yearEnd(start + duration - 1), doneBefore: 0, neverStarts: false };
}

function natureIn(year: number, start: Month): NatureLabel {
  if (start < januaryOf(year)) return '续建';
  if (start <= decemberOf(year)) return '新开工';
  return '前期';
}

export interface PortfolioOptions {
  projects: number;
  programs: number;
}

export function buildPortfolio(opts: PortfolioOptions, h: Horizon, rng: Rng): SampleProject[] {
  const instances = chooseInstances(opts.projects, rng.fork('instances'));
  const programs = programSpecs(opts.programs);
  const n = instances.length;

  // Most projects are on the first year's list; the rest join in later years.
  const laterYears = h.years.slice(1);
  const firstYearCount = laterYears.length === 0 ? n : Math.round(n * 0.8);
  const entryRng = rng.fork('entry');
  const mustHave = Math.min(MUST_HAVE.length, n);
  const laterSlots = entryRng.shuffle(Array.from({ length: n - mustHave }, (_, i) => i + mustHave)).slice(0, n - firstYearCount);
  const entryYears = new Array<number>(n).fill(h.firstYear);
  laterSlots.forEach((index, k) => {
    entryYears[index] = laterYears[k % laterYears.length] ?? h.firstYear;
  });

  // A couple of big preparatory projects never get going (资金、用地 never settle).
  const neverCount = Math.max(1, Math.round(n / 40));
  const neverRng = rng.fork('never');
  const neverCandidates = neverRng
    .shuffle(Array.from({ length: n }, (_, i) => i).filter((i) => i >= mustHave && entryYears[i] === h.firstYear))
    .sort((a, b) => (instances[b]?.template.total[1] ?? 0) - (instances[a]?.template.total[1] ?? 0))
    .slice(0, neverCount * 3);
  const never = new Set(neverRng.shuffle(neverCandidates).slice(0, neverCount));

  type Draft = Omit<SampleProject, 'id' | 'phone'> & { order: number };
  const drafts: Draft[] = instances.map((inst, i) => {
    const r = rng.fork(`project:${i}`);
    const t = inst.template;
    const c = inst.context;
    const total = Math.round(r.range(t.total[0], t.total[1]) / 10) * 10;
    const entryYear = entryYears[i] ?? h.firstYear;
    // The 䶮 project stays on the list to the end, so every GB18030 ledger carries it.
    const role = never.has(i) ? 'never' : inst.longLived ? 'long' : 'normal';
    const life = lifecycleFor(t, total, entryYear, h, r, role);
    const lastYear = life.completion === NEVER ? h.lastYear : Math.min(h.lastYear, yearOf(life.completion));
    const operation = t.operates && life.completion !== NEVER ? life.completion + r.int(1, 3) : NEVER;
    let plannedStart: Month;
    let plannedCompletion: Month;
    if (life.neverStarts) {
      plannedStart = januaryOf(h.firstYear) + r.int(3, 8);
      plannedCompletion = plannedStart + r.int(t.months[0], t.months[1]) - 1;
    } else {
      plannedStart = life.start - (life.start >= januaryOf(entryYear) && r.chance(0.3) ? r.int(1, 2) : 0);
      plannedCompletion = life.completion - (r.chance(0.25) ? r.int(1, 4) : 0);
    }
    const programIndex = opts.programs <= 6 ? t.program % opts.programs : r.chance(6 / opts.programs) ? t.program : 6 + r.int(0, opts.programs - 7);
    const program = programs[programIndex]?.name ?? '';
    const programLead = OFFICIALS[programIndex % OFFICIALS.length] ?? OFFICIALS[0];
    const township = c.town;
    const coords = r.chance(0.5) ? TOWNSHIPS.find((x) => x.name === township) : undefined;
    const owner = typeof t.owner === 'string' ? t.owner : t.owner(c);
    return {
      order: i,
      name: inst.name,
      templateKey: t.key,
      program,
      programIndex,
      category: t.category,
      kind: t.kind,
      township,
      owner,
      privateOwner: typeof t.owner !== 'string' && !owner.endsWith('人民政府') && !owner.endsWith('卫生院'),
      leadOfficial: r.chance(0.45) ? programLead : r.pick(OFFICIALS),
      responsibleUnit: t.unit === TOWN_UNIT ? township : t.unit,
      total,
      description: t.describe(c),
      ...(coords ? { lat: Math.round((coords.lat + r.range(-0.018, 0.018)) * 1e4) / 1e4, lon: Math.round((coords.lon + r.range(-0.018, 0.018)) * 1e4) / 1e4 } : {}),
      entryYear,
      lastYear,
      start: life.start,
      completion: life.completion,
      operation,
      plannedStart,
      plannedCompletion,
      doneBefore: life.doneBefore,
      nature: natureIn(lastYear, life.start),
      neverStarts: life.neverStarts,
    };
  });

  // Ids number the projects of each entry year in list order: by program, then as drawn.
  const idRng = rng.fork('ids');
  const tiebreak = drafts.map(() => idRng.next());
  const byYear = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = byYear.get(d.entryYear) ?? [];
    list.push(d);
    byYear.set(d.entryYear, list);
  }
  const projects: SampleProject[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const list = (byYear.get(year) ?? []).sort((a, b) => a.programIndex - b.programIndex || (tiebreak[a.order] ?? 0) - (tiebreak[b.order] ?? 0));
    const width = Math.max(3, String(list.length).length);
    list.forEach((d, k) => {
      const { order: _order, ...rest } = d;
      projects.push({ ...rest, id: `SL-${year}-${String(k + 1).padStart(width, '0')}`, phone: '' });
    });
  }
  projects.forEach((p, i) => {
    p.phone = `1380000${String((i + 1) % 10000).padStart(4, '0')}`;
  });
  return projects;
}
