import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/markdown.ts';

const projects = new Map([
  ['P001', '/projects/P001/'],
  ['项目-2', '/projects/%E9%A1%B9%E7%9B%AE-2/'],
]);
const opts = { projectHref: (id: string) => projects.get(id) };

function parse(html: string): HTMLElement {
  const { document } = new JSDOM(`<!doctype html><body><main>${html}</main><p id="after"></p></body>`).window;
  // Nothing may escape the fragment (an unclosed tag swallowing the page, a stray </main>).
  expect(document.getElementById('after')?.parentElement).toBe(document.body);
  return document.querySelector('main') as HTMLElement;
}

const forbiddenElements = 'script, style, iframe, frame, object, embed, applet, form, input, button, select, textarea, svg, math, meta, base, link, template, noscript';
const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'cite', 'poster', 'background', 'srcset', 'xlink:href', 'longdesc', 'codebase'];

/** What a browser would see as the scheme: it ignores surrounding space and tabs/newlines inside. */
const scheme = (url: string) => url.replace(/[\u0000-\u0020]/g, '').toLowerCase();

function expectSafe(html: string) {
  const root = parse(html);
  expect(root.querySelectorAll(forbiddenElements).length, html).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      expect(name.startsWith('on'), `${el.localName}[${name}] in ${html}`).toBe(false);
      expect(name, html).not.toBe('style');
      expect(name, html).not.toBe('srcdoc');
      if (urlAttributes.includes(name)) expect(scheme(attr.value), html).not.toMatch(/^(javascript|data|vbscript|file):/);
    }
  }
  expect(html).not.toMatch(/<script/i);
}

// A table of hostile inputs: [what it tries, Markdown].
const hostile: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script tag, upper case with src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['script breakout', '</script><script>alert(1)</script>'],
  ['script in inline code stays code', '`<script>alert(1)</script>`'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg/onload=alert(1)>'],
  ['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['body onload', '<body onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['input autofocus', '<input autofocus onfocus=alert(1)>'],
  ['javascript: href', '<a href="javascript:alert(1)">x</a>'],
  ['javascript: mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['javascript: decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
  ['javascript: hex entities', '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>'],
  ['javascript: tab inside', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['javascript: newline inside', '<a href="java\nscript:alert(1)">x</a>'],
  ['javascript: leading space', '<a href="  javascript:alert(1)">x</a>'],
  ['javascript: named colon entity', '<a href="javascript&colon;alert(1)">x</a>'],
  ['javascript: Markdown link', '[x](javascript:alert(1))'],
  ['javascript: Markdown link, upper case', '[x](JAVASCRIPT:alert(1))'],
  ['javascript: Markdown reference link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['javascript: percent-encoded', '[x](javascript%3Aalert(1))'],
  ['vbscript: href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: svg image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['data: image, raw html', '<img src="DATA:image/png;base64,AAAA">'],
  ['file: link', '[x](file:///etc/passwd)'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['form', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>'],
  ['style element', "<style>@import 'javascript:alert(1)'; body { background: red }</style>"],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['css expression', '<div style="width: expression(alert(1))">x</div>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:/">'],
  ['link stylesheet', '<link rel=stylesheet href="javascript:alert(1)">'],
  ['picture srcset', '<picture><source srcset="javascript:alert(1)"><img src="https://ok.example/a.png"></picture>'],
  ['mXSS via math/style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['noscript breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['comment breakout', '<!--><img src=x onerror=alert(1)>-->'],
  ['attribute breakout', '<a href="https://ok.example/" title=\'"><img src=x onerror=alert(1)>\'>x</a>'],
  ['unclosed tag swallows page', '<div><table><tr><td>x'],
  [
    'polyglot',
    'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
  ],
  ['DOM clobbering id', '<a id="__proto__" name="location">x</a><img name="getElementById">'],
  ['project link to javascript', '[x](project:javascript:alert(1))'],
];

describe('renderMarkdown: hostile input', () => {
  for (const [what, md] of hostile) {
    it(what, () => expectSafe(renderMarkdown(md, opts)));
  }

  it('keeps the harmless text of hostile markup as text', () => {
    expect(renderMarkdown('`<script>alert(1)</script>`', opts)).toBe('<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>');
    expect(renderMarkdown('<p style="color:red">红色</p>', opts)).toBe('<p>红色</p>');
  });

  it('prefixes ids and names so they cannot clobber page globals', () => {
    const html = renderMarkdown('<a id="__proto__" name="location">x</a>', opts);
    expect(html).toContain('id="user-content-__proto__"');
    expect(html).toContain('name="user-content-location"');
  });

  it('stays safe for random mixtures of hostile fragments (property)', () => {
    const pieces = ['<', '>', '"', "'", '=', '/', 'script', 'javascript:', 'data:', 'on', 'onerror', 'img', 'svg', 'a', 'href', 'src', ' ', '\n', '&#x3A;', '&#106;', '[x](', ')', '`', 'style', 'iframe', '<!--', '-->', 'alert(1)'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expectSafe(renderMarkdown(parts.join(''), opts));
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderMarkdown: bulletins', () => {
  it('renders GFM tables inside a box that scrolls on phones', () => {
    const html = renderMarkdown('| 项目 | 完成率 |\n|---|--:|\n| 医院 | 54.0% |\n', { ...opts, tableLabel: '表格' });
    const root = parse(html);
    const box = root.querySelector('div.table-scroll');
    expect(box?.getAttribute('tabindex')).toBe('0');
    expect(box?.getAttribute('role')).toBe('region');
    expect(box?.getAttribute('aria-label')).toBe('表格');
    expect(box?.querySelector('table > thead > tr > th')?.textContent).toBe('项目');
    expect(box?.querySelector('tbody td[align="right"]')?.textContent).toBe('54.0%');
    // Without a label, the box is still keyboard-scrollable but claims no region.
    const plain = parse(renderMarkdown('| a |\n|---|\n| b |\n', opts)).querySelector('div.table-scroll');
    expect(plain?.hasAttribute('role')).toBe(false);
    expect(plain?.getAttribute('tabindex')).toBe('0');
  });

  it('resolves project links, and leaves plain text for unknown projects', () => {
    const html = renderMarkdown('见[人民医院](project:P001)、[另一个](project:项目-2)和[已撤销](project:GONE)。<a href="project:P001">原始</a>', opts);
    const root = parse(html);
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['人民医院', '/projects/P001/'],
      ['另一个', '/projects/%E9%A1%B9%E7%9B%AE-2/'],
      ['原始', '/projects/P001/'],
    ]);
    expect(root.textContent).toContain('和已撤销。');
  });

  it('demotes headings so a bulletin never has an h1', () => {
    const html = renderMarkdown('# 一\n\n## 二\n\n###### 六\n\n<h1>raw</h1>', opts);
    expect(html).not.toMatch(/<h1/);
    expect(html).toBe('<h2>一</h2>\n<h3>二</h3>\n<h6>六</h6>\n<h2>raw</h2>');
  });

  it('starts a document whose sections are ## or ### at h2, so no heading level is skipped after the page h1', () => {
    expect(renderMarkdown('## 一\n\n### 二', opts)).toBe('<h2>一</h2>\n<h3>二</h3>');
    expect(renderMarkdown('### 一\n\n#### 二', opts)).toBe('<h2>一</h2>\n<h3>二</h3>');
  });

  it('keeps ordinary formatting, links and task lists (as text marks)', () => {
    const html = renderMarkdown('**重点** *强调* ~~删除~~ [政府网](https://www.gov.cn/) <mailto:office@example.gov.cn>\n\n- [x] 已完成\n- [ ] 未完成', opts);
    const root = parse(html);
    expect(root.querySelector('strong')?.textContent).toBe('重点');
    expect(root.querySelector('del')?.textContent).toBe('删除');
    expect(root.querySelector('a[href="https://www.gov.cn/"]')).not.toBeNull();
    expect(root.querySelector('a[href="mailto:office@example.gov.cn"]')).not.toBeNull();
    expect([...root.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(['☑ 已完成', '☐ 未完成']);
  });

  it('is deterministic', () => {
    const md = '# 通报\n\n| a | b |\n|---|---|\n| [x](project:P001) | 2 |\n\n<b>粗</b>';
    expect(renderMarkdown(md, opts)).toBe(renderMarkdown(md, opts));
  });
});

describe('renderMarkdown: images', () => {
  it('drops images (nowhere to host them; a remote one would be a tracker), keeping the text around them', () => {
    const html = renderMarkdown('现场照片：![现场](https://tracker.example/p.png) <img src=x onerror=alert(1)> 完', { projectHref: () => undefined });
    expect(html).not.toContain('<img');
    expect(html).toContain('现场照片：');
    expect(html).toContain('完');
  });
});
