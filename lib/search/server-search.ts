/**
 * Search without JavaScript: the server matches a query against headlines and standfirsts (never
 * bodies, which only the full-text Pagefind index covers — see scripts/build-search-index.ts).
 * Pure functions over summaries.
 */
import type { ArticleSummary } from '../content/articles';
import { compareNewestFirst } from '../content/articles';

/** The longest query we look at; longer input is cut, not rejected. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/** The query from `?q=`: one trimmed string (the first when repeated), at most MAX_SEARCH_QUERY_LENGTH characters. */
export function readQuery(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_QUERY_LENGTH);
}

/** Lowercased words without accents: "Pyongyang’s" → ["pyongyang", "s"], "Café" → ["cafe"]. */
export function searchTerms(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export type SearchMatches = {
  /** The best matches, at most `limit`. */
  results: ArticleSummary[];
  /** How many articles matched in all. */
  total: number;
};

/**
 * Articles whose headline or standfirst contains every word of `query` (as a word or the start of
 * one: "harb" finds "harbour"). Headline matches rank above standfirst matches; ties go to the
 * newest. An empty query matches nothing.
 */
export function searchSummaries(articles: readonly ArticleSummary[], query: string, limit: number): SearchMatches {
  const terms = [...new Set(searchTerms(query))];
  if (terms.length === 0) return { results: [], total: 0 };
  const scored: { article: ArticleSummary; score: number }[] = [];
  for (const article of articles) {
    const title = searchTerms(article.title);
    const standfirst = searchTerms(article.standfirst);
    let score = 0;
    for (const term of terms) {
      const inTitle = title.some((w) => w.startsWith(term));
      const inStandfirst = standfirst.some((w) => w.startsWith(term));
      if (!inTitle && !inStandfirst) {
        score = -1;
        break;
      }
      score += (inTitle ? 3 : 0) + (inStandfirst ? 1 : 0);
    }
    if (score > 0) scored.push({ article, score });
  }
  scored.sort((a, b) => b.score - a.score || compareNewestFirst(a.article, b.article));
  return { results: scored.slice(0, limit).map((s) => s.article), total: scored.length };
}
