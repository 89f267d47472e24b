/**
 * The front page's data in one call: its stories, chosen by `selectFrontPage`, and the bylines.
 */
import { selectFrontPage, type FrontPageStories, type FrontPageSizes } from './articles';
import { getAuthorNames, getPublishedArticles } from './store';
import type { RenderOptions } from './visibility';

/** How much the front page shows: fixed, so its HTML stays the same size as the archive grows. */
export const FRONT_PAGE_SIZES: FrontPageSizes = { topStories: 4, perSection: 3, latest: 10 };

/** Everything the front page shows. */
export type FrontPageData = {
  front: FrontPageStories;
  /** Author display names by slug. */
  authorNames: Readonly<Record<string, string>>;
};

/** The front page as this viewer sees it at `now` (in preview, with drafts and scheduled stories). */
export function getFrontPage({ now = new Date(), preview = false }: RenderOptions = {}): FrontPageData {
  return {
    front: selectFrontPage(getPublishedArticles(now, { preview }), FRONT_PAGE_SIZES),
    authorNames: getAuthorNames(),
  };
}
