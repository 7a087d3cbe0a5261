// The look of every chart: one calm official blue, greys, the system CJK font stack and a
// type size that stays readable when a 640-wide chart is shrunk onto a phone.

/** viewBox width of every chart; the page's CSS scales it to the column (width 100%, height auto). */
export const WIDTH = 640;

/** Narrowest screen we design for, in CSS pixels. */
export const NARROW_SCREEN = 360;
/** Smallest rendered text we accept on that screen, in CSS pixels. */
export const MIN_SCREEN_FONT = 12;
/**
 * Font size in viewBox units. A 640-wide chart shown 360 px wide is scaled by 360/640, so
 * 12 px on screen needs 12 × 640 / 360 ≈ 21.3 units; 22 gives 12.4 px.
 */
export const FONT_SIZE = 22;
/** Line height of multi-line labels, in em. */
export const LINE_HEIGHT = 1.2;

/**
 * Same stack as the site's --font: system UI first, then the common Chinese faces. Single
 * quotes, so the attribute needs no &quot; escapes.
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

export const colors = {
  /** The one accent: data we want read first. 6.6:1 on white. */
  accent: '#1f5fa8',
  /** A pale tint of the accent, behind the highlight hatch. */
  accentSoft: '#e8f0fa',
  /** Body text (inherits the page colour through currentColor where possible). */
  ink: '#1d2330',
  /** Secondary text, reference lines and plans. 6.3:1 on white. */
  muted: '#5a6272',
  /** Bars that are context rather than focus. 3.6:1 on white (non-text contrast ≥ 3). */
  context: '#7d8696',
  /** Grid lines: decoration only, never the only carrier of meaning. */
  grid: '#d5dae2',
  background: '#ffffff',
} as const;

/** Dash pattern for plans and targets: lines that are promises, not results. */
export const DASH = '8 6';

// ---- WCAG contrast, so the palette is checked by a test rather than by eye.

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Expected a #rrggbb colour, got ${hex}.`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
