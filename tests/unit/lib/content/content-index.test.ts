import { describe, expect, it } from 'vitest';
import { articleFromDocument, authorFromDocument } from '@/lib/content/content-index';

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
});
