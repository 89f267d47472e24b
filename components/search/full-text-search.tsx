'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { segmentsFromMarkedHtml } from '@/lib/search/highlight';
import { SEARCH_BUNDLE_PATH } from '@/lib/search/bundle';
import { SearchResultList, type SearchHit } from './search-result-list';
import { isPlainObject } from '@/lib/format/json';

type Props = {
  query: string;
  /** What the server found, in words ("2 stories match in headlines and summaries."). */
  serverSummary: string;
  /** The server's headline-and-standfirst results: shown until (and unless) full-text results arrive. */
  children: ReactNode;
};

/** The part of Pagefind's browser API we use (pagefind.js, loaded on demand from the bundle). */
type PagefindResult = { data: () => Promise<unknown> };
type Pagefind = { search: (query: string) => Promise<{ results: PagefindResult[] } | null> };

const PAGE = 20;

function isPagefind(value: unknown): value is Pagefind {
  return isPlainObject(value) && typeof value.search === 'function';
}

function isResultList(value: unknown): value is { results: PagefindResult[] } {
  return (
    isPlainObject(value) &&
    Array.isArray(value.results) &&
    value.results.every((r) => isPlainObject(r) && typeof r.data === 'function')
  );
}

/** One result's data as Pagefind returns it, checked: the bundle is a file on a server, not our code. */
function toHit(data: unknown): SearchHit | undefined {
  if (
    !isPlainObject(data) ||
    typeof data.url !== 'string' ||
    typeof data.excerpt !== 'string' ||
    !isPlainObject(data.meta)
  ) {
    return undefined;
  }
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

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on the first search: pages without a query never fetch it. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${SEARCH_BUNDLE_PATH}/pagefind.js`).then(
    (module: unknown) => {
      if (!isPagefind(module)) throw new Error('pagefind.js has no search()');
      return module;
    },
  );
  return loading;
}

type State =
  | { status: 'server' }
  | { status: 'searching' }
  | { status: 'done'; results: PagefindResult[]; hits: SearchHit[] }
  | { status: 'failed' };

/**
 * Full-text search (headline, standfirst and body) with Pagefind, which fetches only the index
 * chunks a query needs. Without JavaScript, or if the index cannot load, the server's results
 * (`children`, with `serverSummary`) stay.
 */
export function FullTextSearch({ query, serverSummary, children }: Props) {
  const [state, setState] = useState<State>({ status: 'server' });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    // The server renders 'server' (what a reader without JavaScript keeps); only a browser that runs
    // this effect is searching, so the state must change here, once per query.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ status: 'searching' });
    loadPagefind()
      .then((pagefind) => pagefind.search(query))
      .then(async (search) => {
        const results = isResultList(search) ? search.results : [];
        const hits = (await Promise.all(results.slice(0, PAGE).map((r) => r.data()))).map(toHit);
        if (current) setState({ status: 'done', results, hits: hits.filter((h) => h !== undefined) });
      })
      .catch(() => {
        if (current) setState({ status: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [query]);

  async function showMore(): Promise<void> {
    if (state.status !== 'done') return;
    setLoadingMore(true);
    try {
      const next = state.results.slice(state.hits.length, state.hits.length + PAGE);
      const hits = (await Promise.all(next.map((r) => r.data()))).map(toHit).filter((h) => h !== undefined);
      setState({ ...state, hits: [...state.hits, ...hits] });
    } finally {
      setLoadingMore(false);
    }
  }

  const total = state.status === 'done' ? state.results.length : 0;
  const summary =
    state.status === 'done'
      ? total === 0
        ? 'No stories match. Try fewer or different words.'
        : `${total} ${total === 1 ? 'story matches' : 'stories match'} in headlines, summaries and full text.`
      : state.status === 'searching'
        ? `${serverSummary} Searching the full text of every story…`
        : serverSummary;
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results" className="mt-8 font-sans text-xl font-bold">
        Results for “{query}”
      </h2>
      {/* One live region for the whole search, so screen readers hear each change of state. */}
      <p role="status" className="mt-1 text-sm text-muted">
        {summary}
      </p>
      {state.status === 'done' ? (
        <>
          <SearchResultList hits={state.hits} />
          {state.hits.length < total ? (
            <button
              type="button"
              onClick={showMore}
              disabled={loadingMore}
              className="mt-4 min-h-11 rounded border border-rule px-5 font-semibold text-ink hover:border-accent"
            >
              Show more results
            </button>
          ) : null}
        </>
      ) : (
        children
      )}
    </section>
  );
}
