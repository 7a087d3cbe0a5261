// Command-line options of `npm run sample`, with the defaults that produce the
// committed sample in data/.
import { parseArgs } from 'node:util';

export interface SampleOptions {
  seed: number;
  /** Projects in projects.csv (all years together). */
  projects: number;
  /** Programs (工程). */
  programs: number;
  /** First ledger month, 'YYYY-MM'. */
  start: string;
  /** Number of monthly ledgers. */
  months: number;
  /** Peer counties compared in indicators.csv. */
  peers: number;
  /** When set, the number of regions in indicators.csv (own county included); overrides peers. */
  regions?: number;
  /** Benchmark mode: every file UTF-8 with canonical headers, no Excel quirks. */
  plain: boolean;
}

export const DEFAULT_OPTIONS: Readonly<SampleOptions> = {
  seed: 20261031,
  projects: 80,
  programs: 6,
  start: '2025-01',
  months: 22,
  peers: 5,
  plain: false,
};

export const USAGE = `Usage: npm run sample -- [options]

Writes a fictional, deterministic sample data folder (示例县).

  --out DIR        output folder (default: data)
  --seed N         seed of the pseudo-random generator (default ${DEFAULT_OPTIONS.seed})
  --projects N     projects in projects.csv (default ${DEFAULT_OPTIONS.projects})
  --programs N     programs, 工程 (default ${DEFAULT_OPTIONS.programs})
  --start YYYY-MM  first ledger month (default ${DEFAULT_OPTIONS.start})
  --months N       number of monthly ledgers (default ${DEFAULT_OPTIONS.months})
  --peers N        peer counties in indicators.csv (default ${DEFAULT_OPTIONS.peers})
  --regions N      regions in indicators.csv, own county included (overrides --peers)
  --plain          UTF-8, canonical headers, no Excel quirks (for benchmarks)
  --help           show this help
`;

function positiveInt(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} expects a whole number, got "${text}"`);
  const n = Number(text);
  if (n < min || n > max) throw new Error(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

export interface Cli {
  out: string;
  options: SampleOptions;
  help: boolean;
}

export function parseCli(argv: string[]): Cli {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      projects: { type: 'string' },
      programs: { type: 'string' },
      start: { type: 'string' },
      months: { type: 'string' },
      peers: { type: 'string' },
      regions: { type: 'string' },
      plain: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const start = values.start ?? DEFAULT_OPTIONS.start;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(start)) throw new Error(`--start expects YYYY-MM, got "${start}"`);
  const options: SampleOptions = {
    seed: positiveInt('seed', values.seed, 0, 2 ** 32 - 1) ?? DEFAULT_OPTIONS.seed,
    projects: positiveInt('projects', values.projects, 10, 1_000_000) ?? DEFAULT_OPTIONS.projects,
    programs: positiveInt('programs', values.programs, 1, 100) ?? DEFAULT_OPTIONS.programs,
    start,
    months: positiveInt('months', values.months, 1, 240) ?? DEFAULT_OPTIONS.months,
    peers: positiveInt('peers', values.peers, 0, 10_000) ?? DEFAULT_OPTIONS.peers,
    plain: values.plain ?? false,
  };
  const regions = positiveInt('regions', values.regions, 1, 10_000);
  if (regions !== undefined) options.regions = regions;
  return { out: values.out ?? 'data', options, help: values.help ?? false };
}
