/**
 * What the full-text search index holds for each article: pure functions that turn a summary and its
 * raw MDX body into a Pagefind custom record. scripts/build-search-index.ts feeds them every
 * published article — including those not prerendered — and writes the index.
 */
import type { ArticleSummary } from '../content/articles';
import { formatDate } from '../format/dates';
import { getSection } from '../config/sections';
import { readerText } from '../mdx/reader-text';

/** A Pagefind custom record (the shape `addCustomRecord` takes). */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: {
    title: string;
    section: string;
    /** ISO 8601 instant, for `<time datetime>`. */
    published: string;
    /** The date as readers see it, e.g. "14 November 2024". */
    date: string;
  };
  filters: { section: string[] };
  sort: { published: string };
};

/**
 * The search record for one published article: headline, standfirst and the body's reader-visible
 * text (the same text its word count and reading time are counted from), with display metadata.
 */
export function searchRecord(article: ArticleSummary, mdxBody: string, language: string): SearchRecord {
  const section = getSection(article.section)?.name ?? article.section;
  return {
    url: article.url,
    content: `${article.title}. ${article.standfirst} ${readerText(mdxBody)}`,
    language,
    meta: { title: article.title, section, published: article.publishedAt, date: formatDate(article.publishedAt) },
    filters: { section: [section] },
    sort: { published: article.publishedAt },
  };
}
