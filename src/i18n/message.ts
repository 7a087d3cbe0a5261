// The one template language of the interface's words, a small subset of ICU MessageFormat
// (what FormatJS and most translation tools read), so that translators see one syntax:
//
//   {name}                         the slot's value as given (a number as written by String())
//   {name:format}                  the value through one of the locale's formatters (translator.ts:
//                                  count, number, percent, points, money, date, month, ordinal …)
//   {n, plural, one {# project} other {# projects}}
//   {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}
//   {kind, select, unit {…} other {…}}
//                                  a form chosen by Intl.PluralRules for the locale (or by the value
//                                  for select); =2 {…} matches a number exactly; # is the number,
//                                  written as a count.
//
// A slot with no value stays as written ("{name}"), as t() always did. There is no quoting:
// an apostrophe is an apostrophe. Pure: no locale data here; the caller passes an Env.

export type SlotValue = string | number;
export type Slots = Readonly<Record<string, SlotValue | undefined>>;

type Part =
  | string
  | { kind: 'slot'; name: string; format: string | undefined; source: string }
  | { kind: 'hash' }
  | { kind: 'plural' | 'selectordinal' | 'select'; name: string; cases: Map<string, Part[]>; source: string };

export interface Env {
  /** Intl.PluralRules' category of `n` ('one', 'few', 'other' …), ordinal or cardinal. */
  plural(n: number, ordinal: boolean): string;
  /** A named formatter applied to a slot; undefined when the locale has no such formatter. */
  format(name: string, value: SlotValue): string | undefined;
  /** How # is written. */
  count(n: number): string;
}

const ARG = /\{\s*(\w+)\s*(?:(\})|:\s*(\w+)\s*\}|,\s*(plural|selectordinal|select)\s*,)/y;

/** Parse text from `start`; inside a case (nested) stop at its closing brace; inside a plural's case (hash) read # as its number. */
function parseParts(text: string, start: number, nested: boolean, hash: boolean): [Part[], number] {
  const parts: Part[] = [];
  let buf = '';
  let i = start;
  const flush = () => {
    if (buf) parts.push(buf);
    buf = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (nested && c === '}') break;
    if (hash && c === '#') {
      flush();
      parts.push({ kind: 'hash' });
      i++;
      continue;
    }
    if (c === '{') {
      ARG.lastIndex = i;
      const m = ARG.exec(text);
      if (m) {
        flush();
        const name = m[1]!;
        if (m[2] !== undefined || m[3] !== undefined) {
          parts.push({ kind: 'slot', name, format: m[3], source: m[0] });
          i = ARG.lastIndex;
          continue;
        }
        const kind = m[4] as 'plural' | 'selectordinal' | 'select';
        const cases = new Map<string, Part[]>();
        let j = ARG.lastIndex;
        for (;;) {
          while (/\s/.test(text[j] ?? '')) j++;
          if (text[j] === '}' || j >= text.length) break;
          const sel = /(=\d+|[\w-]+)\s*\{/y;
          sel.lastIndex = j;
          const s = sel.exec(text);
          if (!s) throw new Error(`message: cannot read the cases of {${name}, ${kind}} at ${j} in ${JSON.stringify(text)}`);
          const [body, end] = parseParts(text, sel.lastIndex, true, hash || kind !== 'select');
          if (text[end] !== '}') throw new Error(`message: unclosed case "${s[1]}" in ${JSON.stringify(text)}`);
          cases.set(s[1]!, body);
          j = end + 1;
        }
        if (text[j] !== '}') throw new Error(`message: unclosed {${name}, ${kind}} in ${JSON.stringify(text)}`);
        if (!cases.has('other')) throw new Error(`message: {${name}, ${kind}} needs an "other" case in ${JSON.stringify(text)}`);
        parts.push({ kind, name, cases, source: text.slice(i, j + 1) });
        i = j + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return [parts, i];
}

const parsed = new Map<string, readonly Part[]>();

function parse(text: string): readonly Part[] {
  let parts = parsed.get(text);
  if (!parts) parsed.set(text, (parts = parseParts(text, 0, false, false)[0]));
  return parts;
}

/** Whether the text has anything to fill (else it is returned as it is). */
export function hasSlots(text: string): boolean {
  return parse(text).some((p) => typeof p !== 'string');
}

/** The slot names a message uses (for tests and tools). */
export function slotNames(text: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string' || p.kind === 'hash') continue;
      names.add(p.name);
      if (p.kind !== 'slot') for (const c of p.cases.values()) walk(c);
    }
  };
  walk(parse(text));
  return [...names];
}

function render(parts: readonly Part[], slots: Slots, env: Env, hash: number | undefined): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'hash') out += hash === undefined ? '#' : env.count(hash);
    else if (p.kind === 'slot') {
      const v = slots[p.name];
      if (v === undefined) out += p.source;
      else if (p.format === undefined) out += String(v);
      else out += env.format(p.format, v) ?? String(v);
    } else {
      const v = slots[p.name];
      if (v === undefined) {
        out += p.source;
        continue;
      }
      let chosen: Part[] | undefined;
      if (p.kind === 'select') chosen = p.cases.get(String(v));
      else {
        const n = Number(v);
        chosen = p.cases.get(`=${n}`) ?? p.cases.get(env.plural(n, p.kind === 'selectordinal'));
      }
      out += render(chosen ?? p.cases.get('other')!, slots, env, p.kind === 'select' ? hash : Number(v));
    }
  }
  return out;
}

/** The message with its slots filled. */
export function fill(text: string, slots: Slots | undefined, env: Env): string {
  if (!slots) return text;
  const parts = parse(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  return render(parts, slots, env, undefined);
}
