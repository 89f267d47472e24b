import { BREAKING_NEWS_ATTRIBUTE } from '@/lib/serving/breaking-news-include';

/**
 * Where the breaking-news line goes: an empty element that takes no space. The HTTP layer puts the
 * current line into it as each page leaves the server (lib/serving/breaking-news-include.ts), so the
 * line is part of the page as sent, in normal flow, and changes without the page being rendered again.
 *
 * Its contents are declared as raw (empty) HTML so that React, which hydrates pages only under
 * `next dev`, leaves what the server put there in place instead of rendering the slot empty again
 * (docs/decisions/014-breaking-news-line.md). Production pages carry no React at all.
 */
export function BreakingNewsSlot() {
  return (
    <div {...{ [BREAKING_NEWS_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
  );
}
