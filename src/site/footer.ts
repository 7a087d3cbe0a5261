// The identifiers a government website shows in every page's footer (《政府网站发展指引》,
// 国办发〔2017〕47号): 主办单位, 承办单位, 网站标识码, ICP备案号 (linked to the MIIT register, as
// the rules ask), 公安机关备案号, 联系方式 — each only when site.json sets it.
import type { SiteConfig } from '../core/types.ts';
import type { MessageKey } from '../core/i18n.ts';

/** The MIIT filing register an ICP number links to. */
export const ICP_REGISTER = 'https://beian.miit.gov.cn/';

export interface FooterItem {
  text: string;
  href?: string;
}

const ITEMS: [keyof SiteConfig & ('sponsor' | 'organizer' | 'siteCode' | 'icp' | 'publicSecurityRecord' | 'contact'), MessageKey][] = [
  ['sponsor', 'footer.sponsor'],
  ['organizer', 'footer.organizer'],
  ['siteCode', 'footer.siteCode'],
  ['icp', 'footer.icp'],
  ['publicSecurityRecord', 'footer.publicSecurityRecord'],
  ['contact', 'footer.contact'],
];

export function governmentFooter(config: SiteConfig, t: (key: MessageKey, params?: Record<string, string>) => string): FooterItem[] {
  return ITEMS.filter(([key]) => config[key] !== '').map(([key, label]) => ({
    text: t(label, { value: config[key] }),
    ...(key === 'icp' ? { href: ICP_REGISTER } : {}),
  }));
}
