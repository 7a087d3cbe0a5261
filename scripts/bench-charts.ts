// How fast can we draw charts? Renders the same batch of charts — mostly per-project
// progress charts, as a 10,000-project build would — into the minimal DOM, linkedom and
// jsdom, and prints charts per second for each.
//
//   node scripts/bench-charts.ts [charts per round, default 600] [rounds, default 5]

import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import * as C from '../src/core/charts/index.ts';
import type { Chart, DocumentLike, RenderOptions } from '../src/core/charts/index.ts';
import { createMiniDocument } from '../src/core/charts/dom.ts';

const count = Number(process.argv[2] ?? 600);
const labels = C.chartLabels('zh-CN');

// Deterministic pseudo-random numbers (no Math.random: runs are comparable).
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

type Job = (options: RenderOptions) => Chart;
const jobs: Job[] = [];
for (let i = 0; i < count; i++) {
  const id = `P${String(i).padStart(5, '0')}`;
  const plan = Math.round(1000 + rand() * 50000);
  const months = Array.from({ length: 8 }, (_, m) => ({ period: `2025-${String(m + 1).padStart(2, '0')}`, completedYtd: Math.round(plan * ((m + 1) / 12) * (0.4 + rand())) }));
  if (i % 10 < 7) {
    jobs.push((o) => C.projectProgress({ id: `${id}-progress`, title: `项目${id}`, year: 2025, yearPlan: plan, months }, labels, o));
  } else if (i % 10 < 9) {
    const groups = Array.from({ length: 12 }, (_, g) => ({ name: `第${g + 1}乡镇（街道）示例名称`, yearPlan: 1000 + rand() * 9000, completed: rand() * 8000 }));
    jobs.push((o) => C.groupComparison({ id: `${id}-groups`, title: '各乡镇完成率', timeProgress: 8 / 12, groups }, labels, o));
  } else {
    const points = months.map((m) => ({ period: m.period, value: rand() * 10 - 2 }));
    jobs.push((o) => C.indicatorSeries({ id: `${id}-series`, title: '增速', indicator: '固定资产投资', measure: 'growth', points, targets: [{ year: 2026, value: 7.5 }] }, labels, o));
  }
}

// One document per run for jsdom and linkedom (what a build would reuse); the minimal DOM
// makes a fresh one per chart, since it costs nothing.
const doms: Record<string, () => DocumentLike> = {
  minimal: createMiniDocument,
  linkedom: (() => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    return () => document as unknown as DocumentLike;
  })(),
  jsdom: (() => {
    const { document } = new JSDOM('').window;
    return () => document as unknown as DocumentLike;
  })(),
};

function run(createDocument: () => DocumentLike, n: number): { seconds: number; bytes: number } {
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) bytes += (jobs[i % jobs.length] as Job)({ createDocument }).svg.length;
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, bytes };
}

const rounds = Number(process.argv[3] ?? 5);
console.log(`Rendering ${count} charts per DOM per round, ${rounds} interleaved rounds (70% project progress, 20% 12-group comparison, 10% indicator series); Node ${process.version}.`);
for (const createDocument of Object.values(doms)) run(createDocument, Math.min(100, count)); // warm up the JIT
const times: Record<string, number[]> = Object.fromEntries(Object.keys(doms).map((k) => [k, []]));
let bytes = 0;
for (let r = 0; r < rounds; r++) {
  for (const [name, createDocument] of Object.entries(doms)) {
    const result = run(createDocument, count);
    times[name]?.push(result.seconds);
    bytes = result.bytes;
  }
}
// Best round: the machine may be busy with other work; the fastest round is the least disturbed.
const rate: Record<string, number> = {};
for (const [name, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  const best = sorted[0] ?? NaN;
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  rate[name] = count / best;
  console.log(`${name.padEnd(9)} ${(count / best).toFixed(0).padStart(6)} charts/s best, ${(count / median).toFixed(0).padStart(6)} median`);
}
const mini = rate.minimal ?? 0;
console.log(`${(bytes / count / 1024).toFixed(1)} KiB of SVG per chart. Minimal DOM: ${(mini / (rate.linkedom ?? 1)).toFixed(1)}× linkedom, ${(mini / (rate.jsdom ?? 1)).toFixed(1)}× jsdom; 10,000 charts ≈ ${(10000 / mini).toFixed(1)} s on one core.`);
