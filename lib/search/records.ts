/**
 * What the full-text search index holds for each article: pure functions that turn a summary and its
 * raw MDX body into a Pagefind custom record. scripts/build-search-index.ts feeds them every
 * published article — including those not prerendered — and writes the index.
 */
import type { ArticleSummary } from '../content/articles';
import { formatDate } from '../format/dates';
import { getSection } from '../config/sections';

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
 * The words a reader sees in an MDX body, as plain text: Markdown markers, link targets, JSX tags
 * and attributes removed; the text inside components (a pull quote, a callout) and captions kept.
 */
export function plainTextFromMdx(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b([^>]*?)\/?>/g, (_, attributes: string) => {
      // Captions and alt text of <Figure> are words a reader sees (or hears) too.
      const texts = [...attributes.matchAll(/\b(?:alt|caption|title|cite)="([^"]*)"/g)].map((m) => m[1]);
      return ` ${texts.join(' ')} `;
    })
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search record for one published article: headline, standfirst and body text, with display metadata. */
export function searchRecord(article: ArticleSummary, mdxBody: string, language: string): SearchRecord {
  const section = getSection(article.section)?.name ?? article.section;
  return {
    url: article.url,
    content: `${article.title}. ${article.standfirst} ${plainTextFromMdx(mdxBody)}`,
    language,
    meta: { title: article.title, section, published: article.publishedAt, date: formatDate(article.publishedAt) },
    filters: { section: [section] },
    sort: { published: article.publishedAt },
  };
}
