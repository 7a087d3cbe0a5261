// The deploy decisions, without a disk: arguments, release names, what is copied, switched,
// pruned and refused.
import { describe, expect, it } from 'vitest';
import { markerText, parseMarker } from '../../src/deploy/marker.ts';
import { isRefusal, parseDeployArgs, planDeploy, planRollback, releaseName } from '../../src/deploy/plan.ts';

const HASH = 'ab'.repeat(32);
const MARKER = markerText({ generator: 'luoshi', data: HASH });
const NOW = new Date('2026-12-04T16:34:12.345Z');

describe('parseDeployArgs', () => {
  it('reads --to, --from, --keep and --rollback with defaults', () => {
    expect(parseDeployArgs(['--to', '/srv/x'])).toEqual({ to: '/srv/x', from: 'dist', keep: 5, rollback: false });
    expect(parseDeployArgs(['--to', 'd', '--keep', '2', '--from', 'out'])).toEqual({ to: 'd', from: 'out', keep: 2, rollback: false });
    expect(parseDeployArgs(['--rollback', '--to', 'd'])).toMatchObject({ rollback: true });
  });
  it.each([[[]], [['--to']], [['--to', 'd', '--keep', '0']], [['--to', 'd', '--keep', 'x']], [['--to', 'd', '--bogus']]])('refuses %j in Chinese and English', (args) => {
    const r = parseDeployArgs(args);
    expect(isRefusal(r)).toBe(true);
    if (isRefusal(r)) {
      expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.en).toMatch(/Usage|--/);
    }
  });
});

describe('releaseName', () => {
  it('is the UTC time and the data hash, sortable, unique', () => {
    expect(releaseName(NOW, HASH, [])).toBe('20261204T163412345Z-abababab');
    expect(releaseName(NOW, HASH, ['20261204T163412345Z-abababab'])).toBe('20261204T163412345Z-abababab-2');
    expect(releaseName(NOW, HASH, ['20261204T163412345Z-abababab', '20261204T163412345Z-abababab-2'])).toBe('20261204T163412345Z-abababab-3');
  });
});

describe('planDeploy', () => {
  it('refuses a build without its completion marker, or with a malformed one, and says why', () => {
    for (const text of [undefined, '', '{"generator":"luoshi"}', MARKER.slice(0, 20)]) {
      const plan = planDeploy({ releases: [], current: undefined }, text, 5, NOW);
      expect(plan).toHaveProperty('refusal');
      if ('refusal' in plan) {
        expect(plan.refusal.zh).toContain('build-complete.json');
        expect(plan.refusal.en).toContain('build-complete.json');
      }
    }
  });
  it('copies, switches, then prunes the oldest beyond keep', () => {
    const releases = ['20260101T000000Z-a', '20260201T000000Z-b', '20260301T000000Z-c'];
    const plan = planDeploy({ releases, current: '20260301T000000Z-c' }, MARKER, 2, NOW);
    expect(plan).toEqual({
      release: '20261204T163412345Z-abababab',
      actions: [
        { kind: 'copy', release: '20261204T163412345Z-abababab' },
        { kind: 'switch', release: '20261204T163412345Z-abababab' },
        { kind: 'remove', release: '20260101T000000Z-a' },
        { kind: 'remove', release: '20260201T000000Z-b' },
      ],
    });
  });
  it('never removes the release current pointed to (after a rollback it may be an old one)', () => {
    const releases = ['20260101T000000Z-a', '20260201T000000Z-b', '20260301T000000Z-c'];
    const plan = planDeploy({ releases, current: '20260101T000000Z-a' }, MARKER, 1, NOW);
    expect('actions' in plan && plan.actions.filter((a) => a.kind === 'remove').map((a) => a.release)).toEqual(['20260201T000000Z-b', '20260301T000000Z-c']);
  });
});

describe('planRollback', () => {
  it('switches to the release before current', () => {
    const releases = ['20260301T000000Z-c', '20260101T000000Z-a', '20260201T000000Z-b'];
    expect(planRollback({ releases, current: '20260301T000000Z-c' })).toEqual({ release: '20260201T000000Z-b', actions: [{ kind: 'switch', release: '20260201T000000Z-b' }] });
  });
  it('refuses when there is nothing earlier, or no current', () => {
    expect(planRollback({ releases: ['20260101T000000Z-a'], current: '20260101T000000Z-a' })).toHaveProperty('refusal');
    expect(planRollback({ releases: ['20260101T000000Z-a'], current: undefined })).toHaveProperty('refusal');
  });
});

describe('marker', () => {
  it('round-trips and rejects anything else', () => {
    expect(parseMarker(MARKER)).toEqual({ generator: 'luoshi', data: HASH });
    expect(parseMarker('{"generator":"other","data":"' + HASH + '"}')).toBeUndefined();
    expect(parseMarker('null')).toBeUndefined();
  });
});
