/**
 * The breaking-news line as an edge-side include: every page carries an empty slot where the line
 * goes (components/layout/breaking-news-slot.tsx, after the skip link), and the HTTP layer puts the
 * current line into it as each HTML response leaves (lib/serving/page-delivery.ts), so the line
 * appears and expires without a rebuild or a regenerated page
 * (docs/decisions/014-breaking-news-line.md). Pure, and free of Node and React, so the slot
 * component may use it from the error pages too.
 *
 * The markup is written once, here, as a string: the HTTP layer sits below the components and runs
 * outside React. It is part of the page as sent — in normal flow, before any content, never added
 * by a script — so nothing on the page moves when it is there.
 */
import { escapeXml } from '../format/xml';

/** The attribute that marks the slot. */
export const BREAKING_NEWS_ATTRIBUTE = 'data-breaking-news';

const SLOT_START = `<div ${BREAKING_NEWS_ATTRIBUTE}="">`;
const SLOT_END = '</div>';

/** The empty slot exactly as React renders it in every page. */
export const BREAKING_NEWS_SLOT = `${SLOT_START}${SLOT_END}`;

/** What the slot is filled with: the line's text and link (already checked by lib/content/breaking-news.ts). */
export type BreakingNewsView = { text: string; url: string };

/**
 * The line's HTML: a region named "Breaking news" (a landmark screen readers list and announce),
 * a visible label, and the text as one link. Accent background with the page colour as text:
 * 8.2:1 in the light scheme and 8.6:1 in the dark one; the focus ring is drawn in the page colour,
 * since the site's accent ring would vanish on the accent background.
 */
export function breakingNewsMarkup(line: BreakingNewsView): string {
  return (
    '<section aria-label="Breaking news" class="bg-accent text-paper">' +
    '<p class="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2">' +
    '<strong class="text-sm font-bold tracking-wide uppercase">Breaking</strong>' +
    `<a href="${escapeXml(line.url)}" class="inline-flex min-h-6 items-center font-semibold underline underline-offset-2 focus-visible:outline-paper">` +
    `${escapeXml(line.text)}</a></p></section>`
  );
}

/**
 * `html` with its breaking-news slot filled with `line`, or unchanged when there is no line (the
 * slot stays empty and takes no space) or no slot (a page without the site's chrome). Only the
 * first slot is filled: it comes before any content, so no text of an article can be taken for it.
 * The line goes inside the slot, which stays: under `next dev`, where React hydrates the page, the
 * slot's contents are not React's to replace (see the slot component).
 */
export function includeBreakingNews(html: string, line: BreakingNewsView | undefined): string {
  if (line === undefined) return html;
  const at = html.indexOf(BREAKING_NEWS_SLOT);
  if (at === -1) return html;
  const inside = at + SLOT_START.length;
  return html.slice(0, inside) + breakingNewsMarkup(line) + html.slice(inside);
}
