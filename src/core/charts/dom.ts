// A minimal, write-only DOM: just the surface that Observable Plot 0.6.17 (through
// d3-selection) touches when it renders the marks our charts use — createElementNS,
// setAttribute, appendChild/insertBefore, textContent — and nothing that reads layout.
// Plot takes it as its `document` option; serialize.ts turns the result into SVG text.
// Anything Plot would need beyond this throws loudly instead of silently diverging;
// test/charts/parity.test.ts renders every chart here and in jsdom and linkedom and
// compares the trees.

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export type MiniNode = MiniElement | MiniText;

function unsupported(what: string): never {
  throw new Error(`The minimal chart DOM does not support ${what}; render this chart with linkedom or jsdom, or extend src/core/charts/dom.ts.`);
}

abstract class MiniNodeBase {
  parentNode: MiniElement | null = null;
  readonly ownerDocument: MiniDocument;
  constructor(ownerDocument: MiniDocument) {
    this.ownerDocument = ownerDocument;
  }
  get parentElement(): MiniElement | null {
    return this.parentNode;
  }
  get nextSibling(): MiniNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this as unknown as MiniNode) + 1] ?? null;
  }
  get previousSibling(): MiniNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    const i = siblings.indexOf(this as unknown as MiniNode);
    return i > 0 ? (siblings[i - 1] ?? null) : null;
  }
  remove(): void {
    this.parentNode?.removeChild(this as unknown as MiniNode);
  }
}

const noChildren: readonly MiniNode[] = Object.freeze([]);

export class MiniText extends MiniNodeBase {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  data: string;
  get childNodes(): readonly MiniNode[] {
    return noChildren;
  }
  constructor(ownerDocument: MiniDocument, data: string) {
    super(ownerDocument);
    this.data = data;
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(value: unknown) {
    this.data = value == null ? '' : String(value);
  }
  get nodeValue(): string {
    return this.data;
  }
  cloneNode(_deep?: boolean): MiniText {
    return new MiniText(this.ownerDocument, this.data);
  }
}

/** camelCase → kebab-case, for `element.style.fooBar = …`. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Inline style, reflected into the element's `style` attribute as a real DOM does. */
class MiniStyle {
  readonly #element: MiniElement;
  readonly #props = new Map<string, string>();
  constructor(element: MiniElement) {
    this.#element = element;
  }
  setProperty(name: string, value: unknown, priority?: string): void {
    if (value == null || value === '') {
      this.removeProperty(name);
      return;
    }
    this.#props.set(name, priority ? `${String(value)} !${priority}` : String(value));
    this.#reflect();
  }
  removeProperty(name: string): string {
    const old = this.getPropertyValue(name);
    this.#props.delete(name);
    this.#reflect();
    return old;
  }
  getPropertyValue(name: string): string {
    return this.#props.get(name)?.replace(/ !important$/, '') ?? '';
  }
  get cssText(): string {
    return [...this.#props].map(([k, v]) => `${k}: ${v};`).join(' ');
  }
  set cssText(text: string) {
    this.#props.clear();
    for (const decl of String(text).split(';')) {
      const colon = decl.indexOf(':');
      if (colon > 0) this.#props.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
    }
    this.#reflect();
  }
  #reflect(): void {
    const css = this.cssText;
    if (css) this.#element.setAttribute('style', css);
    else this.#element.removeAttribute('style');
  }
}

/** `element.style` that also accepts `style.maxWidth = …` (Plot's `style` option). */
function styleProxy(style: MiniStyle): MiniStyle {
  return new Proxy(style, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value === 'function') return value.bind(target);
      if (value === undefined && typeof prop === 'string') return target.getPropertyValue(kebab(prop));
      return value;
    },
    set(target, prop, value) {
      if (prop === 'cssText') target.cssText = String(value);
      else if (typeof prop === 'string') target.setProperty(kebab(prop), value);
      return true;
    },
  });
}

export interface MiniAttr {
  readonly name: string;
  readonly value: string;
}

export class MiniElement extends MiniNodeBase {
  readonly nodeType = 1;
  readonly namespaceURI: string | null;
  readonly localName: string;
  readonly childNodes: MiniNode[] = [];
  /** Insertion-ordered, as in a real DOM: re-setting an attribute keeps its place. */
  readonly attrs = new Map<string, string>();
  #style: MiniStyle | undefined;

  constructor(ownerDocument: MiniDocument, namespaceURI: string | null, localName: string) {
    super(ownerDocument);
    this.namespaceURI = namespaceURI;
    this.localName = localName;
  }

  get tagName(): string {
    return this.namespaceURI === XHTML_NS ? this.localName.toUpperCase() : this.localName;
  }
  get nodeName(): string {
    return this.tagName;
  }

  // ---- attributes (values are stringified like the DOM's DOMString conversion)
  setAttribute(name: string, value: unknown): void {
    this.attrs.set(name, String(value));
  }
  setAttributeNS(_ns: string | null, qualifiedName: string, value: unknown): void {
    this.attrs.set(qualifiedName, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  removeAttributeNS(_ns: string | null, localName: string): void {
    for (const name of this.attrs.keys()) {
      if (name === localName || name.endsWith(`:${localName}`)) this.attrs.delete(name);
    }
  }
  get attributes(): MiniAttr[] {
    return [...this.attrs].map(([name, value]) => ({ name, value }));
  }
  get id(): string {
    return this.attrs.get('id') ?? '';
  }
  set id(value: string) {
    this.setAttribute('id', value);
  }
  get className(): string {
    return this.attrs.get('class') ?? '';
  }
  set className(value: string) {
    this.setAttribute('class', value);
  }
  get style(): MiniStyle {
    return (this.#style ??= styleProxy(new MiniStyle(this)));
  }
  set style(cssText: string) {
    this.style.cssText = cssText;
  }

  // ---- tree
  get children(): MiniElement[] {
    return this.childNodes.filter((n): n is MiniElement => n.nodeType === 1);
  }
  get firstChild(): MiniNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): MiniNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get firstElementChild(): MiniElement | null {
    return this.children[0] ?? null;
  }
  appendChild<T extends MiniNode>(node: T): T {
    return this.insertBefore(node, null);
  }
  insertBefore<T extends MiniNode>(node: T, ref: MiniNode | null | undefined): T {
    if (!(node instanceof MiniElement || node instanceof MiniText)) unsupported('inserting foreign nodes');
    for (let p: MiniElement | null = this; p; p = p.parentNode) if (p === node) unsupported('cycles');
    node.parentNode?.removeChild(node);
    const i = ref == null ? -1 : this.childNodes.indexOf(ref);
    if (ref != null && i < 0) throw new Error('insertBefore: the reference node is not a child of this node.');
    if (i < 0) this.childNodes.push(node);
    else this.childNodes.splice(i, 0, node);
    node.parentNode = this;
    return node;
  }
  removeChild<T extends MiniNode>(node: T): T {
    const i = this.childNodes.indexOf(node);
    if (i < 0) throw new Error('removeChild: the node is not a child of this node.');
    this.childNodes.splice(i, 1);
    node.parentNode = null;
    return node;
  }
  append(...nodes: (MiniNode | string)[]): void {
    for (const n of nodes) this.appendChild(typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n);
  }
  get textContent(): string {
    let s = '';
    for (const n of this.childNodes) s += n.textContent;
    return s;
  }
  set textContent(value: unknown) {
    for (const n of this.childNodes) n.parentNode = null;
    this.childNodes.length = 0;
    const text = value == null ? '' : String(value);
    if (text !== '') this.appendChild(new MiniText(this.ownerDocument, text));
  }
  cloneNode(deep = false): MiniElement {
    const copy = new MiniElement(this.ownerDocument, this.namespaceURI, this.localName);
    for (const [k, v] of this.attrs) copy.attrs.set(k, v);
    if (deep) for (const n of this.childNodes) copy.appendChild(n.cloneNode(true));
    return copy;
  }

  // ---- what a write-only DOM cannot honestly answer
  querySelector(): never {
    return unsupported('querySelector');
  }
  querySelectorAll(): never {
    return unsupported('querySelectorAll');
  }
  getBBox(): never {
    return unsupported('layout (getBBox)');
  }
  getComputedTextLength(): never {
    return unsupported('layout (getComputedTextLength)');
  }
  addEventListener(): never {
    return unsupported('events');
  }
  dispatchEvent(): never {
    return unsupported('events');
  }
}

export class MiniDocument {
  readonly nodeType = 9;
  readonly documentElement: MiniElement;
  readonly defaultView = null;
  constructor() {
    this.documentElement = new MiniElement(this, XHTML_NS, 'html');
  }
  get ownerDocument(): null {
    return null;
  }
  createElementNS(namespaceURI: string | null, qualifiedName: string): MiniElement {
    const colon = qualifiedName.indexOf(':');
    return new MiniElement(this, namespaceURI, colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1));
  }
  createElement(localName: string): MiniElement {
    return new MiniElement(this, XHTML_NS, localName.toLowerCase());
  }
  createTextNode(data: string): MiniText {
    return new MiniText(this, String(data));
  }
}

/** A fresh minimal document for one chart (cheap: one object and one element). */
export function createMiniDocument(): MiniDocument {
  return new MiniDocument();
}
