/**
 * What a live blog's page and its live-updates module (live-updates.enhance.ts) agree on: the
 * module's name, and the hooks in the page's markup the module finds. The page
 * (live-blog-page.tsx) renders them; the module looks them up by these selectors. Plain constants,
 * no imports, so the browser module can import them too.
 */

/** The live-updates enhancement module (components/live/live-updates.enhance.ts). */
export const LIVE_UPDATES_MODULE = 'live-updates';

/** The id of the element that holds the entries, on every page of a live blog. */
export const LIVE_ENTRIES_ID = 'live-entries';

/**
 * The page's hooks, as attribute names (each is rendered on exactly one element of a page):
 * - `updates`: on the entries list (`div#live-entries`) while the coverage is live, page 1 only: the
 *   updates endpoint to poll (`liveUpdatesPath`). Each entry in it is `LiveEntryView`'s
 *   `article.live-entry[data-entry]`.
 * - `updated`: the `<time>` of the "Updated …" line (absolute time as text and title; its
 *   `datetime` is the coverage's latest change).
 * - `badge`: the "Live" badge, on live pages.
 * - `ended`: the notice "This live coverage has ended…": shown on ended pages; hidden and empty on
 *   live page 1, for the module to fill when the coverage ends.
 * - `status`: the polite live region the module announces changes in (live page 1).
 * - `newUpdates`: the hidden `<button type="button">` the module shows as "2 new updates" (live page 1).
 * - `pollSeconds`: on the entries list beside `updates`: how often the module polls, in seconds
 *   (`siteConfig.livePollSeconds`, LIVE_POLL_SECONDS at build; 20 when absent).
 */
export const LIVE_HOOKS = {
  updates: 'data-live-updates',
  updated: 'data-live-updated',
  badge: 'data-live-badge',
  ended: 'data-live-ended',
  status: 'data-live-status',
  newUpdates: 'data-live-new',
  pollSeconds: 'data-live-poll-seconds',
} as const;
