/**
 * What the full-text search index holds for each article: pure functions that turn a summary and its
 * raw MDX body (and a live blog's entries) into a Pagefind custom record, and that say what a record
 * is made from, so scripts/build-search-index.ts can tell an unchanged record without rebuilding it.
 * The script feeds them every published article — including those not prerendered — and writes the index.
 */
import type { ArticleSummary } from '../content/articles';
import { visibleEntries, type LiveEntry } from '../content/live-blogs';
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
    /**
     * Set on records of the delta bundle (`deltaRecord`). Pagefind names a record by a hash of what
     * it stores, so the mark keeps a delta record's name apart from the main bundle's record of the
     * same article, which the search page drops by name.
     */
    delta?: string;
  };
  filters: { section: string[] };
  sort: { published: string };
};

/** One live-blog entry as its article's record holds it: its title (if it has one) and raw MDX body. */
export type EntryText = { title?: string; body: string };

/**
 * The search record for one published article: headline, standfirst and the body's reader-visible
 * text (the same text its word count and reading time are counted from), with display metadata. A
 * live blog's record also holds its entries' titles and text (`entries`, those readers can see:
 * `indexedEntries`), after its summary, so a search for the words of one entry finds the blog.
 */
export function searchRecord(
  article: ArticleSummary,
  mdxBody: string,
  language: string,
  entries: readonly EntryText[] = [],
): SearchRecord {
  const section = getSection(article.section)?.name ?? article.section;
  const parts = [`${article.title}. ${article.standfirst} ${readerText(mdxBody)}`];
  for (const entry of entries)
    parts.push(entry.title ? `${entry.title}. ${readerText(entry.body)}` : readerText(entry.body));
  return {
    url: article.url,
    content: parts.join(' '),
    language,
    meta: { title: article.title, section, published: article.publishedAt, date: formatDate(article.publishedAt) },
    filters: { section: [section] },
    sort: { published: article.publishedAt },
  };
}

/** `record` marked as one of the delta bundle's (see `SearchRecord.meta.delta`). */
export function deltaRecord(record: SearchRecord): SearchRecord {
  return { ...record, meta: { ...record.meta, delta: 'true' } };
}

/**
 * The entries of `article` its record holds at `now`: a live blog's entries readers can see (no
 * drafts, none scheduled for later; lib/content/live-blogs.ts), newest first; none for other articles.
 */
export function indexedEntries(article: ArticleSummary, now: Date): LiveEntry[] {
  return article.live ? visibleEntries(article.live, { now, includeDrafts: false }) : [];
}

/**
 * The summary's and the entries' fields `article`'s record shows, as one string: with the hashes of
 * the bodies it reads (the article's, then each of `entries`'), all a record is made from besides
 * the code. Equal inputs make equal records, so their hash names a record without reading any body.
 */
export function recordFields(article: ArticleSummary, entries: readonly Pick<LiveEntry, 'title'>[]): string {
  return JSON.stringify([
    article.url,
    article.title,
    article.standfirst,
    article.section,
    article.publishedAt,
    entries.map((e) => e.title ?? ''),
  ]);
}
