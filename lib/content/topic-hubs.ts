/**
 * Topic hubs: the curated front an editor can give a tag (`content/topics/<tag>.mdx`) — a title, a
 * standfirst, an optional hero, an introduction and up to `MAX_PINNED_STORIES` pinned stories above
 * the tag's listing. A tag without a hub keeps its plain listing.
 *
 * Which pinned stories show, in what order, and what the list below them holds is decided here, in
 * pure functions with the clock passed in, so every page of the tag (and its prerendering) agrees.
 */
import {
  selectByTag,
  selectPublished,
  type ArticleSummary,
  type Hero,
  type PublicationOptions,
  type TagCount,
} from './articles';
import { MAX_PINNED_STORIES, type TopicFrontmatter } from './schema';

/**
 * A topic hub as the content index holds it. `tag` is the file name; `pinned` holds article
 * addresses (`/science/some-story`) as the editor wrote them, in their order.
 */
export type TopicHub = Omit<TopicFrontmatter, 'hero'> & {
  tag: string;
  /** The hero with its pixel size, when the hub has one. */
  hero?: Hero;
};

/** The stories of a tag with a hub, as a viewer sees them at a moment. */
export type HubStories = {
  /** The pinned stories shown above the list, in the editor's order, at most `MAX_PINNED_STORIES`. */
  pinned: ArticleSummary[];
  /** The rest of the tag's stories, newest first: what the tag's pages list, page by page. */
  listed: ArticleSummary[];
};

/**
 * The hub of `tag` among `hubs`, or undefined: the tag then keeps its plain listing.
 */
export function findTopicHub<H extends Pick<TopicHub, 'tag'>>(hubs: readonly H[], tag: string): H | undefined {
  return hubs.find((hub) => hub.tag === tag);
}

/**
 * Which of the hub's pinned stories show and what the tag's listing holds under `options` (the
 * clock, and whether drafts and scheduled stories count, as for every other list).
 *
 * A pinned address shows only when it is a story of the tag that the viewer can see at `options.now`:
 * a story that is scheduled, a draft, taken down, renamed or untagged since is left out (never a
 * broken link), and shows by itself once it is published. See `splitHubStories` for the rest.
 */
export function selectHubStories(
  hub: Pick<TopicHub, 'tag' | 'pinned'>,
  articles: readonly ArticleSummary[],
  options: PublicationOptions,
): HubStories {
  return splitHubStories(hub, selectByTag(selectPublished(articles, options), hub.tag));
}

/**
 * Splits `stories` — the tag's stories a viewer can see, newest first — into the hub's pinned stories
 * and the list. Pinned addresses that are not among `stories` are left out; addresses listed twice
 * show once; past `MAX_PINNED_STORIES` shown stories the rest are left out (the checker refuses
 * more). The stories shown pinned are left out of the list on every page, so no story appears twice
 * on the first page and the later pages continue where the first page's list stops.
 */
export function splitHubStories(hub: Pick<TopicHub, 'pinned'>, stories: readonly ArticleSummary[]): HubStories {
  const byUrl = new Map(stories.map((story) => [story.url, story]));
  const pinned: ArticleSummary[] = [];
  for (const address of new Set(hub.pinned)) {
    const story = byUrl.get(address);
    if (story && pinned.length < MAX_PINNED_STORIES) pinned.push(story);
  }
  const shown = new Set(pinned);
  return { pinned, listed: stories.filter((story) => !shown.has(story)) };
}

/** A tag on the topics index (`/tags`): its number of stories, and its hub when it has one. */
export type TagIndexEntry = TagCount & { hub?: Pick<TopicHub, 'title' | 'standfirst'> };

/** The topics index's entries: `tags` (those with a page, counted) with their hubs marked. */
export function markTopicHubs(tags: readonly TagCount[], hubs: readonly TopicHub[]): TagIndexEntry[] {
  return tags.map((entry) => {
    const hub = findTopicHub(hubs, entry.tag);
    return hub ? { ...entry, hub: { title: hub.title, standfirst: hub.standfirst } } : entry;
  });
}
