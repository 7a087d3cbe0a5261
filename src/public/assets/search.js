// Luoshi site search: plain ES2020, loaded by /search/ as an external file (no inline script).
// The form (form[data-search]) submits to /search/?q=… without JavaScript; with it, this
// script runs the query against the Pagefind bundle named by #search[data-pagefind], lists the
// results, keeps the query in the address (so a search can be linked), and searches as the
// reader types. Excerpts are rebuilt as text and <mark> elements only: nothing from the index
// is ever inserted as HTML.
(() => {
  'use strict';
  const root = document.getElementById('search');
  const form = document.querySelector('form[data-search]');
  if (!root || !form) return;
  const input = form.querySelector('input[name="q"]');
  const status = root.querySelector('.search-status');
  const list = root.querySelector('.search-results');
  const more = root.querySelector('.search-more');
  const PAGE = 10;
  const fill = (template, values) => (template || '').replace(/\{(\w+)\}/g, (m, k) => (values && k in values ? String(values[k]) : m));
  const msg = (name, values) => fill(root.dataset['msg' + name], values);

  let pagefind;
  let results = [];
  let shown = 0;
  let latest = 0;
  let timer;

  async function engine() {
    if (!pagefind) {
      pagefind = await import(root.dataset.pagefind + 'pagefind.js');
      await pagefind.options({ excerptLength: 40 });
      await pagefind.init();
    }
    return pagefind;
  }

  /** Pagefind's excerpt (HTML with <mark>) as DOM nodes: text and marks only. */
  function excerptNodes(html) {
    const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
    const out = [];
    for (const node of doc.body.firstChild ? doc.body.firstChild.childNodes : []) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        out.push(mark);
      } else {
        out.push(document.createTextNode(node.textContent || ''));
      }
    }
    return out;
  }

  function item(data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = (data.meta && data.meta.title) || data.url;
    li.append(a);
    if (data.meta && data.meta.kind) {
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = data.meta.kind;
      li.append(kind);
    }
    if (data.excerpt) {
      const p = document.createElement('p');
      p.className = 'excerpt';
      p.append(...excerptNodes(data.excerpt));
      li.append(p);
    }
    return li;
  }

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    for (const d of data) list.append(item(d));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  function remember(q) {
    const address = new URL(window.location.href);
    if (q) address.searchParams.set('q', q);
    else address.searchParams.delete('q');
    window.history.replaceState(null, '', address);
  }

  async function run(raw) {
    const q = raw.trim();
    const ticket = ++latest;
    remember(q);
    list.replaceChildren();
    more.hidden = true;
    results = [];
    shown = 0;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = msg('Loading');
    try {
      const pf = await engine();
      const found = await pf.search(q);
      if (ticket !== latest) return;
      results = found.results;
      await showMore();
      if (ticket !== latest) return;
      // Announced once the first results are on the page.
      status.textContent = results.length ? msg('Results', { n: results.length }) : msg('None', { q });
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = msg('Error');
      console.warn('search:', error);
    }
  }

  root.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 250);
  });
  more.addEventListener('click', () => showMore());
  const q = new URL(window.location.href).searchParams.get('q');
  if (q) {
    input.value = q;
    run(q);
  }
})();
