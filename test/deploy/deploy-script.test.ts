// `npm run deploy` end to end on a scratch folder, with small fake builds: releases copied,
// `current` switched by a symlink, old releases pruned, a rollback, an unfinished build refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, markerText } from '../../src/deploy/marker.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const temp = mkdtempSync(join(tmpdir(), 'luoshi-deploy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(name: string, finished = true): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<p>${name}</p>`);
  writeFileSync(join(dir, 'sub', 'index.html'), name);
  if (finished) writeFileSync(join(dir, BUILD_MARKER), markerText({ generator: 'luoshi', data: name.padEnd(64, '0').replace(/[^0-9a-f]/g, 'f') }));
  return dir;
}

function deploy(...args: string[]) {
  return spawnSync(NODE, ['scripts/deploy.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run deploy', () => {
  const site = join(temp, 'srv');
  const live = () => readFileSync(join(site, 'current', 'index.html'), 'utf8');

  it('deploys, switches, keeps the last N, rolls back', () => {
    const first = deploy('--to', site, '--from', build('a1'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('已部署');
    expect(live()).toBe('<p>a1</p>');
    expect(readlinkSync(join(site, 'current'))).toMatch(/^releases\/\d{8}T\d{9}Z-a1/);

    // Data hashes in falling order: releases must still sort by deploy time.
    for (const n of ['d4', 'c3', 'b2']) expect(deploy('--to', site, '--from', build(n), '--keep', '2').status).toBe(0);
    expect(live()).toBe('<p>b2</p>');
    expect(readdirSync(join(site, 'releases'))).toHaveLength(2);

    const back = deploy('--to', site, '--rollback');
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toContain('已回滚');
    expect(live()).toBe('<p>c3</p>');
    // Nothing earlier is kept: a second rollback is refused and changes nothing.
    const again = deploy('--to', site, '--rollback');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('无法回滚');
    expect(live()).toBe('<p>c3</p>');
    expect(readdirSync(site).sort()).toEqual(['current', 'releases']);
  });

  it('refuses a build that did not finish and leaves the live site alone', () => {
    const before = readlinkSync(join(site, 'current'));
    const r = deploy('--to', site, '--from', build('unfinished', false));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('部署失败：这个构建没有完成');
    expect(r.stderr).toContain('Deploy failed: This build did not finish');
    expect(readlinkSync(join(site, 'current'))).toBe(before);
    expect(readdirSync(join(site, 'releases')).some((n) => n.includes('unfin'))).toBe(false);
  });

  it('refuses to replace a real folder named current', () => {
    const other = join(temp, 'plain');
    mkdirSync(join(other, 'current'), { recursive: true });
    const r = deploy('--to', other, '--from', build('e5'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('不是符号链接');
    expect(existsSync(join(other, 'current'))).toBe(true);
  });
});
