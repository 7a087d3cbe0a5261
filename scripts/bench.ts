// npm run bench [-- --projects 10000 --months 36 --regions 100 --runs 2 --keep]
// Generates a synthetic dataset with the sample-data script, then measures validation and
// the full build (pages, charts, downloads, search index), and, in the same run, a bare
// Astro site producing the same number of trivial pages. Prints figures; the last line
// holds the key figures as key=value pairs for scripts.
//
// The two builds are run --runs times each, alternating (portal, bare, then bare, portal …),
// each into a folder of its own, and the fastest of each counts (the highest memory peak
// does): on a shared machine one build can be a third slower than the next for reasons of
// its own, and the ratio of two single runs moves with both.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/core/load-dataset.ts';
import { readDataDir } from '../src/io/data-dir.ts';
import { collectGarbage } from '../src/integrations/memory.ts';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '10000' },
    months: { type: 'string', default: '36' },
    regions: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench-out' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.out!);
const dataDir = path.join(root, 'data');
const distDir = path.join(root, 'dist');
const bareDir = path.join(root, 'bare');
const node = process.execPath;
const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

// ---------------------------------------------------------------- data
let t0 = performance.now();
execFileSync(node, ['scripts/generate-sample.ts', '--plain', '--projects', values.projects!, '--months', values.months!, '--regions', values.regions!, '--out', dataDir], { stdio: 'ignore' });
const generateS = (performance.now() - t0) / 1000;
const files = await readDataDir(dataDir);
const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);

// ---------------------------------------------------------------- validation (in process, best of 5)
// Each load starts from a collected heap, as in a process of its own; the first is slower
// (the JIT is cold) and is printed too.

/**
 * One load, timed, and what it found counted. In a function so that nothing of the load
 * outlives it: a dataset left in a variable of the loop stays reachable while the next load
 * runs (300 MB more for the collector to go through), which made each load 15 % slower.
 */
function timedLoad(): { seconds: number; rows: number; errors: number } {
  const start = performance.now();
  const { dataset, diagnostics } = loadDataset(files);
  const seconds = (performance.now() - start) / 1000;
  const rows = dataset.projects.length + dataset.ledgers.reduce((n, l) => n + l.rows.length, 0) + dataset.indicators.length + dataset.tasks.length;
  return { seconds, rows, errors: diagnostics.filter((d) => d.severity === 'error').length };
}
let validateS = Infinity;
let firstValidateS = 0;
let rows = 0;
let errors = 0;
for (let i = 0; i < 5; i++) {
  collectGarbage();
  const load = timedLoad();
  if (i === 0) firstValidateS = load.seconds;
  validateS = Math.min(validateS, load.seconds);
  rows = load.rows;
  errors = load.errors;
}
if (errors > 0) throw new Error(`the generated data has ${errors} validation errors`);

// ---------------------------------------------------------------- a command's wall time and peak RSS of its whole process tree
interface Run {
  seconds: number;
  peakRssMb: number;
}

function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function measure(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(node, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakRssMb: peak / 1024 });
    });
  });
}

// ---------------------------------------------------------------- the portal's build
// Run from --out with the project as --root: Astro keeps its intermediate files (.prerender)
// inside the working directory when the output folder is outside it, so a build into /tmp
// would otherwise share ./.astro/.prerender with any other build running in the project.
// node_modules is linked so that those intermediate files find their packages.
symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
// A fresh output folder for every run: creating files right where many were just deleted is
// slower for a while on these machines, which would favour whichever build went first.
const portalBuild = (run: number) =>
  measure([astroBin, 'build', '--root', process.cwd(), '--outDir', run === 0 ? distDir : `${distDir}-${run}`], { DATA_DIR: dataDir }, root);

// ---------------------------------------------------------------- bare Astro, same page count
function writeBareSite(pageCount: number): void {
  mkdirSync(path.join(bareDir, 'src/pages'), { recursive: true });
  // The same Astro install as the portal's, wherever --out points.
  symlinkSync(path.resolve('node_modules'), path.join(bareDir, 'node_modules'), 'dir');
  writeFileSync(path.join(bareDir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static' });\n");
  writeFileSync(
    path.join(bareDir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pageCount} }, (_, i) => ({ params: { n: String(i) } })); }\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>页面 {n}</title></head><body><h1>页面 {n}</h1><p>一个简单的页面。</p></body></html>\n`,
  );
}
const bareBuild = (run: number) => measure([astroBin, 'build', '--outDir', path.join(bareDir, `dist-${run}`)], {}, bareDir);

function walk(dir: string): { file: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file, size: statSync(file).size };
    });
}

// ---------------------------------------------------------------- both, alternating
const runs = Math.max(1, Number(values.runs));
const builds: Run[] = [];
const bares: Run[] = [];
// The bare site needs the page count, so the portal goes first in the first round.
builds.push(await portalBuild(0));
const built = walk(distDir);
const pages = built.filter((f) => f.file.endsWith('.html'));
const pageSizes = pages.map((p) => p.size).sort((a, b) => a - b);
const quantile = (q: number) => pageSizes[Math.min(pageSizes.length - 1, Math.floor(q * pageSizes.length))] ?? 0;
const distMb = built.reduce((n, f) => n + f.size, 0) / 1024 / 1024;
const projectPages = pages.filter((p) => /[/\\]projects[/\\][^/\\]+[/\\]index\.html$/.test(p.file)).map((p) => p.size);
const projectPageMaxKb = Math.max(0, ...projectPages) / 1024;
writeBareSite(pages.length);
bares.push(await bareBuild(0));
for (let run = 1; run < runs; run++) {
  // Turn about: the build that went second goes first.
  if (run % 2 === 1) {
    bares.push(await bareBuild(run));
    builds.push(await portalBuild(run));
  } else {
    builds.push(await portalBuild(run));
    bares.push(await bareBuild(run));
  }
}
const best = (list: Run[]): Run => ({ seconds: Math.min(...list.map((r) => r.seconds)), peakRssMb: Math.max(...list.map((r) => r.peakRssMb)) });
const build = best(builds);
const bare = best(bares);

// ---------------------------------------------------------------- report
const cpu = os.cpus()[0]?.model ?? 'unknown';
const figures = {
  projects: Number(values.projects),
  months: Number(values.months),
  regions: Number(values.regions),
  data_mb: bytes / 1024 / 1024,
  rows,
  generate_s: generateS,
  validate_s: validateS,
  validate_mb_s: bytes / 1024 / 1024 / validateS,
  validate_rows_s: rows / validateS,
  build_s: build.seconds,
  pages: pages.length,
  ms_per_page: (build.seconds * 1000) / pages.length,
  peak_rss_mb: build.peakRssMb,
  dist_mb: distMb,
  page_kb_median: quantile(0.5) / 1024,
  page_kb_p95: quantile(0.95) / 1024,
  project_page_kb_max: projectPageMaxKb,
  bare_astro_s: bare.seconds,
  bare_astro_rss_mb: bare.peakRssMb,
  ratio_vs_bare_astro: build.seconds / bare.seconds,
};
const f1 = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
console.log(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`data: ${figures.projects} projects × ${figures.months} months, ${figures.regions} regions: ${f1(figures.data_mb)} MB, ${figures.rows} rows (generated in ${f1(generateS)} s)`);
console.log(`validation: ${f1(validateS)} s = ${f1(figures.validate_mb_s)} MB/s, ${f1(figures.validate_rows_s)} rows/s (best of 5 loads; the first, with a cold JIT: ${f1(firstValidateS)} s)`);
console.log(`build: ${f1(build.seconds)} s for ${pages.length} pages (${f1(figures.ms_per_page)} ms/page), peak RSS ${f1(build.peakRssMb)} MB, dist ${f1(distMb)} MB`);
console.log(`page size: median ${f1(figures.page_kb_median)} KB, p95 ${f1(figures.page_kb_p95)} KB, largest project page ${f1(projectPageMaxKb)} KB`);
console.log(`bare Astro, ${pages.length} trivial pages: ${f1(bare.seconds)} s (peak RSS ${f1(bare.peakRssMb)} MB); ratio ${f1(figures.ratio_vs_bare_astro)}×`);
const times = (list: Run[]) => list.map((r) => `${f1(r.seconds)} s`).join(', ');
console.log(`runs, in order (the fastest of each counts): build ${times(builds)}; bare ${times(bares)}`);
const keys = ['ratio_vs_bare_astro', 'build_s', 'bare_astro_s', 'peak_rss_mb', 'validate_mb_s', 'page_kb_p95', 'pages', 'validate_rows_s', 'ms_per_page', 'dist_mb'] as const;
console.log(keys.map((k) => `${k}=${f1(figures[k])}`).join(' '));

if (!values.keep) rmSync(root, { recursive: true, force: true });
