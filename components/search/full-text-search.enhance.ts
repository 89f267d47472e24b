/**
 * Full-text search for the search page (full-text-search.tsx), as an enhancement module: it searches
 * headlines, standfirsts and bodies with Pagefind, which fetches only the index chunks a query needs,
 * as the reader types, and shows the results in place of the server's (which only cover headlines
 * and standfirsts). Pagefind is imported from the bundle only when a search is about to run. If this
 * module never loads, or Pagefind fails, the page stays what the server sent: a GET form and the
 * server's results.
 *
 * Every element comes from the server's HTML, found by `data-search`; every result is a copy of the
 * hidden prototype result, filled in with DOM text, never with HTML from the index.
 *
 * When the index has a delta (lib/search/bundle.ts: the articles published or changed since the main
 * bundle was built), it is merged into the search, and the main bundle's records it supersedes —
 * older versions of changed articles, articles no longer published — are dropped from every result
 * list by their Pagefind names, before anything is counted or fetched.
 */
import { isPlainObject } from '@/lib/format/json';
import { DELTA_FILE, parseDeltaList, SEARCH_BUNDLE_PATH, SEARCH_DELTA_PATH } from '@/lib/search/bundle';
import { segmentsFromMarkedHtml } from '@/lib/search/highlight';
import { readQuery } from '@/lib/search/server-search';
import type { SearchHit } from './search-result-list';

/** Results shown at first, and added by each "Show more results". */
export const PAGE_SIZE = 20;
/** How long the reader must pause typing before the query is searched. */
export const TYPING_PAUSE_MS = 150;
/** The shortest query searched while typing (a submitted one may be shorter). */
export const MIN_TYPED_LENGTH = 2;
/** How long a search may take before the status says that it is searching. */
export const SEARCHING_NOTICE_MS = 300;

/** Imports Pagefind's browser API; `enhance` takes it as a parameter so tests can pass a stand-in. */
export type LoadPagefind = () => Promise<unknown>;
/**
 * Reads what the delta holds and supersedes (`delta.json`, as parsed JSON): undefined when the index
 * has no delta at all; throws when it cannot tell. A parameter of `enhance`, like `LoadPagefind`.
 */
export type LoadDelta = () => Promise<unknown>;

/** One result of a search: its data (the fragment) is fetched only when shown; `id` names its record. */
type PagefindResult = { id?: string; data: () => Promise<unknown> };
/** The part of Pagefind's browser API we use. */
type Pagefind = {
  search: (query: string) => Promise<unknown>;
  init?: () => Promise<unknown>;
  preload?: (query: string) => Promise<unknown>;
  mergeIndex?: (path: string) => Promise<unknown>;
};
/** Pagefind with the delta merged in, and the names of the records to drop from its results. */
type Search = { pagefind: Pagefind; superseded: ReadonlySet<string> };

function isOptionalFunction(value: unknown): boolean {
  return value === undefined || typeof value === 'function';
}

/** pagefind.js is a file on a server, not our code: what it exports is checked before use. */
function isPagefind(value: unknown): value is Pagefind {
  return (
    isPlainObject(value) &&
    typeof value.search === 'function' &&
    isOptionalFunction(value.init) &&
    isOptionalFunction(value.preload) &&
    isOptionalFunction(value.mergeIndex)
  );
}

function isResultList(value: unknown): value is { results: PagefindResult[] } {
  return (
    isPlainObject(value) &&
    Array.isArray(value.results) &&
    value.results.every(
      (r) => isPlainObject(r) && typeof r.data === 'function' && (r.id === undefined || typeof r.id === 'string'),
    )
  );
}

/** One result's data as Pagefind returns it, checked; undefined when it is not what we indexed. */
function toHit(data: unknown): SearchHit | undefined {
  if (!isPlainObject(data) || typeof data.url !== 'string' || typeof data.excerpt !== 'string') return undefined;
  // Only a path of this site: an index can never make a result link elsewhere (or run `javascript:`).
  if (!/^\/(?![/\\])/.test(data.url) || !isPlainObject(data.meta)) return undefined;
  const { title, section, published, date } = data.meta;
  if (
    typeof title !== 'string' ||
    typeof section !== 'string' ||
    typeof published !== 'string' ||
    typeof date !== 'string'
  ) {
    return undefined;
  }
  return { url: data.url, title, section, published, date, excerpt: segmentsFromMarkedHtml(data.excerpt) };
}

/** What the status says once the full text has been searched. */
export function fullTextSummary(total: number): string {
  if (total === 0) return 'No stories match. Try fewer or different words.';
  return `${total} ${total === 1 ? 'story matches' : 'stories match'} in headlines, summaries and full text.`;
}

const SEARCHING = 'Searching the full text of every story…';
const UNAVAILABLE =
  'The full text cannot be searched just now. Press Search to find matches in headlines and summaries.';

/** The server's elements the module works with. */
type Parts = {
  form: HTMLFormElement;
  box: HTMLInputElement;
  intro: HTMLElement;
  results: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  serverResults: HTMLElement;
  more: HTMLElement;
  /** The prototype's list (copied empty) and result (copied whole). */
  list: Element;
  item: Element;
  /** The prototype excerpt's unmarked and marked runs (copied empty). */
  text: Element;
  mark: Element;
};

function findParts(root: HTMLElement): Parts | undefined {
  const part = (name: string): HTMLElement | undefined => {
    const element = root.querySelector(`[data-search="${name}"]`);
    return element instanceof HTMLElement ? element : undefined;
  };
  const [form, box, intro, results, heading, status, serverResults, more, prototype] = [
    'form',
    'box',
    'intro',
    'results',
    'heading',
    'status',
    'server-results',
    'more',
    'prototype',
  ].map(part);
  const list = prototype?.querySelector('ol');
  const item = list?.querySelector('li');
  const excerpt = item?.querySelector('[data-hit="excerpt"]');
  const text = excerpt?.querySelector('span');
  const mark = excerpt?.querySelector('mark');
  if (!(form instanceof HTMLFormElement) || !(box instanceof HTMLInputElement)) return undefined;
  if (!intro || !results || !heading || !status || !serverResults || !more) return undefined;
  if (!list || !item || !text || !mark) return undefined;
  return { form, box, intro, results, heading, status, serverResults, more, list, item, text, mark };
}

/**
 * Enhances one full-text search (the element with `data-full-text-search`): searches the query the
 * page was opened with, then whatever the reader types (after a short pause, from two characters) or
 * submits, in place, keeping the address in step; pages through the results twenty at a time.
 * Pagefind is imported with `loadPagefind` when the box gets focus or a search is due, at most once
 * unless it fails, and the delta `loadDelta` finds is merged into it. Does nothing if the markup is
 * not the one it knows.
 */
export function enhance(root: HTMLElement, loadPagefind: LoadPagefind, loadDelta: LoadDelta = noDelta): void {
  const parts = findParts(root);
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!parts || !view) return;
  const win: Window = view;
  const { form, box, intro, results, heading, status, serverResults, more } = parts;
  const { list: prototypeList, item: prototypeItem, text: prototypeText, mark: prototypeMark } = parts;

  const serverQuery = readQuery(box.defaultValue);
  const serverSummary = status.textContent ?? '';
  /** The page's own loading comes first: nothing here changes the page before it has loaded. */
  const loaded = new Promise<void>((resolve) => {
    if (doc.readyState === 'complete') resolve();
    else win.addEventListener('load', () => resolve(), { once: true });
  });

  let pagefind: Promise<Search> | undefined;
  /** The last search failed: a submitted form then goes to the server. */
  let failed = false;
  /** The query of the latest search begun; a later one makes earlier ones stale. */
  let current: string | undefined;
  let generation = 0;
  /** What the full-text list shows: all results, and how many of them have been shown. */
  let shown: { results: PagefindResult[]; next: number; list: Element } | undefined;
  let typing: number | undefined;
  let loadingMore = false;

  function load(): Promise<Search> {
    if (!pagefind) {
      const loading = Promise.all([loadPagefind(), loadDelta()]).then(async ([module, delta]) => {
        if (!isPagefind(module)) throw new Error('pagefind.js has no search()');
        if (delta === undefined) return { pagefind: module, superseded: new Set<string>() };
        const list = parseDeltaList(delta);
        if (!list) throw new Error(`${DELTA_FILE} is not a delta's list`);
        if (list.records > 0) {
          if (!module.mergeIndex) throw new Error('pagefind.js cannot merge the delta');
          await module.mergeIndex(SEARCH_DELTA_PATH);
        }
        return { pagefind: module, superseded: new Set(list.pages) };
      });
      // A failed import is tried again by the next search, not remembered.
      loading.catch(() => {
        if (pagefind === loading) pagefind = undefined;
      });
      pagefind = loading;
    }
    return pagefind;
  }

  function warm(query?: string): void {
    load()
      .then(({ pagefind: p }) => (query ? p.preload?.(query) : p.init?.()))
      .catch(() => {});
  }

  function item(hit: SearchHit): Element {
    const li = doc.importNode(prototypeItem, true);
    const link = li.querySelector('[data-hit="link"]');
    link?.setAttribute('href', hit.url);
    if (link) link.textContent = hit.title;
    const section = li.querySelector('[data-hit="section"]');
    if (section) section.textContent = hit.section;
    const date = li.querySelector('[data-hit="date"]');
    date?.setAttribute('datetime', hit.published);
    if (date) date.textContent = hit.date;
    li.querySelector('[data-hit="excerpt"]')?.replaceChildren(
      ...hit.excerpt.map((segment) => {
        const run = doc.importNode(segment.marked ? prototypeMark : prototypeText, false);
        run.textContent = segment.text;
        return run;
      }),
    );
    return li;
  }

  async function hitsOf(batch: readonly PagefindResult[]): Promise<SearchHit[]> {
    const data = await Promise.all(batch.map((r) => r.data()));
    return data.map(toHit).filter((hit) => hit !== undefined);
  }

  function replaceAddress(query: string): void {
    const url = new URL(form.action, win.location.href);
    url.search = query ? new URLSearchParams({ [box.name]: query }).toString() : '';
    if (url.href !== win.location.href) win.history.replaceState(win.history.state, '', url.href);
  }

  /** Shows the results section for `query`, with the server's results when they are for it. */
  function reveal(query: string): void {
    results.hidden = false;
    intro.hidden = true;
    heading.textContent = `Results for “${query}”`;
    serverResults.hidden = query !== serverQuery || shown !== undefined;
  }

  function dropList(): void {
    shown?.list.remove();
    shown = undefined;
    more.hidden = true;
  }

  function showResults(query: string, all: PagefindResult[], hits: SearchHit[], consumed: number): void {
    const list = doc.importNode(prototypeList, false);
    list.append(...hits.map(item));
    if (shown) shown.list.replaceWith(list);
    else more.before(list);
    shown = { results: all, next: consumed, list };
    reveal(query);
    status.textContent = fullTextSummary(all.length);
    more.hidden = consumed >= all.length;
  }

  function showFailure(query: string): void {
    dropList();
    reveal(query);
    status.textContent = query === serverQuery ? serverSummary : UNAVAILABLE;
  }

  async function search(query: string): Promise<void> {
    if (query === current) return;
    current = query;
    const id = ++generation;
    replaceAddress(query);
    if (results.hidden) {
      // Shown before the count arrives, so that the live region is there when its text changes.
      reveal(query);
      status.textContent = '';
    }
    const notice = win.setTimeout(() => {
      if (id === generation && doc.readyState === 'complete') {
        status.textContent = query === serverQuery && !shown ? `${serverSummary} ${SEARCHING}` : SEARCHING;
      }
    }, SEARCHING_NOTICE_MS);
    try {
      const { pagefind: p, superseded } = await load();
      const found = await p.search(query);
      const all = isResultList(found) ? found.results.filter((r) => r.id === undefined || !superseded.has(r.id)) : [];
      const batch = all.slice(0, PAGE_SIZE);
      const hits = await hitsOf(batch);
      await loaded;
      if (id !== generation) return;
      failed = false;
      showResults(query, all, hits, batch.length);
    } catch {
      await loaded;
      if (id !== generation) return;
      failed = true;
      current = undefined;
      showFailure(query);
    } finally {
      win.clearTimeout(notice);
    }
  }

  /** The box is empty: the page is as /search without a query. */
  function clear(): void {
    generation++;
    current = undefined;
    dropList();
    results.hidden = true;
    intro.hidden = false;
    status.textContent = '';
    replaceAddress('');
  }

  async function showMore(): Promise<void> {
    const page = shown;
    if (!page || loadingMore) return;
    loadingMore = true;
    more.setAttribute('aria-disabled', 'true');
    try {
      const batch = page.results.slice(page.next, page.next + PAGE_SIZE);
      const items = (await hitsOf(batch)).map(item);
      if (shown !== page) return;
      page.list.append(...items);
      page.next += batch.length;
      more.hidden = page.next >= page.results.length;
      // The reader asked for these: take them to the first, rather than leave them on the button.
      items[0]?.querySelector('a')?.focus();
    } catch {
      // What is shown stays, and so does the button, for another try.
    } finally {
      loadingMore = false;
      more.removeAttribute('aria-disabled');
    }
  }

  box.addEventListener('focus', () => warm(), { once: true });
  box.addEventListener('input', () => {
    win.clearTimeout(typing);
    const query = readQuery(box.value);
    if (!query) {
      clear();
      return;
    }
    if (query.length < MIN_TYPED_LENGTH) return;
    warm(query);
    typing = win.setTimeout(() => void search(query), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    // After a failure the browser submits the form, and the server answers.
    if (failed) return;
    event.preventDefault();
    win.clearTimeout(typing);
    const query = readQuery(box.value);
    if (query) void search(query);
    else clear();
  });
  more.addEventListener('click', () => void showMore());
  if (serverQuery) void search(serverQuery);
}

/** An index without a delta (what `enhance` assumes when it is given no `loadDelta`). */
function noDelta(): Promise<undefined> {
  return Promise.resolve(undefined);
}

/** Pagefind's browser API, from the search bundle (lib/search/bundle.ts). */
function importPagefind(): Promise<unknown> {
  return import(/* @vite-ignore */ `${SEARCH_BUNDLE_PATH}/pagefind.js`);
}

/**
 * The delta's `delta.json`. Every full build writes one (empty), so a 404 only comes from a bundle
 * built before deltas existed: it has none.
 */
async function fetchDeltaList(): Promise<unknown> {
  const response = await fetch(`${SEARCH_DELTA_PATH}${DELTA_FILE}`);
  if (!response.ok) {
    // Read to the end all the same: a body left unread keeps the request open in the browser.
    await response.arrayBuffer();
    if (response.status === 404) return undefined;
    throw new Error(`${DELTA_FILE}: ${response.status}`);
  }
  const list: unknown = await response.json();
  return list;
}

for (const root of document.querySelectorAll('[data-full-text-search]')) {
  if (root instanceof HTMLElement) enhance(root, importPagefind, fetchDeltaList);
}
