// Short stable keys for names that become chart ids and file names (Chinese names are
// fine in page URLs, but ids inside SVGs and CSV file names are safer in ASCII).

/** FNV-1a over UTF-16 code units, as 8 hex digits: the same name gives the same key on every machine. */
export function stableKey(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
