// Bulletins (督查通报) are Markdown written by editors: render them to HTML that is safe to
// inject. This module is one of the two producers of SafeHtml (see src/core/safe-html.ts):
// whatever the Markdown or its embedded HTML says, the output has been through
// rehype-sanitize with a schema tighter than GitHub's.
//
//   Markdown ─ remark-parse + remark-gfm ─ remark-rehype (raw HTML kept) ─ rehype-raw
//     ─ task checkboxes → ☑/☐ ─ project:ID links resolved ─ rehype-sanitize
//     ─ headings demoted ─ tables wrapped ─ rehype-stringify

import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { trustedHtml, type SafeHtml } from './safe-html.ts';

export interface RenderMarkdownOptions {
  /** URL of a project's page, or undefined when there is no such project (the link becomes text). */
  projectHref: (id: string) => string | undefined;
  /** Accessible name of the scroll box around each table, e.g. '表格（可左右滑动）'; optional. */
  tableLabel?: string;
}

// GitHub's schema, tightened: no forms or inputs, no <picture>/<source> (srcset escapes the
// protocol check), no style anywhere, only http(s)/mailto/relative links, and elements whose
// content is code or markup (script, style, svg …) are dropped with their content rather
// than unwrapped into visible text.
const formAttributes = new Set(['action', 'method', 'encType', 'accept', 'acceptCharset', 'accessKey', 'tabIndex']);
const schema = {
  ...defaultSchema,
  // No <img> either: a bulletin's images have nowhere to live on a static site built from
  // data/, so an image could only be a broken link or a tracker on another host.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'picture', 'source', 'img'].includes(t)),
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => !formAttributes.has(typeof a === 'string' ? a : (a[0] ?? ''))),
    input: [],
    img: ['alt', 'src', 'title', 'width', 'height'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  required: {},
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'textarea', 'select', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
};

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

/** Visit every element, parents before children; `visit` may replace an element's children. */
function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (isElement(child)) {
      visit(child);
      walk(child, visit);
    }
  }
}

/**
 * Replace elements for which `replace` returns something (an empty array drops them).
 * Children are done first, so a replacement is never visited again.
 */
function replaceElements(node: Root | Element, replace: (el: Element) => ElementContent[] | undefined): void {
  const out: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (!isElement(child)) {
      out.push(child);
      continue;
    }
    replaceElements(child, replace);
    out.push(...(replace(child) ?? [child]));
  }
  node.children = out as typeof node.children;
}

/** GFM task-list checkboxes become ☑/☐ text: the schema allows no form controls. */
function taskCheckboxesToText() {
  return (tree: Root) =>
    replaceElements(tree, (el) => (el.tagName === 'input' && el.properties.type === 'checkbox' ? [{ type: 'text', value: el.properties.checked ? '☑' : '☐' }] : undefined));
}

/** `[名称](project:ID)` → a link to the project's page; an unknown id leaves plain text. */
function resolveProjectLinks(projectHref: RenderMarkdownOptions['projectHref']) {
  return () => (tree: Root) =>
    replaceElements(tree, (el) => {
      if (el.tagName !== 'a') return undefined;
      const href = String(el.properties.href ?? '').trim();
      const match = /^project:(.+)$/i.exec(href);
      if (!match) return undefined;
      let id: string;
      try {
        id = decodeURIComponent(match[1] ?? '');
      } catch {
        return el.children;
      }
      const target = projectHref(id);
      if (target === undefined) return el.children;
      el.properties.href = target;
      return [el];
    });
}

/**
 * The page has the one h1, so the document's top heading level becomes h2 and the rest
 * follow without a skip: a bulletin's # → h2, ## → h3; a document whose sections start at ##
 * (methodology.md below its title) keeps ## as h2. h6 stays h6.
 */
function demoteHeadings() {
  return (tree: Root) => {
    let top = 7;
    walk(tree, (el) => {
      const level = /^h([1-6])$/.exec(el.tagName)?.[1];
      if (level) top = Math.min(top, Number(level));
    });
    const shift = top > 6 ? 0 : 2 - top;
    walk(tree, (el) => {
      const level = /^h([1-6])$/.exec(el.tagName)?.[1];
      if (level) el.tagName = `h${Math.min(6, Math.max(2, Number(level) + shift))}`;
    });
  };
}

/** Wrap each table in a box that scrolls sideways on phones and can be scrolled by keyboard. */
function wrapTables(tableLabel: string | undefined) {
  return () => (tree: Root) =>
    replaceElements(tree, (el) =>
      el.tagName === 'table'
        ? [
            {
              type: 'element',
              tagName: 'div',
              properties: { className: ['table-scroll'], tabIndex: 0, ...(tableLabel ? { role: 'region', ariaLabel: tableLabel } : {}) },
              children: [el],
            },
          ]
        : undefined,
    );
}

/** Render bulletin Markdown to sanitised HTML. Same input, same output. */
export function renderMarkdown(md: string, opts: RenderMarkdownOptions): SafeHtml {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(taskCheckboxesToText)
    .use(resolveProjectLinks(opts.projectHref))
    .use(rehypeSanitize, schema)
    .use(demoteHeadings)
    .use(wrapTables(opts.tableLabel))
    .use(rehypeStringify)
    .processSync(md);
  return trustedHtml(String(file));
}
