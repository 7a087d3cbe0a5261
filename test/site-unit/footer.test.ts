// The footer identifiers of a government website, from site.json: only those set, in the
// order 《政府网站发展指引》 lists them, the ICP number linked to the MIIT register.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.ts';
import { governmentFooter } from '../../src/site/footer.ts';
import { config } from '../helpers/site-config.ts';

describe('governmentFooter', () => {
  it('shows nothing when site.json sets nothing', () => {
    expect(governmentFooter(config(), (k, p) => t('zh-CN', k, p))).toEqual([]);
  });

  it('lists what is set, labelled, the ICP number linked to beian.miit.gov.cn', () => {
    const c = config({ sponsor: '示例县人民政府办公室', siteCode: '9999000001', icp: '示ICP备00000001号-1', publicSecurityRecord: '示公网安备99999902000001号', contact: '0999-1234567' });
    expect(governmentFooter(c, (k, p) => t('zh-CN', k, p))).toEqual([
      { text: '主办单位：示例县人民政府办公室' },
      { text: '网站标识码：9999000001' },
      { text: '示ICP备00000001号-1', href: 'https://beian.miit.gov.cn/' },
      { text: '示公网安备99999902000001号' },
      { text: '联系方式：0999-1234567' },
    ]);
    expect(governmentFooter(config({ organizer: 'X' }), (k, p) => t('en', k, p))).toEqual([{ text: 'Run by X' }]);
  });
});
