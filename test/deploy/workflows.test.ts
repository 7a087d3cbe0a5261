// The CI files: every GitHub workflow checked by GitHub's own workflow parser and schema
// (@actions/workflow-parser: SchemaStore's github-workflow JSON schema is not on npm as JSON;
// its package @schemastore/github-workflow has TypeScript types only); the deploy workflow's
// decision "did anything outside data/ change" run on a scratch git repository; the GitLab
// pipeline's shape.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();

function problems(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

describe('GitHub workflows', () => {
  it('there are the deploy and the data pull-request workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['data-pr.yml', 'deploy.yml']));
  });

  it.each(workflowFiles)('%s conforms to GitHub\'s workflow schema', (file) => {
    expect(problems(file, readFileSync(path.join(WORKFLOWS, file), 'utf8'))).toEqual([]);
  });

  it('the check can fail: a misspelt key and a bad expression are reported', () => {
    expect(problems('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: x\n').length).toBeGreaterThan(0);
    expect(problems('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: ${{ needs.x.result == }}\n    steps:\n      - run: x\n').length).toBeGreaterThan(0);
  });

  it('the pull-request workflow validates with annotations, builds, checks links and uploads the site', () => {
    const wf = parse(readFileSync(path.join(WORKFLOWS, 'data-pr.yml'), 'utf8'));
    expect(wf.on.pull_request.paths).toEqual(['data/**']);
    const steps: { run?: string; uses?: string }[] = wf.jobs.check.steps;
    const order = steps.map((s) => s.run ?? s.uses ?? '');
    const at = (text: string) => order.findIndex((s) => s.includes(text));
    expect(at('npm run validate -- --format github')).toBeGreaterThan(-1);
    expect(at('npm run validate')).toBeLessThan(at('npm run build'));
    expect(at('npm run build')).toBeLessThan(at('npm run check-links'));
    expect(at('npm run check-links')).toBeLessThan(at('actions/upload-artifact'));
  });
});

describe('deploy.yml: data-only commits skip the full test suite', () => {
  const wf = parse(readFileSync(path.join(WORKFLOWS, 'deploy.yml'), 'utf8'));
  const script: string = wf.jobs.changes.steps.find((s: { id?: string }) => s.id === 'diff').run;
  const repo = mkdtempSync(path.join(tmpdir(), 'luoshi-ci-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (file: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), String(Math.random()));
    git('add', '-A');
    git('commit', '-qm', file);
    return git('rev-parse', 'HEAD');
  };
  const decide = (env: Record<string, string>) => {
    const output = path.join(repo, '..', `${path.basename(repo)}-output`);
    writeFileSync(output, '');
    execFileSync('bash', ['-e', '-c', script], { cwd: repo, env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, EVENT: 'push', FULL: '', ...env } });
    const value = readFileSync(output, 'utf8').trim();
    rmSync(output);
    return value;
  };

  it('says code=false for a data-only push and code=true otherwise', () => {
    git('init', '-q');
    const first = commit('data/projects.csv');
    const dataOnly = commit('data/ledger/2026-10.csv');
    git('checkout', '-q', dataOnly);
    expect(decide({ BEFORE: first })).toBe('code=false');
    const code = commit('src/core/x.ts');
    git('checkout', '-q', code);
    expect(decide({ BEFORE: dataOnly })).toBe('code=true');
    // Several commits in one push: any one outside data/ counts.
    commit('data/ledger/2026-11.csv');
    expect(decide({ BEFORE: first })).toBe('code=true');
    // Nothing to compare with (a new branch, a force push): test.
    expect(decide({ BEFORE: '0000000000000000000000000000000000000000' })).toBe('code=true');
    expect(decide({ BEFORE: '' })).toBe('code=true');
    // A manual run (a rollback) tests only when asked to.
    expect(decide({ EVENT: 'workflow_dispatch', FULL: 'false' })).toBe('code=false');
    expect(decide({ EVENT: 'workflow_dispatch', FULL: 'true' })).toBe('code=true');
  });

  it('the deploy waits for the build, and for the tests when they run', () => {
    expect(wf.jobs.test.if).toBe("needs.changes.outputs.code == 'true'");
    expect(wf.jobs.deploy.needs).toEqual(['changes', 'test', 'build']);
    expect(wf.jobs.deploy.if).toContain("needs.build.result == 'success'");
    expect(wf.jobs.deploy.if).toContain("needs.test.result == 'skipped'");
    const build: string[] = wf.jobs.build.steps.map((s: { run?: string }) => s.run ?? '');
    expect(build.filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run validate -- --format github', 'npm run build', 'npm run check-links']);
  });
});

describe('deploy/gitlab-ci.yml', () => {
  // No JSON schema for GitLab CI is published on npm: its shape is checked here.
  const ci = parse(readFileSync(path.join(ROOT, 'deploy/gitlab-ci.yml'), 'utf8'));
  const jobs = Object.entries(ci).filter(([k]) => !['stages', 'default', 'variables'].includes(k)) as [string, { stage: string; script: string[]; needs?: string[]; rules?: { if: string }[] }][];

  it('validate → build → link check → deploy, each job in a declared stage', () => {
    expect(ci.stages).toEqual(['validate', 'build', 'check', 'deploy']);
    expect(jobs.map(([name, job]) => [name, job.stage])).toEqual([['validate', 'validate'], ['build', 'build'], ['check-links', 'check'], ['deploy', 'deploy']]);
    for (const [name, job] of jobs) {
      expect(Array.isArray(job.script) && job.script.length > 0, name).toBe(true);
      for (const need of job.needs ?? []) expect(jobs.map(([n]) => n), name).toContain(need);
    }
    expect(ci.validate.script).toEqual(['npm run validate']);
    expect(ci.build.artifacts.paths).toEqual(['dist/']);
  });

  it('deploys only from the default branch, refuses an unfinished build, switches by rename', () => {
    expect(ci.deploy.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const script = ci.deploy.script.join('\n');
    expect(script).toContain('test -f dist/build-complete.json');
    expect(script).toContain('mv -T .current-new current');
  });
});
