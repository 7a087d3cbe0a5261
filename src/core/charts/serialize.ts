// Serialise an SVG element tree to markup that is valid both inside an HTML page (inline
// SVG) and as a standalone XML file. It reads only standard DOM properties, so it works
// on the minimal DOM, jsdom and linkedom alike — which is what lets the parity test
// compare trees built by different DOMs.

/** The part of a DOM node this serialiser reads. */
export interface DomLikeNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly attributes?: Iterable<{ readonly name: string; readonly value: string }> | null;
  readonly childNodes: ArrayLike<DomLikeNode>;
  readonly data?: string;
}

/** The minimal DOM's attribute map, read directly to avoid building Attr-like objects. */
interface WithAttrMap {
  readonly attrs: ReadonlyMap<string, string>;
}

/** Visit an element's attributes in order, on any DOM (the minimal one without copying). */
export function forEachAttribute(node: DomLikeNode, visit: (name: string, value: string) => void): void {
  const map = (node as Partial<WithAttrMap>).attrs;
  if (map instanceof Map) for (const [name, value] of map) visit(name, value);
  else for (const { name, value } of [...(node.attributes ?? [])]) visit(name, value);
}

// Characters XML 1.0 forbids (C0 controls except tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF) are replaced, so a stray control character in a project name cannot make
// a standalone SVG unreadable.
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In attributes, also the quote, and whitespace that XML attribute normalisation would
// otherwise turn into spaces.
const attrEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeText(text: string): string {
  return text.replace(invalidXmlChars, '\uFFFD').replace(/[&<>]/g, (c) => textEscapes[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return value.replace(invalidXmlChars, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => attrEscapes[c] ?? c);
}

// Attribute names come from Plot and from our own code, never from data; still, refuse
// anything that could break out of the tag.
const safeName = /^[A-Za-z_][\w.:-]*$/;

function checkName(name: string): string {
  if (!safeName.test(name)) throw new Error(`Refusing to serialise the unsafe XML name ${JSON.stringify(name)}.`);
  return name;
}

/** Markup for one node and its descendants. Empty elements are self-closed (`<path/>`). */
export function serializeNode(node: DomLikeNode): string {
  if (node.nodeType === 3) return escapeText(node.data ?? '');
  if (node.nodeType !== 1) return ''; // comments and the like: never produced, never kept
  const name = checkName(node.localName ?? '');
  let out = `<${name}`;
  forEachAttribute(node, (attrName, value) => {
    // Plot marks numeric axes with font-variant="tabular-nums", an attribute HTML's SVG does
    // not allow; the site's stylesheet sets font-variant-numeric on chart text instead.
    if (attrName === 'font-variant') return;
    out += ` ${checkName(attrName)}="${escapeAttribute(value)}"`;
  });
  const children = node.childNodes;
  if (children.length === 0) return `${out}/>`;
  out += '>';
  for (let i = 0; i < children.length; i++) out += serializeNode(children[i] as DomLikeNode);
  return `${out}</${name}>`;
}
