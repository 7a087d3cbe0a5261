import { describe, expect, it } from 'vitest';
import { nameSegment, paths } from '../../src/site/paths.ts';

describe('nameSegment', () => {
  it('keeps ordinary Chinese names as they are', () => {
    expect(nameSegment('县住房和城乡建设局')).toBe('县住房和城乡建设局');
  });
  it('turns characters that break a path segment into their full-width forms', () => {
    expect(nameSegment('县住建局/县城投公司')).toBe('县住建局／县城投公司');
    expect(nameSegment('a\\b%c?d#e')).toBe('a＼b％c？d＃e');
    expect(nameSegment('..')).toBe('．．');
  });
  it('is applied by the path builders, so links and pages agree', () => {
    expect(paths.unit('县住建局/县城投公司')).toBe(`/units/${encodeURIComponent('县住建局／县城投公司')}/`);
  });
});
