// Text for XML documents (Atom feed, sitemap): escaped, and without the control characters
// that XML 1.0 forbids even when escaped — a stray one in a spreadsheet cell would make the
// whole feed unreadable.

// Tab, LF and CR are allowed; other C0 controls, U+FFFE/U+FFFF and lone surrogates are not.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content or an attribute value, escaped for XML. */
export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
