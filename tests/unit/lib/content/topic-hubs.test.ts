import { describe, expect, it } from 'vitest';
import { publicationRules } from '@/lib/content/articles';
import { MAX_PINNED_STORIES } from '@/lib/content/schema';
import { findTopicHub, markTopicHubs, selectHubStories, splitHubStories, type TopicHub } from '@/lib/content/topic-hubs';
import { makeArticle } from '../../../fixtures/articles';

const hub = (pinned: readonly string[]): TopicHub => ({
  tag: 'climate',
  title: 'Climate: water, drought and the coast',
  standfirst: 'How a drier climate is changing life around Lake Orrin and Kestrel Bay.',
  pinned,
});

const tagged = { tags: ['climate'] };
const articles = [
  makeArticle({ slug: 'treaty', section: 'world', publishedAt: '2025-06-18T10:45:00Z', ...tagged }),
  makeArticle({ slug: 'seagrass-map', section: 'science', publishedAt: '2025-08-14T15:00:00Z', ...tagged }),
  makeArticle({ slug: 'milk-prices', section: 'business', publishedAt: '2026-02-17T13:30:00Z', ...tagged }),
  makeArticle({ slug: 'replanting', section: 'science', publishedAt: '2026-09-22T12:00:00Z', ...tagged }),
  // Scheduled: published on 1 December 2026.
  makeArticle({ slug: 'winter-levels', section: 'world', publishedAt: '2026-12-01T10:00:00Z', ...tagged }),
  makeArticle({ slug: 'unfinished', section: 'science', draft: true, ...tagged }),
  makeArticle({ slug: 'stadium', section: 'sport', tags: ['football'] }),
];

/** Readers at `iso`. */
const readersAt = (iso: string) => publicationRules(new Date(iso), false, false);
const slugs = (list: readonly { slug: string }[]) => list.map((a) => a.slug);

describe('selectHubStories: which pinned stories a hub shows, and its list', () => {
  const november = readersAt('2026-11-15T12:00:00Z');

  it('shows the pinned stories first, in the editor’s order, and lists the rest newest first without them', () => {
    const { pinned, listed } = selectHubStories(hub(['/world/treaty', '/science/replanting']), articles, november);
    expect(slugs(pinned)).toEqual(['treaty', 'replanting']);
    expect(slugs(listed)).toEqual(['milk-prices', 'seagrass-map']);
  });

  it('lists every story of the tag when nothing is pinned', () => {
    const { pinned, listed } = selectHubStories(hub([]), articles, november);
    expect(pinned).toEqual([]);
    expect(slugs(listed)).toEqual(['replanting', 'milk-prices', 'seagrass-map', 'treaty']);
  });

  it('leaves out a scheduled story until its time, then shows it pinned by itself (the clock decides)', () => {
    const pins = hub(['/world/winter-levels', '/world/treaty']);
    const before = selectHubStories(pins, articles, readersAt('2026-12-01T09:59:59Z'));
    expect(slugs(before.pinned)).toEqual(['treaty']);
    expect(slugs(before.listed)).not.toContain('winter-levels');
    const after = selectHubStories(pins, articles, readersAt('2026-12-01T10:00:00Z'));
    expect(slugs(after.pinned)).toEqual(['winter-levels', 'treaty']);
    expect(slugs(after.listed)).not.toContain('winter-levels');
  });

  it('never shows readers a pinned draft, a story without the tag or an address that names nothing', () => {
    const { pinned } = selectHubStories(
      hub(['/science/unfinished', '/sport/stadium', '/world/no-such-story', '/science/seagrass-map']),
      articles,
      november,
    );
    expect(slugs(pinned)).toEqual(['seagrass-map']);
  });

  it('shows drafts and scheduled stories pinned to an editor in preview, as every list does', () => {
    const preview = publicationRules(new Date('2026-11-15T12:00:00Z'), true, false);
    const { pinned } = selectHubStories(hub(['/science/unfinished', '/world/winter-levels']), articles, preview);
    expect(slugs(pinned)).toEqual(['unfinished', 'winter-levels']);
  });

  it('shows a story listed twice once, in its first place', () => {
    const { pinned, listed } = selectHubStories(
      hub(['/science/replanting', '/world/treaty', '/science/replanting']),
      articles,
      november,
    );
    expect(slugs(pinned)).toEqual(['replanting', 'treaty']);
    expect(listed).toHaveLength(2);
  });

  it(`shows at most ${MAX_PINNED_STORIES} pinned stories; the others stay in the list`, () => {
    const many = Array.from({ length: MAX_PINNED_STORIES + 2 }, (_, i) =>
      makeArticle({ slug: `story-${i}`, publishedAt: `2026-01-0${i + 1}T12:00:00Z`, ...tagged }),
    );
    const { pinned, listed } = selectHubStories(hub(many.map((a) => a.url)), many, november);
    expect(slugs(pinned)).toEqual(many.slice(0, MAX_PINNED_STORIES).map((a) => a.slug));
    expect(slugs(listed)).toEqual(['story-5', 'story-4']);
  });

  it('skips addresses that do not show without using up a place', () => {
    const many = Array.from({ length: MAX_PINNED_STORIES }, (_, i) =>
      makeArticle({ slug: `story-${i}`, publishedAt: `2026-01-0${i + 1}T12:00:00Z`, ...tagged }),
    );
    const { pinned } = selectHubStories(hub(['/world/gone', ...many.map((a) => a.url)]), many, november);
    expect(pinned).toHaveLength(MAX_PINNED_STORIES);
  });
});

describe('splitHubStories', () => {
  it('splits the stories it is given, keeping the list’s order', () => {
    const stories = articles.slice(0, 3).reverse();
    const { pinned, listed } = splitHubStories(hub(['/world/treaty']), stories);
    expect(slugs(pinned)).toEqual(['treaty']);
    expect(slugs(listed)).toEqual(['milk-prices', 'seagrass-map']);
  });
});

describe('findTopicHub and markTopicHubs', () => {
  const hubs = [hub([]), { ...hub([]), tag: 'transport', title: 'Getting around' }];

  it('finds a tag’s hub, and nothing for a tag without one', () => {
    expect(findTopicHub(hubs, 'transport')?.title).toBe('Getting around');
    expect(findTopicHub(hubs, 'diplomacy')).toBeUndefined();
  });

  it('marks the tags of the topics index that have a hub, with its title and standfirst', () => {
    const marked = markTopicHubs(
      [
        { tag: 'climate', count: 4 },
        { tag: 'diplomacy', count: 2 },
      ],
      hubs,
    );
    expect(marked).toEqual([
      { tag: 'climate', count: 4, hub: { title: hubs[0]?.title, standfirst: hubs[0]?.standfirst } },
      { tag: 'diplomacy', count: 2 },
    ]);
  });
});
