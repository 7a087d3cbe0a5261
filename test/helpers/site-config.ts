// The example county's site configuration, for tests that build their data in memory
// (metrics, exports): only the fields a test changes need to be given.
import type { SiteConfig } from '../../src/core/types.ts';
import { defaultConfig } from '../../src/core/config.ts';

export function config(over: Partial<SiteConfig> = {}): SiteConfig {
  return {
    ...defaultConfig(),
    title: '示例县重点项目建设进展',
    region: '示例县',
    locale: 'zh-CN',
    moneyUnit: '万元',
    timeProgress: 'months',
    thresholds: { behind: -5, seriouslyBehind: -15, stalledMonths: 2 },
    source: '示例县发展和改革局',
    siteUrl: 'https://example.org',
    basePath: '',
    ...over,
  };
}
