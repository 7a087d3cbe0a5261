// site.json: the portal's configuration for the sample county.
import { COUNTY } from './places.ts';

export function siteJson(): string {
  const site = {
    title: `${COUNTY}重点项目信息公开平台`,
    region: COUNTY,
    locale: 'zh-CN',
    moneyUnit: '万元',
    timeProgress: 'months',
    source: `${COUNTY}发展和改革局（县重点项目建设办公室）`,
    siteUrl: 'https://example.org/luoshi',
    thresholds: { behind: -5, seriouslyBehind: -15, stalledMonths: 2 },
    // The footer identifiers of a government website (fictional: 示 is no province, 99 no region code).
    sponsor: `${COUNTY}人民政府办公室`,
    organizer: `${COUNTY}发展和改革局`,
    siteCode: '9999000001',
    icp: '示ICP备00000001号-1',
    publicSecurityRecord: '示公网安备99999902000001号',
    contact: '0999-1234567，xmb@example.org',
  };
  return `${JSON.stringify(site, null, 2)}\n`;
}
