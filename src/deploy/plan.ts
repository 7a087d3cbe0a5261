// `npm run deploy`, the decisions: which release to copy, where `current` points, what to
// prune, whether to refuse. Pure — the state of the server folder comes in as values and a
// list of actions goes out; scripts/deploy.ts reads the folder and carries them out.
//
// Layout on the server (nginx serves DIR/current, deploy/nginx.conf):
//   DIR/releases/20261204T163412345Z-3f2a9c1b/   one finished build each, never changed once copied
//   DIR/current -> releases/20261204T163412345Z-3f2a9c1b   switched by renaming a new link over it
import { parseMarker } from './marker.ts';

export const DEFAULT_KEEP = 5;

export interface DeployOptions {
  /** The server folder holding releases/ and current. */
  to: string;
  /** The finished build to copy (default dist). */
  from: string;
  keep: number;
  rollback: boolean;
}

/** What the folder holds now: release names (any order) and the one `current` points to. */
export interface ServerState {
  releases: readonly string[];
  current: string | undefined;
}

export type Action =
  | { kind: 'copy'; release: string }
  | { kind: 'switch'; release: string }
  | { kind: 'remove'; release: string };

/** A refusal, in Chinese with English alongside; the script prints it and exits 1. */
export interface Refusal {
  zh: string;
  en: string;
}

export type Plan = { actions: Action[]; release: string } | { refusal: Refusal };

const USAGE_EN = 'Usage: npm run deploy -- --to DIR [--from dist] [--keep N] | --to DIR --rollback';

/** Command-line arguments → options, or a refusal that says what is wrong. */
export function parseDeployArgs(args: readonly string[]): DeployOptions | Refusal {
  const options: Partial<DeployOptions> = { from: 'dist', keep: DEFAULT_KEEP, rollback: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '--rollback') options.rollback = true;
    else if (arg === '--to' || arg === '--from') {
      const v = value();
      if (!v || v.startsWith('--')) return { zh: `参数${arg}后面要写一个文件夹。`, en: `${arg} needs a folder. ${USAGE_EN}` };
      options[arg === '--to' ? 'to' : 'from'] = v;
    } else if (arg === '--keep') {
      const v = value();
      if (!v || !/^[1-9]\d*$/.test(v)) return { zh: `--keep后面要写保留的版本数（正整数），而不是“${v ?? ''}”。`, en: `--keep needs a whole number of releases to keep (1 or more), not "${v ?? ''}". ${USAGE_EN}` };
      options.keep = Number(v);
    } else return { zh: `不认识的参数“${arg}”。用法：npm run deploy -- --to 目录 [--keep 保留数] 或 --to 目录 --rollback`, en: `Unknown argument "${arg}". ${USAGE_EN}` };
  }
  if (!options.to) return { zh: '请用--to指定服务器上的网站目录，如 npm run deploy -- --to /srv/luoshi', en: `Say where to deploy with --to, e.g. npm run deploy -- --to /srv/luoshi. ${USAGE_EN}` };
  return options as DeployOptions;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

/**
 * A release name: the deploy time (UTC to the millisecond, sortable) and the first 8 hex digits of the data hash,
 * so `ls releases/` reads as a history and says which data each one holds. A second deploy in
 * the same millisecond gets a suffix.
 */
export function releaseName(now: Date, dataHash: string, existing: readonly string[]): string {
  // Milliseconds too: two deploys in one second must still sort in the order they were made.
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const base = `${stamp}-${dataHash.slice(0, 8)}`;
  let name = base;
  for (let n = 2; existing.includes(name); n++) name = `${base}-${n}`;
  return name;
}

/** Names sort in deploy order (they start with the UTC time). */
function sorted(releases: readonly string[]): string[] {
  return [...releases].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Deploying a build: refuse it unless its completion marker is there and well-formed; else
 * copy it as a new release, switch `current` to it, and remove the oldest releases beyond
 * `keep` (never the one `current` pointed to before, which a rollback returns to).
 */
export function planDeploy(state: ServerState, markerText: string | undefined, keep: number, now: Date): Plan {
  const marker = parseMarker(markerText);
  if (!marker) {
    return {
      refusal: {
        zh: markerText === undefined
          ? '这个构建没有完成：找不到构建完成标记build-complete.json（构建成功时最后一步才写它）。网站没有改动。请先运行npm run build，看到构建成功后再部署。'
          : '构建完成标记build-complete.json的内容不对（可能被截断或改动过）。网站没有改动。请重新运行npm run build。',
        en: markerText === undefined
          ? 'This build did not finish: its completion marker build-complete.json is missing (a successful build writes it as its very last step). The live site is unchanged. Run npm run build and deploy once it succeeds.'
          : 'The completion marker build-complete.json is malformed (truncated or edited?). The live site is unchanged. Run npm run build again.',
      },
    };
  }
  const release = releaseName(now, marker.data, state.releases);
  const after = sorted([...state.releases, release]);
  const protect = new Set([release, state.current]);
  const excess = after.length - keep;
  const removals = after.filter((r, i) => i < excess && !protect.has(r));
  return {
    release,
    actions: [
      { kind: 'copy', release },
      { kind: 'switch', release },
      ...removals.map((r): Action => ({ kind: 'remove', release: r })),
    ],
  };
}

/** Rolling back: `current` goes to the release before the one it points to; nothing is removed. */
export function planRollback(state: ServerState): Plan {
  const list = sorted(state.releases);
  if (state.current === undefined || !list.includes(state.current)) {
    return { refusal: { zh: '无法回滚：current没有指向releases/中的任何版本。', en: 'Cannot roll back: current does not point to a release in releases/.' } };
  }
  const index = list.indexOf(state.current);
  if (index === 0) {
    return { refusal: { zh: `无法回滚：当前版本${state.current}已是保留的最早版本。`, en: `Cannot roll back: the current release ${state.current} is the oldest one kept.` } };
  }
  const release = list[index - 1]!;
  return { release, actions: [{ kind: 'switch', release }] };
}
