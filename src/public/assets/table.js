// Luoshi table enhancement: plain ES2020, no dependencies. The full table is in the HTML;
// this only adds, when JavaScript runs:
// - on every table[data-sortable]: a button in each column heading that sorts the rows
//   (numbers by data-value, or data-sort where a cell gives an order; text by
//   Intl.Collator, so Chinese sorts as zh-CN readers expect), with aria-sort;
// - on every form[data-table]: a select per th[data-filter] column, built from the cells,
//   next to the form's text search; a live count in the element named by data-status;
//   the filters are kept in the address (?q=…&program=…) so a filtered view can be linked.
// Elements marked data-js-only are shown once the script has run.
(() => {
  'use strict';
  const lang = document.documentElement.lang || 'zh-CN';
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const MISSING = new Set(['', '—', '-']);

  /** A cell's value for filtering: data-value, else its text. */
  const cellValue = (cell) => (cell ? (cell.dataset.value ?? cell.textContent).trim() : '');

  /** A cell's sort key: a number, a string, or null for a missing value (always last). */
  function sortKey(cell, numeric) {
    if (!cell) return null;
    if (cell.dataset.sort !== undefined && cell.dataset.sort !== '') return Number(cell.dataset.sort);
    const v = cellValue(cell);
    if (MISSING.has(v)) return null;
    if (!numeric) return v;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }

  const fill = (template, values) => (template || '').replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  const headerCells = (table) => Array.from((table.tHead && table.tHead.rows[0] && table.tHead.rows[0].cells) || []);
  const headerLabel = (th) => th.textContent.trim();

  function enhanceSorting(table) {
    const tbody = table.tBodies[0];
    if (!tbody) return;
    const headers = headerCells(table);
    const original = new Map(Array.from(tbody.rows, (row, i) => [row, i]));
    headers.forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', () => {
        sortBy(col, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
      });
    });

    function sortBy(col, direction) {
      const numeric = headers[col].dataset.type === 'number';
      const sign = direction === 'ascending' ? 1 : -1;
      const keyed = Array.from(tbody.rows, (row) => ({ row, key: sortKey(row.cells[col], numeric), i: original.get(row) ?? 0 }));
      keyed.sort((a, b) => {
        if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
        const c = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
        return sign * c || a.i - b.i;
      });
      tbody.append(...keyed.map((k) => k.row));
      for (const h of headers) h.removeAttribute('aria-sort');
      headers[col].setAttribute('aria-sort', direction);
      table.dispatchEvent(new CustomEvent('luoshi:sorted', { detail: { column: headerLabel(headers[col]), direction } }));
    }
  }

  function enhanceFilters(form) {
    const table = document.getElementById(form.dataset.table || '');
    const tbody = table && table.tBodies[0];
    if (!tbody) return;
    const status = document.getElementById(form.dataset.status || '');
    const rows = () => Array.from(tbody.rows);
    const search = form.elements.namedItem('q');
    const before = form.querySelector('[type="reset"]');
    const filters = [];

    headerCells(table).forEach((th, col) => {
      const name = th.dataset.filter;
      if (!name) return;
      const values = new Map();
      for (const row of rows()) {
        const cell = row.cells[col];
        const v = cellValue(cell);
        if (!MISSING.has(v) && !values.has(v)) values.set(v, cell.dataset.sort);
      }
      if (values.size < 2) return; // nothing to choose between
      const ordered = [...values.entries()].sort(([a, ka], [b, kb]) =>
        ka !== undefined && kb !== undefined ? Number(ka) - Number(kb) : collator.compare(a, b));
      const label = document.createElement('label');
      label.append(headerLabel(th));
      const select = document.createElement('select');
      select.name = name;
      select.add(new Option(form.dataset.all || '', ''));
      for (const [v] of ordered) select.add(new Option(v, v));
      label.append(select);
      form.insertBefore(label, before);
      filters.push({ col, select });
    });

    let sorted = '';
    let timer = 0;
    function apply() {
      const terms = (search ? search.value : '').trim().toLowerCase().split(/\s+/).filter(Boolean);
      const all = rows();
      let shown = 0;
      for (const row of all) {
        const text = row.textContent.toLowerCase();
        const ok = terms.every((t) => text.includes(t)) && filters.every((f) => !f.select.value || cellValue(row.cells[f.col]) === f.select.value);
        row.hidden = !ok;
        if (ok) shown++;
      }
      if (status) status.textContent = fill(form.dataset.count, { shown, total: all.length }) + sorted;
      remember();
    }
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(apply, 200);
    };

    // The filters live in the query string, so a filtered view is a link to share.
    function remember() {
      const params = new URLSearchParams(location.search);
      const set = (k, v) => (v ? params.set(k, v) : params.delete(k));
      set('q', search ? search.value.trim() : '');
      for (const f of filters) set(f.select.name, f.select.value);
      const qs = params.toString();
      history.replaceState(history.state, '', location.pathname + (qs ? `?${qs}` : '') + location.hash);
    }
    const params = new URLSearchParams(location.search);
    if (search && params.has('q')) search.value = params.get('q');
    for (const f of filters) {
      const v = params.get(f.select.name);
      if (v && Array.from(f.select.options).some((o) => o.value === v)) f.select.value = v;
    }

    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', later);
    form.addEventListener('change', apply);
    form.addEventListener('reset', () => setTimeout(apply, 0));
    table.addEventListener('luoshi:sorted', (e) => {
      const order = e.detail.direction === 'ascending' ? form.dataset.ascending : form.dataset.descending;
      sorted = fill(form.dataset.sorted, { column: e.detail.column, order });
      apply();
    });
    apply();
    form.hidden = false;
    if (status) status.hidden = false;
  }

  function init() {
    document.querySelectorAll('table[data-sortable]').forEach(enhanceSorting);
    document.querySelectorAll('form[data-table]').forEach(enhanceFilters);
    document.querySelectorAll('[data-js-only][hidden]').forEach((el) => (el.hidden = false));
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
