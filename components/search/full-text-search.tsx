import { EnhancementScript } from '@/components/layout/enhancement-script';
import { tagIndexPath } from '@/lib/config/urls';
import { SearchForm } from './search-form';
import { SearchResultList, type SearchHit } from './search-result-list';

/** The enhancement module of this component: full-text-search.enhance.ts. */
export const FULL_TEXT_SEARCH_MODULE = 'full-text-search';

type Props = {
  /** The query the page was asked for (`?q=`); empty when none. */
  query: string;
  /** What the server found, in words ("2 stories match in headlines and summaries."). */
  serverSummary: string;
  /** The server's headline-and-standfirst results. */
  hits: readonly SearchHit[];
  /** The address of the enhancement module, from `enhancementSrc(FULL_TEXT_SEARCH_MODULE)`. */
  src: string;
};

/**
 * The one result the module copies for every full-text result, rendered by the same component as
 * the server's results. Its excerpt has an unmarked and a marked run, the two kinds the module copies.
 * It sits in a hidden element rather than a `<template>`: under `next dev` the framework still
 * hydrates the page, and React cannot hydrate a template's content (it is not among its children).
 */
const PROTOTYPE: SearchHit = {
  url: '/',
  title: '',
  section: '',
  published: '1970-01-01',
  date: '',
  excerpt: [
    { text: ' ', marked: false },
    { text: ' ', marked: true },
  ],
};

/**
 * The search form and results. Without JavaScript this is the whole search: a GET form, and the
 * server's matches in headlines and standfirsts. With it, the module full-text-search.enhance.ts
 * (Pagefind, loaded on demand) searches headlines, standfirsts and bodies as the reader types and
 * fills the same section; each part it uses carries a `data-search` attribute. Everything it shows
 * is built from copies of the hidden prototype, so results have one markup, SearchResultList's.
 */
export function FullTextSearch({ query, serverSummary, hits, src }: Props) {
  return (
    <div data-full-text-search="">
      <SearchForm query={query} />
      <p data-search="intro" hidden={query !== ''} className="mt-6 max-w-2xl text-muted">
        Search every story by words in its headline, summary or text. Or browse{' '}
        <a href={tagIndexPath} className="text-accent underline">
          all topics
        </a>
        .
      </p>
      <section aria-labelledby="search-results" data-search="results" hidden={query === ''}>
        <h2 id="search-results" data-search="heading" className="mt-8 font-sans text-xl font-bold">
          {`Results for “${query}”`}
        </h2>
        {/* The one live region of the search: screen readers hear each count as it changes. */}
        <p role="status" data-search="status" className="mt-1 text-sm text-muted">
          {serverSummary}
        </p>
        <div data-search="server-results">
          <p className="mt-1 text-sm text-muted">
            With JavaScript on, search also covers the full text of every story.
          </p>
          <SearchResultList hits={hits} />
        </div>
        <button
          type="button"
          data-search="more"
          hidden
          className="mt-4 min-h-11 rounded border border-rule px-5 font-semibold text-ink hover:border-accent"
        >
          Show more results
        </button>
      </section>
      <div data-search="prototype" hidden>
        <SearchResultList hits={[PROTOTYPE]} />
      </div>
      <EnhancementScript name={FULL_TEXT_SEARCH_MODULE} src={src} />
    </div>
  );
}
