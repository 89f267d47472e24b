import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/lib/content/articles';
import type {
  ContentIndex,
  IndexedArticle,
  IndexedAuthor,
  IndexedPage,
  IndexedTopic,
} from '@/lib/content/content-index';
import type { LiveEntry } from '@/lib/content/live-blogs';
import {
  affectedPaths,
  chunkPaths,
  classifyChanges,
  isContentPath,
  parseNameStatus,
  publishTargets,
  readTargetHealth,
  revalidationTargets,
} from '@/lib/serving/publish-plan';
import { FEED_PATHS, MAX_BODY_BYTES, MAX_PATHS, SITEMAP_PATHS } from '@/lib/serving/revalidation';
import { makeArticle, makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

const NOW = new Date('2026-03-01T12:00:00.000Z');

/** An article as the content index holds it, its source file named after its slug. */
function indexed(article: ArticleSummary, redirectFrom: readonly string[] = []): IndexedArticle {
  return {
    ...article,
    bodyFile: `shards/0/.contentlayer/generated/Article/${article.slug}.mdx.json`,
    sourceFile: article.live ? `live/${article.slug}/index.mdx` : `articles/2026/${article.slug}.mdx`,
    redirectFrom,
  };
}

function store(parts: Partial<ContentIndex>): ContentIndex {
  return { articles: [], authors: [], pages: [], topics: [], ...parts };
}

const withFeeds = (base: string) => [base, `${base}/feed.xml`, `${base}/atom.xml`, `${base}/feed.json`];

describe('parseNameStatus and classifyChanges', () => {
  it('reads git diff --name-status -z output', () => {
    expect(parseNameStatus('M\0content/articles/2026/a.mdx\0A\0public/images/2026/b.jpg\0D\0lib/x.ts\0')).toEqual([
      { status: 'M', path: 'content/articles/2026/a.mdx' },
      { status: 'A', path: 'public/images/2026/b.jpg' },
      { status: 'D', path: 'lib/x.ts' },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('publishes content/ and public/images/ only; anything else is code', () => {
    const files = [
      'content/articles/2026/a.mdx',
      'content/live/blog/entries/1200-x.mdx',
      'content/authors/ann-lee.mdx',
      'content/breaking.yml',
      'public/images/2026/b.jpg',
      'public/logo.png',
      'package.json',
      'lib/content/schema.ts',
      'contentlayer.config.ts',
      'content/../lib/x.ts',
    ].map((path) => ({ status: 'M', path }));
    const { content, code } = classifyChanges(files);
    expect(content.map((f) => f.path)).toEqual([
      'content/articles/2026/a.mdx',
      'content/live/blog/entries/1200-x.mdx',
      'content/authors/ann-lee.mdx',
      'content/breaking.yml',
      'public/images/2026/b.jpg',
    ]);
    expect(code.map((f) => f.path)).toEqual([
      'public/logo.png',
      'package.json',
      'lib/content/schema.ts',
      'contentlayer.config.ts',
      'content/../lib/x.ts',
    ]);
    expect(isContentPath('contents/a.mdx')).toBe(false);
    expect(isContentPath('public/images-old/a.jpg')).toBe(false);
  });
});

describe('affectedPaths: articles', () => {
  const story = makeArticle({
    slug: 'harbour-vote',
    section: 'politics',
    tags: ['transport', 'local-government'],
    authorSlug: 'amara-okafor',
  });

  it('is empty when neither the store nor any of its files changed', () => {
    const s = store({ articles: [indexed(story)] });
    expect(affectedPaths(s, s, [], NOW)).toEqual([]);
    // The breaking-news line is read by the server while it runs: no page to revalidate.
    expect(affectedPaths(s, s, ['content/breaking.yml'], NOW)).toEqual([]);
  });

  it('refreshes every page showing an article whose body alone changed (the summary is the same)', () => {
    const s = store({ articles: [indexed(story)] });
    expect(affectedPaths(s, s, ['content/articles/2026/harbour-vote.mdx'], NOW)).toEqual([
      '/politics/harbour-vote',
      '/',
      ...FEED_PATHS,
      ...withFeeds('/politics'),
      ...withFeeds('/tags/transport'),
      ...withFeeds('/tags/local-government'),
      ...withFeeds('/authors/amara-okafor'),
      ...SITEMAP_PATHS,
    ]);
  });

  it('refreshes the old and the new tags, section and author when they change', () => {
    const before = store({ articles: [indexed(story)] });
    const moved = makeArticle({
      ...story,
      url: '/world/harbour-vote',
      section: 'world',
      tags: ['transport', 'harbours'],
      authorSlug: 'world-desk',
    });
    const after = store({ articles: [indexed(moved)] });
    const paths = affectedPaths(before, after, ['content/articles/2026/harbour-vote.mdx'], NOW);
    for (const path of [
      '/politics/harbour-vote',
      '/world/harbour-vote',
      ...withFeeds('/politics'),
      ...withFeeds('/world'),
      ...withFeeds('/tags/local-government'),
      ...withFeeds('/tags/transport'),
      ...withFeeds('/tags/harbours'),
      ...withFeeds('/authors/amara-okafor'),
      ...withFeeds('/authors/world-desk'),
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('sees a field change even when git names no file (the store is the truth)', () => {
    const before = store({ articles: [indexed(story)] });
    const after = store({ articles: [indexed({ ...story, tags: ['transport'] })] });
    expect(affectedPaths(before, after, [], NOW)).toContain('/tags/local-government');
  });

  it('refreshes the pages of a taken-down article, deleted or made a draft', () => {
    const before = store({ articles: [indexed(story)] });
    const deleted = affectedPaths(before, store({}), ['content/articles/2026/harbour-vote.mdx'], NOW);
    expect(deleted).toEqual(
      expect.arrayContaining([
        '/politics/harbour-vote',
        '/',
        '/politics',
        '/tags/transport',
        '/authors/amara-okafor',
        '/sitemap.xml',
      ]),
    );
    const drafted = affectedPaths(before, store({ articles: [indexed({ ...story, draft: true })] }), [], NOW);
    expect(drafted).toEqual(deleted);
  });

  it('refreshes a new article and its listings', () => {
    const paths = affectedPaths(
      store({}),
      store({ articles: [indexed(story)] }),
      ['content/articles/2026/harbour-vote.mdx'],
      NOW,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        '/politics/harbour-vote',
        '/',
        '/feed.xml',
        '/politics',
        '/tags/transport',
        '/news-sitemap.xml',
      ]),
    );
  });

  it('leaves alone an article whose document only moved to another shard', () => {
    const before = store({ articles: [indexed(story)] });
    const after = store({
      articles: [{ ...indexed(story), bodyFile: 'shards/3/.contentlayer/generated/Article/harbour-vote.mdx.json' }],
    });
    expect(affectedPaths(before, after, [], NOW)).toEqual([]);
  });

  it('refreshes a renamed article at its old and new address, and every old address that now leads elsewhere', () => {
    const old = makeArticle({ slug: 'harbour-vote', section: 'politics' });
    const renamed = makeArticle({ slug: 'harbour-district-vote', section: 'politics' });
    const other = makeArticle({ slug: 'ferry-link', section: 'politics' });
    const paths = affectedPaths(
      store({ articles: [indexed(old, ['/politics/harbour-plan']), indexed(other, ['/politics/ferry'])] }),
      store({
        articles: [
          indexed(renamed, ['/politics/harbour-plan', '/politics/harbour-vote']),
          indexed(other, ['/politics/ferry']),
        ],
      }),
      ['content/articles/2026/harbour-vote.mdx', 'content/articles/2026/harbour-district-vote.mdx'],
      NOW,
    );
    expect(paths).toContain('/politics/harbour-vote');
    expect(paths).toContain('/politics/harbour-district-vote');
    // It redirected to harbour-vote, and now to harbour-district-vote.
    expect(paths).toContain('/politics/harbour-plan');
    // Untouched: an article nothing changed, and the old address that still leads to it.
    expect(paths).not.toContain('/politics/ferry-link');
    expect(paths).not.toContain('/politics/ferry');
  });

  it('refreshes an old address that stops redirecting', () => {
    const kept = makeArticle({ slug: 'harbour-vote', section: 'politics' });
    const paths = affectedPaths(
      store({ articles: [indexed(kept, ['/politics/harbour-plan'])] }),
      store({ articles: [indexed(kept)] }),
      [],
      NOW,
    );
    expect(paths).toContain('/politics/harbour-plan');
  });

  it('refreshes the corrections log when an article gains a correction', () => {
    const corrected = { ...story, corrections: [{ date: '2026-02-28T10:00:00.000Z', text: 'The vote was 20 to 11.' }] };
    const paths = affectedPaths(
      store({ articles: [indexed(story)] }),
      store({ articles: [indexed(corrected)] }),
      [],
      NOW,
    );
    expect(paths).toEqual(expect.arrayContaining(withFeeds('/corrections')));
    expect(affectedPaths(store({}), store({ articles: [indexed(story)] }), [], NOW)).not.toContain('/corrections');
  });

  it('refreshes the articles whose hero image was replaced', () => {
    const s = store({ articles: [indexed({ ...story, hero: { ...story.hero, src: '/images/2026/harbour.jpg' } })] });
    expect(affectedPaths(s, s, ['public/images/2026/harbour.jpg'], NOW)).toContain('/politics/harbour-vote');
    expect(affectedPaths(s, s, ['public/images/2026/other.jpg'], NOW)).toEqual([]);
  });
});

describe('affectedPaths: live blogs', () => {
  /** `n` entries a minute apart, the newest last. */
  function entries(n: number, extra: Partial<LiveEntry> = {}): LiveEntry[] {
    return Array.from({ length: n }, (_, i) =>
      makeLiveEntry({
        id: `e${String(i).padStart(3, '0')}`,
        publishedAt: new Date(Date.parse('2026-02-28T10:00:00.000Z') + i * 60_000).toISOString(),
        sourceFile: `live/vote-live/entries/e${String(i).padStart(3, '0')}.mdx`,
        ...extra,
      }),
    );
  }
  const blog = (list: readonly LiveEntry[]) =>
    indexed(makeLiveBlog({ slug: 'vote-live', section: 'world', tags: ['diplomacy'] }, { entries: list }));

  it('refreshes every later page the blog has after an entry is added, and its entry feeds', () => {
    // 40 entries fill two pages of 20; a 41st opens page 3.
    const paths = affectedPaths(
      store({ articles: [blog(entries(40))] }),
      store({ articles: [blog(entries(41))] }),
      ['content/live/vote-live/entries/e040.mdx'],
      NOW,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        '/world/vote-live',
        '/world/vote-live/page/2',
        '/world/vote-live/page/3',
        '/world/vote-live/feed.xml',
        '/world/vote-live/atom.xml',
        '/world/vote-live/feed.json',
        '/tags/diplomacy',
      ]),
    );
    expect(paths).not.toContain('/world/vote-live/page/4');
    expect(paths).not.toContain('/world/vote-live/updates');
  });

  it('still refreshes a page that the change empties (the old state counts too)', () => {
    const paths = affectedPaths(
      store({ articles: [blog(entries(41))] }),
      store({ articles: [blog(entries(40))] }),
      [],
      NOW,
    );
    expect(paths).toContain('/world/vote-live/page/3');
  });

  it('refreshes the blog when only an entry body changed', () => {
    const s = store({ articles: [blog(entries(3))] });
    expect(affectedPaths(s, s, ['content/live/vote-live/entries/e001.mdx'], NOW)).toContain('/world/vote-live');
  });

  it('counts only the entries readers see at `now` (no pages for drafts or scheduled entries)', () => {
    const later = entries(30, { publishedAt: '2026-03-02T10:00:00.000Z' }).map((e) => ({ ...e, id: `later-${e.id}` }));
    const drafts = entries(30, { draft: true }).map((e) => ({ ...e, id: `draft-${e.id}` }));
    const paths = affectedPaths(store({}), store({ articles: [blog([...entries(5), ...later, ...drafts])] }), [], NOW);
    expect(paths.some((p) => p.startsWith('/world/vote-live/page/'))).toBe(false);
  });
});

describe('affectedPaths: authors, topics and standing pages', () => {
  const author = (overrides: Partial<IndexedAuthor> = {}): IndexedAuthor => ({
    ...makeAuthor({ slug: 'ann-lee' }),
    bio: 'Ann covers the harbour.',
    ...overrides,
  });
  const topic = (overrides: Partial<IndexedTopic> = {}): IndexedTopic => ({
    tag: 'climate',
    title: 'Climate',
    standfirst: 'Our climate coverage.',
    pinned: [],
    introduction: 'Intro.',
    ...overrides,
  });
  const page = (overrides: Partial<IndexedPage> = {}): IndexedPage =>
    ({
      slug: 'ethics',
      url: '/about/ethics',
      title: 'Ethics policy',
      standfirst: 'How we work.',
      draft: false,
      bodyFile: 'shards/site/.contentlayer/generated/Page/ethics.mdx.json',
      sourceFile: 'pages/ethics.mdx',
      ...overrides,
    }) as IndexedPage;

  it('refreshes an author’s page and feeds, the authors’ index, the masthead and the sitemaps', () => {
    const paths = affectedPaths(
      store({ authors: [author()] }),
      store({ authors: [author({ bio: 'Ann covers the port.' })] }),
      [],
      NOW,
    );
    expect(paths).toEqual([...withFeeds('/authors/ann-lee'), '/authors', '/about/masthead', ...SITEMAP_PATHS]);
    expect(affectedPaths(store({}), store({ authors: [author()] }), [], NOW)).toContain('/authors/ann-lee');
  });

  it('refreshes a topic hub’s tag page and feeds and the tags’ index', () => {
    const paths = affectedPaths(
      store({ topics: [topic()] }),
      store({ topics: [topic({ title: 'The climate' })] }),
      [],
      NOW,
    );
    expect(paths).toEqual([...withFeeds('/tags/climate'), '/tags']);
  });

  it('refreshes a standing page, the about page and the front page (its footer links), also for a body edit', () => {
    const s = store({ pages: [page()] });
    expect(affectedPaths(s, s, ['content/pages/ethics.mdx'], NOW)).toEqual([
      '/about/ethics',
      '/about',
      '/',
      ...SITEMAP_PATHS,
    ]);
    expect(affectedPaths(s, store({ pages: [page({ draft: true })] }), [], NOW)).toContain('/about/ethics');
  });
});

describe('chunkPaths', () => {
  it('splits into requests of at most MAX_PATHS paths, in order', () => {
    const paths = Array.from({ length: 250 }, (_, i) => `/world/story-${i}`);
    const chunks = chunkPaths(paths);
    expect(chunks.map((c) => c.length)).toEqual([MAX_PATHS, MAX_PATHS, 50]);
    expect(chunks.flat()).toEqual(paths);
    expect(chunkPaths([])).toEqual([]);
  });

  it('keeps every request body within MAX_BODY_BYTES', () => {
    const paths = Array.from({ length: 100 }, (_, i) => `/world/${'a-very-long-slug-'.repeat(12)}${i}`);
    const chunks = chunkPaths(paths);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks)
      expect(Buffer.byteLength(JSON.stringify({ paths: chunk }))).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(chunks.flat()).toEqual(paths);
  });
});

describe('publishTargets', () => {
  it('takes --target flags first, then PUBLISH_TARGETS, then the local server on PORT', () => {
    expect(
      publishTargets(['http://10.0.0.5:3000/', 'http://10.0.0.6:3000'], { PUBLISH_TARGETS: 'http://x:1' }),
    ).toEqual(['http://10.0.0.5:3000', 'http://10.0.0.6:3000']);
    expect(publishTargets([], { PUBLISH_TARGETS: ' http://a:3000 , https://b.example ,' })).toEqual([
      'http://a:3000',
      'https://b.example',
    ]);
    expect(publishTargets([], { PORT: '3200' })).toEqual(['http://127.0.0.1:3200']);
    expect(publishTargets([], {})).toEqual(['http://127.0.0.1:3000']);
  });

  it('refuses anything that is not an http(s) origin', () => {
    expect(() => publishTargets(['10.0.0.5:3000'], {})).toThrow(/10\.0\.0\.5:3000/);
    expect(() => publishTargets(['ftp://host'], {})).toThrow(/http or https/);
  });
});

describe('readTargetHealth and revalidationTargets', () => {
  it('reads the content version and whether the instance uses the shared cache', () => {
    expect(
      readTargetHealth({ status: 'ok', cache: { store: 'redis', connected: true }, content: { version: 'abc' } }),
    ).toEqual({
      contentVersion: 'abc',
      sharedCache: true,
    });
    expect(readTargetHealth({ cache: { store: 'filesystem' }, content: null })).toEqual({
      contentVersion: undefined,
      sharedCache: false,
    });
    expect(readTargetHealth('ok')).toBeUndefined();
  });

  it('revalidates through one instance when all share Redis, through each otherwise', () => {
    const redis = { contentVersion: 'v', sharedCache: true };
    const own = { contentVersion: 'v', sharedCache: false };
    expect(
      revalidationTargets([
        { origin: 'http://a', health: redis },
        { origin: 'http://b', health: redis },
      ]),
    ).toEqual(['http://a']);
    expect(
      revalidationTargets([
        { origin: 'http://a', health: redis },
        { origin: 'http://b', health: own },
      ]),
    ).toEqual(['http://a', 'http://b']);
  });
});
