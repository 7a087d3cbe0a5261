// Finding interface text that did not come from the message files: in a build in the
// pseudo-locale (LUOSHI_LOCALE=x-pseudo), every message and format template is wrapped in
// ⟦…⟧ (src/i18n/catalog.ts), so any visible text left outside the markers either comes from
// the data (project names, units, officials, figures, the validator's bilingual diagnostics)
// or is a string written into a page or a helper: the second kind is what this finds.
// Plain Node, no test runner, so that it can also be run by hand on a build.
import { parseHTML } from 'linkedom';
import type { Dataset, Diagnostic } from '../../src/core/types.ts';
import type { ResourceDef } from '../../src/core/schema.ts';

const OPEN = '⟦';
const CLOSE = '⟧';

/** Every string the data holds (and the validator's messages about it), to tell data from interface. */
export class DataText {
  private readonly exact = new Set<string>();
  private readonly longest: string[];
  private readonly joined: string;

  /**
   * `extra`: other text that is content rather than interface, such as the bilingual documents
   * the site renders (docs/methodology.md) and the data contract's own documentation.
   */
  constructor(dataset: Dataset, diagnostics: readonly Diagnostic[] = [], resources: readonly ResourceDef[] = [], extra: readonly unknown[] = []) {
    const seen = new Set<unknown>();
    const walk = (v: unknown) => {
      if (typeof v === 'string') {
        const s = v.trim();
        if (s) this.exact.add(s);
        for (const line of s.split(/\n+/)) if (line.trim()) this.exact.add(line.trim());
        return;
      }
      if (!v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (v instanceof Map) for (const [k, x] of v) (walk(k), walk(x));
      else if (v instanceof Set) for (const x of v) walk(x);
      else for (const x of Object.values(v)) walk(x);
    };
    walk(dataset);
    walk(diagnostics);
    // KNOWN GAP: the data dictionary (downloads page) prints the schema's own titles and
    // descriptions, written as {zh, en} pairs in src/core/schema.ts and published in
    // datapackage.json; they are the data contract's documentation, not yet message files.
    walk(resources);
    for (const x of extra) walk(x);
    // Longest first, so that a name containing another is removed whole.
    this.longest = [...this.exact].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
    this.joined = [...this.exact].join('\u0000');
  }

  /**
   * `text` with every data string in it removed (only called on the rare text that is not all
   * markers). `fragment`: the text may be a piece of a data string (a cell of a Markdown table,
   * a chart label cut short with "…"), so any substring of the data counts.
   */
  strip(text: string, fragment = false): string {
    const t = text.trim();
    if (this.exact.has(t) || (fragment && this.joined.includes(t))) return '';
    let out = t;
    for (const s of this.longest) if (out.includes(s)) out = out.split(s).join(' ');
    return out;
  }
}

/** `text` without the marked spans (markers nest: a message may hold a formatted figure). */
export function withoutMarked(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === OPEN) depth++;
    else if (ch === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** What is left of a text once markers, data, figures and punctuation are gone: words, if any. */
function leftover(text: string, data: DataText, fragment: boolean): string {
  let rest = withoutMarked(text);
  if (!/\p{L}/u.test(rest)) return '';
  // File names, addresses and sizes of files (4.8 KB) are the same in every language.
  rest = rest
    .replace(/[\w.-]+\.(csv|json|xml|zip|svg|md|html|txt|xlsx)\b/gi, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/(^|\s)\/[\w/.{}[\]-]*/g, ' ')
    .replace(/\d[\d.,]*\s?(B|KB|MB|GB)\b/g, ' ')
    .replace(/\bSHA-256\b/g, ' ');
  if (!/\p{L}/u.test(rest)) return '';
  rest = data.strip(rest, fragment);
  rest = rest.replace(/[\s\p{P}\p{S}\p{N}]+/gu, ' ').trim();
  return /\p{L}/u.test(rest) ? rest : '';
}

// Code is code in every language: file names and addresses in <code>, the embed snippet in <textarea>.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'TEXTAREA']);
/** Rendered Markdown (bulletins, the methodology): any piece of it may be a piece of the source. */
const FRAGMENTS = '.prose';
// Attributes a reader sees or hears: data-label heads a table cell on a phone (CSS attr()), the
// data-* words of the projects table are what /assets/table.js writes.
const ATTRS = ['aria-label', 'alt', 'placeholder', 'title', 'data-label', 'data-count', 'data-sorted', 'data-ascending', 'data-descending'];

export interface Unmarked {
  /** The text as the page has it. */
  text: string;
  /** What was left once marked spans, data and figures were removed. */
  left: string;
  /** Where: the element's tag (and attribute). */
  where: string;
}

/** The unmarked interface text of one page's HTML. */
export function unmarkedText(html: string, data: DataText): Unmarked[] {
  const { document } = parseHTML(html);
  const found: Unmarked[] = [];
  const check = (text: string, where: string, fragment = false) => {
    if (!text.trim()) return;
    const left = leftover(text, data, fragment);
    if (left) found.push({ text: text.trim().slice(0, 200), left, where });
  };
  const walk = (node: Node, fragment: boolean) => {
    // The parser may split one text at an entity (&#39;): consecutive text nodes are read as one.
    let run = '';
    const flush = () => {
      check(run, (node as Element).tagName?.toLowerCase() ?? '', fragment);
      run = '';
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        run += child.textContent ?? '';
        continue;
      }
      flush();
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      // A chart label is one <text>, wrapped over <tspan> lines and cut short with "…".
      if (tag === 'TEXT') {
        for (const piece of (el.textContent ?? '').split('…')) check(piece, 'svg text', true);
        continue;
      }
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v) check(v, `${el.tagName.toLowerCase()}[${a}]`);
      }
      walk(el, fragment || el.matches(FRAGMENTS));
    }
    flush();
  };
  const title = document.querySelector('title');
  if (title) check(title.textContent ?? '', 'title');
  if (document.body) walk(document.body, false);
  return found;
}
