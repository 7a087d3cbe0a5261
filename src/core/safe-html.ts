// Escape by construction: the only strings a page may inject unescaped (Astro `set:html`)
// carry the `SafeHtml` brand, and the brand is minted in exactly two places:
//
//   1. the chart renderer   (src/core/charts/render.ts)  — it serialises a DOM it built
//                                                          itself, escaping every text
//                                                          node and attribute value;
//   2. the Markdown pipeline (src/core/markdown.ts)      — its output has been through
//                                                          rehype-sanitize.
//
// plus `jsonForScript` below, whose output cannot contain `<`, `>` or `&` at all.
// Nothing else may call `trustedHtml`; test/markdown/safe-html.test.ts enforces this by
// scanning the source tree. Everything else is text, and Astro escapes text.

/** HTML that is safe to inject into a page as is. Only the producers above create it. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

/**
 * INTERNAL — brand a string as safe HTML without checking it. Only the chart renderer
 * and the Markdown pipeline may call this (see the rule above); anyone else must go
 * through one of them.
 */
export function trustedHtml(html: string): SafeHtml {
  return html as SafeHtml;
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

const scriptEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text that can sit inside `<script type="application/json">` (or be read as HTML
 * text): `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX` escapes, which JSON.parse reads
 * back unchanged, so `</script>` and `<!--` can never appear. `undefined` becomes `null`.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value) ?? 'null';
  return trustedHtml(json.replace(/[<>&\u2028\u2029]/g, (c) => scriptEscapes[c] ?? c));
}
