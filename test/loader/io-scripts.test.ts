// The effectful edge: reading a data folder, and `npm run validate` end to end.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDirFromEnv, readDataDir } from '../../src/io/data-dir.ts';
import { FIXTURES } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const temp = mkdtempSync(join(tmpdir(), 'luoshi-loader-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(dataDir: string, ...args: string[]) {
  return validateWith({}, dataDir, ...args);
}

function validateWith(extraEnv: Record<string, string>, dataDir: string, ...args: string[]) {
  const { SITE_URL: _s, BASE_PATH: _b, ...env } = process.env;
  return spawnSync(NODE, ['scripts/validate.ts', ...args], { cwd: ROOT, env: { ...env, DATA_DIR: dataDir, NO_COLOR: '1', ...extraEnv }, encoding: 'utf8' });
}

/** A data folder below the scratch folder with a projects.csv and one ledger month. */
function dataFolder(name: string, projects: string, ledger: string): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'ledger'), { recursive: true });
  writeFileSync(join(dir, 'projects.csv'), projects);
  writeFileSync(join(dir, 'ledger', '2025-08.csv'), ledger);
  return dir;
}

describe('readDataDir', () => {
  it('reads every file with relative, sorted, slash-separated paths, leaving dotfiles out', async () => {
    const dir = join(temp, 'data');
    mkdirSync(join(dir, 'ledger'), { recursive: true });
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'projects.csv'), 'a');
    writeFileSync(join(dir, 'ledger', '2025-08.csv'), 'b');
    writeFileSync(join(dir, 'ledger', '2025-07.csv'), 'c');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, '.git', 'HEAD'), 'x');
    const files = await readDataDir(dir + '/');
    expect([...files.keys()]).toEqual(['ledger/2025-07.csv', 'ledger/2025-08.csv', 'projects.csv']);
    expect(new TextDecoder().decode(files.get('ledger/2025-08.csv'))).toBe('b');
    await expect(readDataDir(join(temp, 'nowhere'))).rejects.toThrow();
  });

  it('takes the folder from DATA_DIR, else data', () => {
    expect(dataDirFromEnv({ DATA_DIR: 'x/y' })).toBe('x/y');
    expect(dataDirFromEnv({ DATA_DIR: ' ' })).toBe('data');
    expect(dataDirFromEnv({})).toBe('data');
  });
});

describe('npm run validate', () => {
  it('exits 0 on clean data, and --quiet prints one OK line', () => {
    const r = validate(join(FIXTURES, 'base'), '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('数据检查通过');
  });

  it('exits 1 on an error and prints the report; --json prints the diagnostics', () => {
    const dir = dataFolder('bad', '项目编号,项目名称\nP1,甲\n', '项目编号,年度计划投资\nP1,约3000\n');
    const r = validate(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ledger/2025-08.csv\n  错误 第2行 第2列 「年度计划投资」 值“约3000”');
    expect(r.stdout).toContain('共1个错误，0个警告 / 1 error, 0 warnings');
    const json = validate(dir, '--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([['type-error', 2]]);
  });

  it('warnings alone exit 0 but are printed, even with --quiet', () => {
    const dir = dataFolder('warn', '项目编号,项目名称,备注\nP1,甲,x\n', '项目编号\nP1\n');
    const r = validate(dir, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('extra');
    expect(r.stdout).toContain('0个错误，1个警告');
  });

  it('a missing folder is reported and exits 1', () => {
    const r = validate(join(temp, 'nowhere'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('找不到或无法读取数据文件夹');
  });
});

describe('npm run validate -- --format github', () => {
  it('prints workflow commands, appends the Chinese summary, exits 1 on an error', () => {
    const dir = dataFolder('gh', '项目编号,项目名称\nP1,甲\n', '项目编号,年度计划投资\nP1,约3000\n');
    const summary = join(temp, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = validateWith({ GITHUB_STEP_SUMMARY: summary }, dir, '--format', 'github');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error file=${dir}/ledger/2025-08.csv,line=2,col=2,title=数据检查 type-error::值“约3000”：`);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## ❌ 数据检查未通过')).toBe(true);
    expect(validate(dir, '--format', 'xml').status).toBe(2);
  });
});
