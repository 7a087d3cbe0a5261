// npm run deploy -- --to DIR [--from dist] [--keep N]     copy a finished build live
// npm run deploy -- --to DIR --rollback                    put the previous release back
//
// The effects of src/deploy/plan.ts: read the server folder, carry out the plan. A release is
// copied under a temporary name and renamed when complete; `current` is switched by making a
// new symlink and renaming it over the old one (rename is atomic), so nginx serves either the
// old release or the new one, never a mixture or nothing. Messages in Chinese and English.
import { cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_MARKER } from '../src/deploy/marker.ts';
import { isRefusal, parseDeployArgs, planDeploy, planRollback, type Action, type Plan, type ServerState } from '../src/deploy/plan.ts';

async function readState(to: string): Promise<ServerState> {
  const releasesDir = path.join(to, 'releases');
  const releases = (await readdir(releasesDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name);
  const link = await readlink(path.join(to, 'current')).catch(() => undefined);
  return { releases, current: link === undefined ? undefined : path.basename(link) };
}

async function apply(action: Action, to: string, from: string): Promise<void> {
  const target = path.join(to, 'releases', action.release);
  switch (action.kind) {
    case 'copy': {
      const partial = path.join(to, 'releases', `.${action.release}.partial`);
      await rm(partial, { recursive: true, force: true });
      await cp(from, partial, { recursive: true, verbatimSymlinks: true });
      await rename(partial, target);
      return;
    }
    case 'switch': {
      const current = path.join(to, 'current');
      const existing = await lstat(current).catch(() => undefined);
      if (existing && !existing.isSymbolicLink()) {
        throw new Error(`${current}已存在且不是符号链接，请先移走它。 / ${current} exists and is not a symlink; move it away first.`);
      }
      const next = path.join(to, `.current-${process.pid}`);
      await rm(next, { force: true });
      await symlink(path.join('releases', action.release), next); // relative: DIR can be moved
      await rename(next, current);
      return;
    }
    case 'remove':
      await rm(target, { recursive: true, force: true });
      return;
  }
}

function fail(zh: string, en: string): never {
  process.stderr.write(`部署失败：${zh}\nDeploy failed: ${en}\n`);
  process.exit(1);
}

const options = parseDeployArgs(process.argv.slice(2));
if (isRefusal(options)) fail(options.zh, options.en);
await mkdir(path.join(options.to, 'releases'), { recursive: true });
const state = await readState(options.to);
let plan: Plan;
if (options.rollback) plan = planRollback(state);
else {
  const marker = await readFile(path.join(options.from, BUILD_MARKER), 'utf8').catch(() => undefined);
  plan = planDeploy(state, marker, options.keep, new Date());
}
if ('refusal' in plan) fail(plan.refusal.zh, plan.refusal.en);
let switched = false;
try {
  for (const action of plan.actions) {
    await apply(action, options.to, options.from);
    switched ||= action.kind === 'switch';
  }
} catch (error) {
  if (switched) fail(`已切换到${plan.release}，但删除旧版本时出错：${String(error)}`, `switched to ${plan.release}, but removing an old release failed: ${String(error)}`);
  fail(`复制或切换时出错，current仍指向原来的版本：${String(error)}`, `copying or switching went wrong; current still points to the release it did before: ${String(error)}`);
}
const removed = plan.actions.filter((a) => a.kind === 'remove').length;
process.stdout.write(
  options.rollback
    ? `已回滚：current → releases/${plan.release}\nRolled back: current → releases/${plan.release}\n`
    : `已部署：current → releases/${plan.release}（删除旧版本${removed}个）\nDeployed: current → releases/${plan.release} (${removed} old release${removed === 1 ? '' : 's'} removed)\n`,
);
