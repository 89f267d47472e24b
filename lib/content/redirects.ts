/**
 * Renamed URLs: each address in an article's `redirectFrom` answers a permanent redirect (308) to the
 * article's current address. The HTTP layer (lib/serving/http-layer.ts) answers them, before Next
 * routes anything, from this table for the content store as loaded now (`redirectFor` in
 * lib/content/index-loader.ts), so a rename, a takedown or a scheduled article's publication changes
 * the redirects without a build. `npm run content` also writes the table as
 * `.contentlayer/redirects.json`, for people and tools; the server does not read it.
 */

/** What the table needs to know about an article. */
export type RedirectingArticle = {
  url: string;
  redirectFrom: readonly string[];
  draft: boolean;
  /** ISO 8601 instant. */
  publishedAt: string;
};

/** One entry of Next's `redirects()`. `permanent: true` answers 308. */
export type NextRedirect = { source: string; destination: string; permanent: true };

/** The file `npm run content` writes the table to, relative to the project root. */
export const REDIRECTS_FILE = '.contentlayer/redirects.json';

/**
 * The redirects in force for articles readers can see at `now`. Drafts and scheduled articles get none
 * yet: a redirect would reveal an embargoed article's new address. Throws when two articles claim one
 * old address (the content checker reports that first, with file and line).
 */
export function redirectTable(articles: readonly RedirectingArticle[], now: Date): NextRedirect[] {
  const table = new Map<string, NextRedirect>();
  for (const article of articles) {
    if (article.draft || Date.parse(article.publishedAt) > now.getTime()) continue;
    for (const source of article.redirectFrom) {
      const existing = table.get(source.toLowerCase());
      if (existing && existing.destination !== article.url) {
        throw new Error(`redirectFrom: "${source}" is claimed by both ${existing.destination} and ${article.url}`);
      }
      table.set(source.toLowerCase(), { source, destination: article.url, permanent: true });
    }
  }
  return [...table.values()].sort((a, b) => a.source.localeCompare(b.source));
}
