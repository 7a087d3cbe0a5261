// site.json: the portal's configuration for the sample county.
import { COUNTY } from './places.ts';

export function siteJson(): string {
  const site = {
    title: `${COUNTY}重点项目建设进展`,
    region: COUNTY,
    locale: 'zh-CN',
    moneyUnit: '万元',
    timeProgress: 'months',
    source: `${COUNTY}发展和改革局（县重点项目建设办公室）`,
    siteUrl: 'https://example.org/luoshi',
    thresholds: { behind: -5, seriouslyBehind: -15, stalledMonths: 2 },
  };
  return `${JSON.stringify(site, null, 2)}\n`;
}
