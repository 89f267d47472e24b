import type { Metadata } from 'next';
import { FULL_TEXT_SEARCH_MODULE, FullTextSearch } from '@/components/search/full-text-search';
import { getPublishedArticles } from '@/lib/content/store';
import { formatDate } from '@/lib/format/dates';
import { highlightTerms } from '@/lib/search/highlight';
import { readQuery, searchSummaries, searchTerms } from '@/lib/search/server-search';
import { getSection } from '@/lib/config/sections';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { homePath, searchPath } from '@/lib/config/urls';
import { enhancementSrc } from '@/lib/serving/enhancements';

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
  const serverSummary = !query
    ? ''
    : total === 0
      ? 'No headlines or summaries match.'
      : `${total} ${total === 1 ? 'story matches' : 'stories match'} in headlines and summaries${total > hits.length ? `; the best ${hits.length} are shown` : ''}.`;
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Search</h1>
      <FullTextSearch
        query={query}
        serverSummary={serverSummary}
        hits={hits}
        src={enhancementSrc(FULL_TEXT_SEARCH_MODULE)}
      />
    </>
  );
}
