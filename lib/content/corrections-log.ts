/**
 * The corrections log (`/corrections`): every correction of every article readers may see, newest
 * first, paginated like the other listings, and the items of its feeds. Drafts and scheduled
 * articles never reach it — not even in preview — because it goes through the one publication
 * filter (`selectPublished`, lib/content/articles.ts) with the readers' rules.
 */
import { compareNewestFirst, selectPublished, type ArticleSummary, type PublicationOptions } from './articles';
import { getPublishedArticles } from './store';
import { paginate, parsePageParam, type Page } from './pagination';
import { siteConfig } from '../config/site-config';
import { correctionAnchor, correctionsPath, correctionUrl } from '../config/urls';

/** One correction as the log lists it. */
export type CorrectionLogEntry = {
  /** The corrected article's headline. */
  headline: string;
  /** The corrected article's address. */
  articleUrl: string;
  /** The corrected article's section slug. */
  section: string;
  /** When the correction was made: an ISO 8601 instant. */
  date: string;
  /** What was wrong, and what is right. */
  text: string;
  /** The id of the correction on the article's page (`correction-2`). */
  anchor: string;
  /** The correction on the article's page: `/world/some-story#correction-2`. */
  href: string;
};

type Dated = { entry: CorrectionLogEntry; time: number; article: ArticleSummary; index: number };

/**
 * Every correction of every article published at `options.now` (no drafts, nothing scheduled),
 * newest correction first; corrections made at the same moment list the newer article first, then
 * the article's later correction first. Does not modify `articles`.
 */
export function correctionsLog(articles: readonly ArticleSummary[], { now }: Pick<PublicationOptions, 'now'>): CorrectionLogEntry[] {
  const dated: Dated[] = selectPublished(articles, { now }).flatMap((article) =>
    // Summaries keep corrections oldest first (lib/content/content-index.ts): the n-th is `correction-n`.
    article.corrections.map((correction, index) => ({
      entry: {
        headline: article.title,
        articleUrl: article.url,
        section: article.section,
        date: correction.date,
        text: correction.text,
        anchor: correctionAnchor(index + 1),
        href: correctionUrl(article.url, index + 1),
      },
      time: Date.parse(correction.date),
      article,
      index,
    })),
  );
  dated.sort((a, b) => b.time - a.time || compareNewestFirst(a.article, b.article) || b.index - a.index);
  return dated.map((d) => d.entry);
}

/** Everything one page of the corrections log shows. */
export type CorrectionsLogPage = { page: Page<CorrectionLogEntry> };

/** Page `page` of the corrections log as readers see it at `now`, or undefined past its last page. */
export function getCorrectionsLogPage(page: number, now: Date = new Date()): CorrectionsLogPage | undefined {
  const found = paginate(correctionsLog(getPublishedArticles(now), { now }), page, siteConfig.listingPageSize);
  return found ? { page: found } : undefined;
}

/** What `/corrections/page/<param>` answers: a later page, or a redirect (page 1 is `/corrections`). */
export type LaterCorrectionsLogPage = { kind: 'page'; log: CorrectionsLogPage } | { kind: 'redirect'; path: string };

/**
 * What `/corrections/page/<param>` is at `now`, or undefined when it names nothing (a page past the
 * last, `0`, `02`, `two`).
 */
export function getLaterCorrectionsLogPage(param: string, now: Date = new Date()): LaterCorrectionsLogPage | undefined {
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') return { kind: 'redirect', path: correctionsPath };
  if (parsed.kind === 'invalid') return undefined;
  const log = getCorrectionsLogPage(parsed.page, now);
  return log ? { kind: 'page', log } : undefined;
}

/** The newest `limit` corrections readers may see at `now`, for the corrections log's feeds. */
export function getCorrectionsFeedEntries(limit: number, now: Date = new Date()): CorrectionLogEntry[] {
  return correctionsLog(getPublishedArticles(now), { now }).slice(0, limit);
}
