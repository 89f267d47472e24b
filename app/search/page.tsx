import type { Metadata } from 'next';
import { FullTextSearch } from '@/components/search/full-text-search';
import { SearchForm } from '@/components/search/search-form';
import { SearchResultList } from '@/components/search/search-result-list';
import { getPublishedArticles } from '@/lib/content/store';
import { formatDate } from '@/lib/format/dates';
import { highlightTerms } from '@/lib/search/highlight';
import { readQuery, searchSummaries, searchTerms } from '@/lib/search/server-search';
import { getSection } from '@/lib/config/sections';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { homePath, searchPath, tagIndexPath } from '@/lib/config/urls';

/** Server-side results shown per query (the full-text search in the browser pages through all). */
const SERVER_RESULTS = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Search',
    description: 'Search every story we have published.',
    path: searchPath(),
    image: generatedCard(homePath, siteConfig.name),
  }),
  // Result pages are not content: keep them out of search engines, but let crawlers follow the links.
  robots: { index: false, follow: true },
};

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const query = readQuery((await searchParams).q);
  const matches = query ? searchSummaries(getPublishedArticles(), query, SERVER_RESULTS) : undefined;
  const terms = searchTerms(query);
  const hits = (matches?.results ?? []).map((a) => ({
    url: a.url,
    title: a.title,
    section: getSection(a.section)?.name ?? a.section,
    published: a.publishedAt,
    date: formatDate(a.publishedAt),
    excerpt: highlightTerms(a.standfirst, terms),
  }));
  const total = matches?.total ?? 0;
  const serverSummary =
    total === 0
      ? 'No headlines or summaries match.'
      : `${total} ${total === 1 ? 'story matches' : 'stories match'} in headlines and summaries${total > hits.length ? `; the best ${hits.length} are shown` : ''}.`;
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Search</h1>
      <SearchForm query={query} />
      {query ? (
        <FullTextSearch query={query} serverSummary={serverSummary}>
          {/* Replaced by the full-text results when JavaScript runs. */}
          <p className="mt-1 text-sm text-muted">
            With JavaScript on, search also covers the full text of every story.
          </p>
          <SearchResultList hits={hits} />
        </FullTextSearch>
      ) : (
        <p className="mt-6 max-w-2xl text-muted">
          Search every story by words in its headline, summary or text. Or browse{' '}
          <a href={tagIndexPath} className="text-accent underline">
            all topics
          </a>
          .
        </p>
      )}
    </>
  );
}
