import { describe, expect, it } from 'vitest';
import {
  FEED_PATHS,
  MAX_PATHS,
  SITEMAP_PATHS,
  parseRevalidationBody,
  liveBlogPaths,
  pathsForArticle,
  readBodyText,
  revalidationPaths,
  toArticleAddress,
  toSitePath,
} from '@/lib/serving/revalidation';
import { makeArticle, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

const ORIGIN = 'https://news.example.com';

describe('toSitePath', () => {
  it('accepts site paths and absolute URLs on this site', () => {
    expect(toSitePath('/', ORIGIN)).toBe('/');
    expect(toSitePath('/world/some-story', ORIGIN)).toBe('/world/some-story');
    expect(toSitePath('https://news.example.com/tags/climate', ORIGIN)).toBe('/tags/climate');
  });

  it('refuses other sites, queries, fragments, trailing slashes, traversal and junk', () => {
    for (const value of [
      'https://evil.example/world',
      'http://news.example.com/world',
      '//evil.example/world',
      '/world?page=2',
      '/world#top',
      '/world/',
      '/world/..%2f..%2fetc',
      '/%zz',
      'world',
      '',
      42,
      null,
      ['/world'],
    ]) {
      expect(toSitePath(value, ORIGIN), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('toArticleAddress', () => {
  it('reads /<section>/<slug> for a known section', () => {
    expect(toArticleAddress('/politics/harbour-vote')).toEqual({
      section: 'politics',
      slug: 'harbour-vote',
      path: '/politics/harbour-vote',
    });
  });

  it('refuses unknown sections and paths that are not articles', () => {
    for (const path of ['/weather/harbour-vote', '/politics', '/tags/climate', '/politics/a/b', '/politics/Bad_Slug']) {
      expect(toArticleAddress(path), path).toBeUndefined();
    }
  });
});

describe('parseRevalidationBody', () => {
  it('reads an article address', () => {
    expect(parseRevalidationBody({ url: '/world/some-story' }, ORIGIN)).toEqual({
      ok: true,
      request: { article: { section: 'world', slug: 'some-story', path: '/world/some-story' }, paths: [] },
    });
  });

  it('reads a list of paths, and both together', () => {
    expect(parseRevalidationBody({ paths: ['/', '/world'] }, ORIGIN)).toEqual({
      ok: true,
      request: { paths: ['/', '/world'] },
    });
    const both = parseRevalidationBody({ url: `${ORIGIN}/world/x`, paths: ['/tags/climate'] }, ORIGIN);
    expect(both.ok && both.request.article?.path).toBe('/world/x');
    expect(both.ok && both.request.paths).toEqual(['/tags/climate']);
  });

  it('names what is wrong with a bad body', () => {
    const cases: [unknown, RegExp][] = [
      [null, /JSON object/],
      [[], /JSON object/],
      ['/world/x', /JSON object/],
      [{}, /give "url"/],
      [{ path: '/world' }, /unknown field\(s\): path/],
      [{ url: '/weather/x' }, /article address/],
      [{ url: '/world' }, /article address/],
      [{ paths: '/world' }, /list of 1 to/],
      [{ paths: [] }, /list of 1 to/],
      [{ paths: Array.from({ length: MAX_PATHS + 1 }, (_, i) => `/p${i}`) }, /list of 1 to/],
      [{ paths: ['/world', 'https://evil.example/'] }, /"paths"\[1\] is not a path on this site/],
    ];
    for (const [body, message] of cases) {
      const result = parseRevalidationBody(body, ORIGIN);
      expect(result.ok, JSON.stringify(body)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });
});

describe('pathsForArticle', () => {
  const address = { section: 'politics', slug: 'harbour-vote', path: '/politics/harbour-vote' } as const;

  it('covers the article, front page, section, tags, author, feeds and sitemaps', () => {
    const article = makeArticle({
      slug: 'harbour-vote',
      section: 'politics',
      tags: ['transport', 'local-government'],
      authorSlug: 'amara-okafor',
    });
    const withFeeds = (base: string) => [base, `${base}/feed.xml`, `${base}/atom.xml`, `${base}/feed.json`];
    expect(pathsForArticle(address, article)).toEqual([
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

  it('covers a live blog’s later pages and its entry feeds', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    // 45 entries readers see fill three pages of 20; the draft and the scheduled one open none.
    const entries = [
      ...Array.from({ length: 45 }, (_, i) =>
        makeLiveEntry({
          id: `e${i}`,
          publishedAt: new Date(Date.parse('2026-02-28T10:00:00.000Z') + i * 60_000).toISOString(),
        }),
      ),
      makeLiveEntry({ id: 'draft', draft: true }),
      makeLiveEntry({ id: 'later', publishedAt: '2026-03-02T10:00:00.000Z' }),
    ];
    const blog = makeLiveBlog({ slug: 'harbour-vote', section: 'politics' }, { entries });
    const paths = pathsForArticle(address, blog, now);
    expect(paths.slice(0, 6)).toEqual([
      '/politics/harbour-vote',
      '/politics/harbour-vote/page/2',
      '/politics/harbour-vote/page/3',
      '/politics/harbour-vote/feed.xml',
      '/politics/harbour-vote/atom.xml',
      '/politics/harbour-vote/feed.json',
    ]);
    expect(paths).toContain('/politics');
    expect(liveBlogPaths(blog.url, blog.live, new Date('2026-02-28T10:05:00.000Z'))).toEqual([
      '/politics/harbour-vote/feed.xml',
      '/politics/harbour-vote/atom.xml',
      '/politics/harbour-vote/feed.json',
    ]);
  });

  it('still refreshes the listings when the article is not in this build (e.g. withdrawn)', () => {
    const paths = pathsForArticle(address, undefined);
    expect(paths).toContain('/politics/harbour-vote');
    expect(paths).toContain('/');
    expect(paths).toContain('/politics');
    expect(paths).toContain('/sitemap.xml');
    expect(paths.some((p) => p.startsWith('/tags/') || p.startsWith('/authors/'))).toBe(false);
  });
});

describe('revalidationPaths', () => {
  it('merges the article expansion with the named paths, without duplicates', () => {
    const lookups: string[] = [];
    const paths = revalidationPaths(
      { article: { section: 'world', slug: 'x', path: '/world/x' }, paths: ['/', '/tags/extra'] },
      (section, slug) => {
        lookups.push(`${section}/${slug}`);
        return makeArticle({ slug: 'x', tags: ['climate'] });
      },
    );
    expect(lookups).toEqual(['world/x']);
    expect(paths.filter((p) => p === '/')).toHaveLength(1);
    expect(paths).toContain('/tags/climate');
    expect(paths.at(-1)).toBe('/tags/extra');
  });
});

describe('readBodyText', () => {
  function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    });
  }

  it('reads a body within the limit, including multi-byte characters split across chunks', () => {
    return expect(readBodyText(streamOf('{"url":"/world/caf', 'é"}'), 64)).resolves.toBe('{"url":"/world/café"}');
  });

  it('stops at the limit', async () => {
    await expect(readBodyText(streamOf('x'.repeat(10), 'y'.repeat(10)), 15)).resolves.toBeUndefined();
  });

  it('reads no body as empty text', async () => {
    await expect(readBodyText(null, 10)).resolves.toBe('');
  });
});
