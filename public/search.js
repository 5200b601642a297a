// Clause search on /search/. Plain ES module, no inline script (CSP needs only
// 'wasm-unsafe-eval' for Pagefind). Pagefind loads on first focus or submit.
const form = document.querySelector('[data-search-form]');
const input = document.getElementById('search-input');
const results = document.querySelector('[data-search-results]');
let pagefindPromise;

function loadPagefind() {
  pagefindPromise ??= import('/pagefind/pagefind.js').then(async (pagefind) => {
    await pagefind.options({ excerptLength: 30 });
    return pagefind;
  });
  return pagefindPromise;
}

function element(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function excerpt(html) {
  // Pagefind marks matches with <mark>; keep only that markup.
  const p = element('p', { class: 'govuk-body search-result__excerpt' });
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (match ? match[1] : part).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    p.append(match ? element('mark', {}, text) : text);
  }
  return p;
}

async function run(query, filters) {
  if (!query.trim()) {
    results.replaceChildren();
    return;
  }
  results.replaceChildren(element('p', { class: 'govuk-body' }, 'Searching…'));
  const pagefind = await loadPagefind();
  const search = await pagefind.search(query, { filters });
  const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (!data.length) {
    results.replaceChildren(element('h2', { class: 'govuk-heading-m', id: 'results-heading' }, `No clauses match “${query}”`),
      element('p', { class: 'govuk-body' }, 'Check the spelling, try fewer or different words, or remove a filter.'));
    return;
  }
  const list = element('ol', { class: 'govuk-list search-result-list', 'aria-labelledby': 'results-heading' });
  for (const item of data) {
    const title = element('a', { class: 'govuk-link', href: item.url }, item.meta.title ?? item.url);
    const where = element('p', { class: 'govuk-body-s search-result__where' }, [item.meta.document, item.meta.partnership].filter(Boolean).join(' – '));
    list.append(element('li', { class: 'search-result' }, element('h3', { class: 'govuk-heading-s' }, title), where, excerpt(item.excerpt)));
  }
  const count = search.results.length;
  results.replaceChildren(element('h2', { class: 'govuk-heading-m', id: 'results-heading' }, `${count} clause${count === 1 ? '' : 's'} match “${query}”`), list);
}

function currentFilters() {
  const filters = {};
  for (const name of ['partnership', 'document']) {
    const value = form.elements[name]?.value;
    if (value) filters[name] = value;
  }
  return filters;
}

if (form && input && results) {
  input.addEventListener('focus', () => { loadPagefind(); }, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form));
    history.replaceState(null, '', `?${params}`);
    run(input.value, currentFilters());
  });
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params) if (form.elements[key]) form.elements[key].value = value;
  if (params.get('q')) run(params.get('q'), currentFilters());
}
