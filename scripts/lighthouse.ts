// npm run lighthouse [-- --dist DIR] [--page /projects/SL-2025-001/ …] [--runs 1] [--json FILE]
// Lighthouse (mobile: the default emulated phone and simulated slow 4G) on a built site,
// served as a static host would (scripts/lib/serve.ts), in Debian's Chromium. Without
// --dist, builds data/ into a scratch folder first. Pages: the home page and the largest
// project page unless --page is given. Prints performance, accessibility, best practices
// and SEO per page (the median of --runs runs), then a key=value line.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveDir } from './lib/serve.ts';
import { chromiumPath, noChromiumReason } from './lib/chromium.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    page: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});

const chrome = chromiumPath();
if (!chrome) {
  console.error(noChromiumReason);
  process.exit(1);
}
const node = process.execPath;
const repo = process.cwd();

let dist = values.dist ? path.resolve(values.dist) : undefined;
let scratch: string | undefined;
if (!dist) {
  scratch = mkdtempSync(path.join(tmpdir(), 'luoshi-lighthouse-'));
  dist = path.join(scratch, 'dist');
  console.log(`building data/ into ${dist} …`);
  // cwd = the scratch folder, so Astro's intermediate files stay there too (see docs/performance.md);
  // node_modules linked so that they find their packages.
  symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  execFileSync(node, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', repo, '--outDir', dist], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATA_DIR: process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(repo, 'data') },
  });
}

/** The largest /projects/{id}/index.html: the heaviest project page is the one to check. */
function largestProjectPage(root: string): string | undefined {
  const dir = path.join(root, 'projects');
  let best: { id: string; size: number } | undefined;
  for (const id of readdirSync(dir)) {
    try {
      const size = statSync(path.join(dir, id, 'index.html')).size;
      if (!best || size > best.size) best = { id, size };
    } catch {
      // the directory page itself, or not a page
    }
  }
  return best && `/projects/${encodeURIComponent(best.id)}/`;
}

const pages = values.page?.length ? values.page : ['/', largestProjectPage(dist)].filter((p): p is string => !!p);
const runs = Math.max(1, Number(values.runs));
const lighthouse = path.join(repo, 'node_modules/lighthouse/cli/index.js');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number>;

interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; scoreDisplayMode: string }>;
}

const run = promisify(execFile);
const server = await serveDir(dist);
const results: { page: string; scores: Scores; failing: string[] }[] = [];
try {
  for (const page of pages) {
    const all: { scores: Scores; failing: string[] }[] = [];
    for (let i = 0; i < runs; i++) {
      // Asynchronously: the static server runs in this process and must keep answering.
      const { stdout: out } = await run(
        node,
        [
          lighthouse,
          server.origin + page,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--only-categories=${categories.join(',')}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      );
      const lhr = JSON.parse(out) as LighthouseResult;
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
      // Audits that count towards a score (weight > 0) and scored below 0.9.
      const weighted = new Set(categories.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
      const failing = Object.entries(lhr.audits)
        .filter(([id, a]) => weighted.has(id) && a.score !== null && a.score < 0.9)
        .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      all.push({ scores, failing });
    }
    const median = (c: (typeof categories)[number]) => all.map((r) => r.scores[c]).sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0;
    const scores = Object.fromEntries(categories.map((c) => [c, median(c)])) as Scores;
    results.push({ page, scores, failing: [...new Set(all.flatMap((r) => r.failing))] });
  }
} finally {
  await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

console.log(`Lighthouse (mobile, simulated throttling), median of ${runs} run(s):`);
for (const r of results) {
  console.log(`${r.page}: performance ${r.scores.performance}, accessibility ${r.scores.accessibility}, best practices ${r.scores['best-practices']}, SEO ${r.scores.seo}`);
  if (r.failing.length) console.log(`  below 90: ${r.failing.join(', ')}`);
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
const key = (page: string) => (page === '/' ? 'home' : 'project');
console.log(results.flatMap((r) => categories.map((c) => `${key(r.page)}_${c.replace('-', '_')}=${r.scores[c]}`)).join(' '));
