/**
 * The live-updates endpoint (`/world/some-blog/updates`, app/[section]/[slug]/updates/route.ts):
 * what an open live page polls to learn of new, changed and deleted entries without a reload
 * (components/live/live-updates.enhance.ts). One answer for every reader — no per-reader query —
 * so a crowd costs one render: the answer is built once per blog and loaded content store, and kept
 * until the store is replaced (a content deploy) or the next scheduled entry comes due, whichever
 * is first. Everything here is pure but the memo; the entries' HTML comes from a renderer the route
 * passes in (lib/ never imports components).
 */
import { createHash } from 'node:crypto';
import { publishedTime, type PublicationOptions } from '../content/articles';
import {
  coverageModifiedAt,
  entriesOnPage,
  layoutEntries,
  visibleEntries,
  type LiveBlog,
  type LiveEntry,
} from '../content/live-blogs';
import type { LiveStatus } from '../content/schema';

/**
 * How the answer may be cached: five seconds anywhere (browsers, the CDN, nginx's micro-cache), and
 * a few more while a fresh one is fetched. Short next to the poll interval (15–30 s), so a reader
 * is at most one poll plus five seconds behind the newsroom.
 */
export const LIVE_UPDATES_CACHE_CONTROL = 'public, max-age=5, s-maxage=5, stale-while-revalidate=5';

/** `Content-Type` of the answer. */
export const LIVE_UPDATES_CONTENT_TYPE = 'application/json; charset=utf-8';

/** One visible entry, in page order. */
export type LiveUpdatesEntry = {
  id: string;
  /** The entry's `modifiedAt`: what the page's `data-version` says, so a change is a different value. */
  version: string;
  /** Its own time (ISO 8601), as `data-published`: tells a new entry from an older one not shown. */
  published: string;
  /** Set on the entry in the pinned slot (first on page 1). */
  pinned?: true;
  /** The entry's markup (`LiveEntryView`), for the entries of page 1 only. */
  html?: string;
};

/** The answer, as JSON: everything an open page needs to become what a reload would show. */
export type LiveUpdates = {
  status: LiveStatus;
  /** Set once the coverage has ended. */
  endedAt?: string;
  /** The notice a page shows once the coverage has ended (set only then). */
  endedNotice?: string;
  /** When the coverage last changed (ISO 8601), and the words the page shows for it. */
  updated: { iso: string; text: string };
  /** Every visible entry in page order (the pinned one first, then newest first); page 1's with HTML. */
  entries: LiveUpdatesEntry[];
};

/** Renders one entry as the page does (`LiveEntryView`, with `pinned` for the pinned slot). */
export type EntryRenderer = (entry: LiveEntry, pinned: boolean) => Promise<string>;

/** What the answer is built from besides the blog: the words it shows, and the entries' markup. */
export type LiveUpdatesInputs = {
  /** The words of the "updated" line for an instant (the page's own, e.g. "Updated 12 May 2026, 10:02 EDT"). */
  updatedText: (iso: string) => string;
  /** The notice shown once the coverage has ended. */
  endedNotice: (blog: LiveBlog) => string;
  render: EntryRenderer;
};

/** The answer for `blog` under `options` (a reader's: no drafts, nothing scheduled after `now`). */
export async function buildLiveUpdates(
  blog: LiveBlog,
  options: PublicationOptions,
  inputs: LiveUpdatesInputs,
): Promise<LiveUpdates> {
  const visible = visibleEntries(blog.live, options);
  const layout = layoutEntries(visible);
  const first = entriesOnPage(layout, 1) ?? [];
  const withHtml = new Set(first.map((e) => e.id));
  const html = new Map(
    await Promise.all(first.map(async (e) => [e.id, await inputs.render(e, e === layout.pinned)] as const)),
  );
  const ordered = layout.pinned ? [layout.pinned, ...layout.pages.flat()] : layout.pages.flat();
  const iso = coverageModifiedAt(blog, visible);
  return {
    status: blog.live.status,
    ...(blog.live.endedAt ? { endedAt: blog.live.endedAt } : {}),
    ...(blog.live.status === 'ended' ? { endedNotice: inputs.endedNotice(blog) } : {}),
    updated: { iso, text: inputs.updatedText(iso) },
    entries: ordered.map((e) => ({
      id: e.id,
      version: e.modifiedAt,
      published: e.publishedAt,
      ...(e === layout.pinned ? { pinned: true as const } : {}),
      ...(withHtml.has(e.id) ? { html: html.get(e.id) ?? '' } : {}),
    })),
  };
}

/**
 * The next moment after `options.now` (ms since the epoch) at which the visible entries of `blog`
 * change on their own — the earliest scheduled entry that is not a draft — or Infinity when none
 * will until the content changes.
 */
export function nextScheduledChange(blog: LiveBlog, options: PublicationOptions): number {
  if (options.includeScheduled) return Infinity;
  const now = options.now.getTime();
  let next = Infinity;
  for (const entry of blog.live.entries) {
    if (entry.draft && !options.includeDrafts) continue;
    const at = publishedTime(entry);
    if (at > now && at < next) next = at;
  }
  return next;
}

/** A weak validator of the JSON text (weak: compression gives the same answer other bytes). */
export function liveUpdatesEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** A built answer: the JSON text and its validator. */
export type LiveUpdatesAnswer = { body: string; etag: string };

type Memo = { answer: Promise<LiveUpdatesAnswer>; validUntil: number };

/** Answers by blog URL, per loaded content store: a new store (a deploy) starts afresh. */
const memos = new WeakMap<object, Map<string, Memo>>();

/**
 * The answer for `blog` in content store `store` (any object that is replaced when the content is),
 * built once and shared by every request until the store is replaced or the next scheduled entry
 * comes due. Requests that arrive while it is being built wait for the same build. A failed build
 * is forgotten, so the next request tries again.
 */
export function memoisedLiveUpdates(
  store: object,
  blog: LiveBlog,
  options: PublicationOptions,
  inputs: LiveUpdatesInputs,
): Promise<LiveUpdatesAnswer> {
  let byBlog = memos.get(store);
  if (!byBlog) {
    byBlog = new Map();
    memos.set(store, byBlog);
  }
  const now = options.now.getTime();
  const kept = byBlog.get(blog.url);
  if (kept && now < kept.validUntil) return kept.answer;
  const answer = buildLiveUpdates(blog, options, inputs).then((updates) => {
    const body = JSON.stringify(updates);
    return { body, etag: liveUpdatesEtag(body) };
  });
  const memo: Memo = { answer, validUntil: nextScheduledChange(blog, options) };
  byBlog.set(blog.url, memo);
  answer.catch(() => {
    if (byBlog.get(blog.url) === memo) byBlog.delete(blog.url);
  });
  return answer;
}
