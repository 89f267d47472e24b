/**
 * What `next build` prerenders, and what waits for its first request.
 *
 * Prerendered at build: the front page, the section fronts, the site-wide feeds and sitemaps, and
 * the newest articles (`siteConfig.prerenderArticles`). That set does not grow with the archive.
 *
 * Rendered on first request, then cached and regenerated like every page (`revalidate`): older
 * articles, later pages of listings, tag and author pages, every section, tag and author feed and
 * every link-preview card. Their number grows with the archive (tags, authors, pages) and a feed
 * renders 50 whole articles, so prerendering them made every build — even after a one-word edit —
 * pay for the whole archive. proxy.ts answers addresses of sections, tags and authors that do not
 * exist with a 404 before any rendering, so made-up addresses never reach these routes' caches.
 */

/** `generateStaticParams` of a route rendered on its first request: nothing at build. */
export function renderOnFirstRequest<T>(): T[] {
  return [];
}
