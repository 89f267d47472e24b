import { describe, expect, it } from 'vitest';
import { articleFromDocument, authorFromDocument, liveBlogFromDocument, liveEntryFromDocument, mergeContentIndexes } from '@/lib/content/content-index';

const doc = {
  title: 'A headline',
  standfirst: 'A standfirst.',
  publishedAt: '2025-01-01T12:00:00.000Z',
  author: 'world-desk',
  section: 'world',
  tags: ['climate'],
  hero: { src: '/images/x.jpg', alt: 'An illustration', credit: 'Illustration: The Meridian' },
  draft: false,
  body: { raw: 'A long body that must not be in the index.', html: '' },
  slug: 'a-headline',
  _raw: { sourceFilePath: 'articles/2025/a-headline.mdx' },
  url: '/world/a-headline',
  wordCount: 9,
  readingTimeMinutes: 1,
  heroWidth: 1600,
  heroHeight: 900,
};

describe('content index', () => {
  it('keeps what listings need and leaves the body out', () => {
    const summary = articleFromDocument(doc, 'articles__a-headline.mdx.json');
    expect(summary).toMatchObject({
      url: '/world/a-headline',
      authorSlug: 'world-desk',
      hero: { src: '/images/x.jpg', width: 1600, height: 900, credit: 'Illustration: The Meridian' },
      bodyFile: 'articles__a-headline.mdx.json',
      sourceFile: 'articles/2025/a-headline.mdx',
    });
    expect(JSON.stringify(summary)).not.toContain('A long body');
  });

  it('refuses a document with a missing field, naming the file and the field', () => {
    const { title: _title, ...untitled } = doc;
    expect(() => articleFromDocument(untitled, 'broken.json')).toThrow('broken.json: expected text in "title"');
  });

  it('refuses an unknown section', () => {
    expect(() => articleFromDocument({ ...doc, section: 'weather' }, 'x.json')).toThrow('unknown section "weather"');
  });

  it('keeps an author bio raw for compiling on demand', () => {
    const author = authorFromDocument(
      {
        name: 'Ann',
        role: 'Reporter',
        desk: 'world',
        summary: 'Ann reports from the harbour.',
        slug: 'ann',
        url: '/authors/ann',
        links: [],
        body: { raw: 'Bio.' },
      },
      'ann.json',
    );
    expect(author).toEqual({
      name: 'Ann',
      role: 'Reporter',
      desk: 'world',
      summary: 'Ann reports from the harbour.',
      covers: [],
      languages: [],
      slug: 'ann',
      url: '/authors/ann',
      links: [],
      bio: 'Bio.',
    });
  });

  describe('live blogs', () => {
    const blogDoc = { ...doc, status: 'live', slug: 'vote', url: '/world/vote', _raw: { sourceFilePath: 'live/vote/index.mdx' } };
    const entryDoc = (id: string, publishedAt: string, extra: Record<string, unknown> = {}) => ({
      publishedAt,
      author: 'world-desk',
      pinned: false,
      keyEvent: false,
      draft: false,
      corrections: [],
      id,
      blog: 'vote',
      body: { raw: 'Entry body that stays out of the index.' },
      _raw: { sourceFilePath: `live/vote/entries/${id}.mdx` },
      ...extra,
    });
    const entry = (id: string, publishedAt: string, extra: Record<string, unknown> = {}) => {
      const { blog: _blog, ...rest } = liveEntryFromDocument(entryDoc(id, publishedAt, extra), `generated/LiveEntry/${id}.json`);
      return rest;
    };

    it('joins entries newest first and dates the blog by its latest entry published by now', () => {
      const now = new Date('2025-01-02T00:00:00Z');
      const blog = liveBlogFromDocument(
        blogDoc,
        'generated/LiveBlog/vote.json',
        [
          entry('first', '2025-01-01T13:00:00Z'),
          entry('later', '2025-01-01T15:00:00Z', { updatedAt: '2025-01-01T16:00:00Z' }),
          entry('tomorrow', '2025-01-03T09:00:00Z'),
          entry('unfinished', '2025-01-01T18:00:00Z', { draft: true }),
        ],
        now,
      );
      expect(blog.live?.status).toBe('live');
      expect(blog.live?.entries.map((e) => e.id)).toEqual(['tomorrow', 'unfinished', 'later', 'first']);
      // Drafts and entries scheduled for later do not date the blog before readers can see them.
      expect(blog.modifiedAt).toBe('2025-01-01T16:00:00Z');
      expect(JSON.stringify(blog)).not.toContain('stays out of the index');
    });

    it('names the file and the field of a broken entry', () => {
      const { author: _author, ...anonymous } = entryDoc('x', '2025-01-01T13:00:00Z');
      expect(() => liveEntryFromDocument(anonymous, 'x.json')).toThrow('x.json: expected text in "author"');
    });

    it('points entries body files into their shard when merging', () => {
      const blog = { ...liveBlogFromDocument(blogDoc, 'generated/LiveBlog/vote.json', [entry('first', '2025-01-01T13:00:00Z')]), redirectFrom: [] };
      const merged = mergeContentIndexes([{ prefix: 'shards/site/.contentlayer/', index: { articles: [blog], authors: [], pages: [], topics: [] } }]);
      expect(merged.articles[0]?.bodyFile).toBe('shards/site/.contentlayer/generated/LiveBlog/vote.json');
      expect(merged.articles[0]?.live?.entries[0]?.bodyFile).toBe('shards/site/.contentlayer/generated/LiveEntry/first.json');
    });
  });
});
