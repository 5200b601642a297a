// Clause search on /search/. A plain ES module loaded by <script src>, so the
// page needs no inline script: Pagefind needs only 'wasm-unsafe-eval' in a
// Content-Security-Policy. Nothing under /pagefind/ loads until the reader
// focuses the search box, submits the form or arrives with ?q=.
//
// Search options (ranking, excerpt length) come from the build
// (src/integrations/pagefind.ts → /pagefind/search-options.json).
import { mergeByScore, significantWords } from './search-words.js';

const form = document.querySelector('[data-search-form]');
const input = document.getElementById('search-input');
const results = document.querySelector('[data-search-results]');
const status = document.querySelector('[data-search-status]');
const PAGE_SIZE = 20;
/** Fewer clauses than this for the whole query: search again on its meaningful words (search-words.js). */
const FEW = 5;
let pagefindPromise;
let latest = 0;

function loadPagefind() {
  pagefindPromise ??= Promise.all([
    import('/pagefind/pagefind.js'),
    fetch('/pagefind/search-options.json')
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({})),
  ]).then(async ([pagefind, options]) => {
    await pagefind.options(options);
    pagefind.init();
    return pagefind;
  });
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

function element(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text) => text.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]);

/** Pagefind's excerpt, keeping only its <mark> around matched words; everything else becomes text. */
function excerpt(html) {
  const p = element('p', { class: 'govuk-body search-result__excerpt' });
  for (const part of html.split(/(<mark>.*?<\/mark>)/g)) {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    p.append(match ? element('mark', {}, decode(match[1])) : decode(part));
  }
  return p;
}

/** "6.53", "6.53." or "11.0": the query is a clause number. */
const asNumber = (query) => (/^\d+(\.\d+)*\.?$/.test(query.trim()) ? query.trim().replace(/\.$/, '') : undefined);

function announce(text) {
  status.textContent = text;
}

async function run(query, filters) {
  const search = ++latest;
  query = query.trim();
  // No words but a filter chosen (a topic, say): list every clause the filters allow.
  const filterOnly = !query && Object.keys(filters).length > 0;
  if (!query && !filterOnly) {
    results.replaceChildren();
    announce('');
    return;
  }
  announce('Searching…');
  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (search !== latest) return;
    results.replaceChildren(
      element(
        'p',
        { class: 'govuk-body' },
        'Search could not load. Check your connection and try again, or find the clause from the contents of its document.',
      ),
    );
    announce('Search could not load.');
    return;
  }
  const number = asNumber(query);
  let found = (await pagefind.search(filterOnly ? null : query, { filters })).results;
  let someWords = false;
  const words = filterOnly || number ? [] : significantWords(query);
  if (found.length < FEW && words.length > 0 && words.join(' ') !== query.toLowerCase()) {
    const relaxed = mergeByScore(await Promise.all(words.map(async (word) => (await pagefind.search(word, { filters })).results)));
    if (relaxed.length > found.length) [found, someWords] = [relaxed, true];
  }
  let data = await Promise.all(found.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (search !== latest) return; // a newer search has started
  if (number) {
    // Tie-breaker only: Pagefind's own ranking already puts a clause number first
    // (its numberKey metadata, src/lib/search/clause-record.ts), but its prefix
    // matching scores every longer number alike, so "6.5" can rank 6.57 above 6.5.
    // A clause whose printed number is exactly the query comes first.
    const exact = (item) => (item.meta.number ?? '').replace(/\.$/, '') === number;
    data = [...data.filter(exact), ...data.filter((item) => !exact(item))];
  }
  const count = found.length;
  const asked = filterOnly ? 'the chosen filters' : someWords ? `some of the words ${words.map((w) => `“${w}”`).join(', ')}` : `“${query}”`;
  const heading = element('h2', { class: 'govuk-heading-m', id: 'results-heading', tabindex: '-1' });
  if (!count) {
    heading.textContent = `No clauses match ${asked}`;
    results.replaceChildren(
      heading,
      element(
        'p',
        { class: 'govuk-body' },
        'Check the spelling, try fewer or different words, or remove a filter. You can also find any clause from the contents of its document.',
      ),
    );
    announce(heading.textContent);
    return;
  }
  heading.textContent = `${count} clause${count === 1 ? '' : 's'} match${count === 1 ? 'es' : ''} ${asked}`;
  const list = element('ol', { class: 'govuk-list search-result-list', 'aria-labelledby': 'results-heading' });
  for (const item of data) {
    const title = element('a', { class: 'govuk-link', href: item.url }, item.meta.title ?? item.url);
    const where = element(
      'p',
      { class: 'govuk-body-s search-result__where' },
      [item.meta.document, item.meta.partnership].filter(Boolean).join(' – '),
    );
    list.append(
      element(
        'li',
        { class: 'search-result' },
        element('h3', { class: 'govuk-heading-s search-result__title' }, title),
        where,
        excerpt(item.excerpt),
      ),
    );
  }
  const parts = [heading];
  if (someWords)
    parts.push(
      element(
        'p',
        { class: 'govuk-body' },
        `Few clauses have every word of “${query}”, so these have some of its words, best match first.`,
      ),
    );
  parts.push(list);
  if (count > data.length)
    parts.push(
      element(
        'p',
        { class: 'govuk-body' },
        `Showing the first ${data.length}. Add words or choose a partnership or document to narrow the search.`,
      ),
    );
  results.replaceChildren(...parts);
  announce(`${heading.textContent}${count > data.length ? `, showing the first ${data.length}` : ''}.`);
}

function currentFilters() {
  const filters = {};
  for (const name of ['partnership', 'document', 'topic']) {
    const value = form.elements[name]?.value;
    if (value) filters[name] = value;
  }
  return filters;
}

if (form && input && results && status) {
  // Warm up on first focus (the reader is about to search), not on page load.
  input.addEventListener(
    'focus',
    () => {
      loadPagefind().catch(() => {});
    },
    { once: true },
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) params.set(key, value);
    history.replaceState(null, '', `${location.pathname}?${params}`);
    run(input.value, currentFilters());
  });
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params) if (form.elements[key]) form.elements[key].value = value;
  if (params.get('q') || Object.keys(currentFilters()).length) run(params.get('q') ?? '', currentFilters());
}
