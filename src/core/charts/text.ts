// Text measurement without a browser. Chinese, Japanese and Korean characters and
// full-width forms are about 1em wide; Latin letters about 0.55em, with a few classes
// adjusted (measured in Chromium with DejaVu Sans, the widest common fallback: digits
// 0.64em, capitals 0.67em, % 0.95em, − 0.84em). The estimate errs wide, so labels sized
// with it do not overflow.

const WIDE = 1;
const NARROW = 0.56;

function narrowEm(ch: string): number {
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch === '…' || ch === '—') return 1;
  if (ch >= 'A' && ch <= 'Z') return ch === 'I' ? 0.32 : ch === 'M' || ch === 'W' ? 0.9 : 0.68;
  if ('mw%@'.includes(ch)) return 0.92;
  if ('−+=<>±×÷~'.includes(ch)) return 0.84;
  if ('il.,:;!|\'jI '.includes(ch)) return 0.32;
  return NARROW;
}

/** True for code points that render about 1em wide (CJK, kana, hangul, full-width, emoji). */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals … Yi, incl. CJK punctuation and U+3000
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Width of a string in em. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += isWide(ch.codePointAt(0) ?? 0) ? WIDE : narrowEm(ch);
  return em;
}

/** Estimated width of a string in px (viewBox units) at a font size. */
export function textWidth(text: string, fontSize: number): number {
  return textEm(text) * fontSize;
}

/** Collapse whitespace (including newlines, which would split a Plot label) to single spaces. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const ELLIPSIS = '…';

// Punctuation that must not start a line (避头): it stays at the end of the previous one.
const noLineStart = /^[，。、；：？！）》」』】〕〉”’,.;:?!)\]}%…·]$/u;

export interface FittedLabel {
  /** One to maxLines lines, the last ending in an ellipsis when the text was cut. */
  lines: string[];
  /** Whether the text was cut; if so keep the full text somewhere (a <title>). */
  truncated: boolean;
}

/**
 * Wrap text into at most `maxLines` lines of at most `maxWidth` px, breaking anywhere
 * between CJK characters and at spaces between Latin words; cut the last line with an
 * ellipsis when the text does not fit.
 */
export function fitLabel(raw: string, maxWidth: number, fontSize: number, maxLines = 2): FittedLabel {
  const text = normalizeLabel(raw);
  const chars = [...text];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let line = '';
    let j = i;
    while (j < chars.length && textWidth(line + chars[j], fontSize) <= maxWidth) line += chars[j++];
    if (j === i) line = chars[j++] ?? ''; // a single character wider than the box: take it anyway
    // Let closing punctuation hang rather than start the next line.
    while (j < chars.length && noLineStart.test(chars[j] ?? '')) line += chars[j++];
    // Prefer breaking Latin text at a space, when that leaves something on the line.
    if (j < chars.length && /\S/.test(chars[j] ?? '') && /[A-Za-z0-9]$/.test(line)) {
      const space = line.lastIndexOf(' ');
      if (space > 0 && lines.length < maxLines - 1) {
        j -= [...line.slice(space)].length;
        line = line.slice(0, space);
      }
    }
    lines.push(line.trimEnd());
    i = j;
    while (chars[i] === ' ') i++;
  }
  if (i >= chars.length) return { lines, truncated: false };
  // Cut: shorten the last line until it and the ellipsis fit.
  let last = [...(lines.pop() ?? '')];
  while (last.length > 0 && textWidth(last.join('') + ELLIPSIS, fontSize) > maxWidth) last.pop();
  lines.push(last.join('').trimEnd() + ELLIPSIS);
  return { lines, truncated: true };
}
