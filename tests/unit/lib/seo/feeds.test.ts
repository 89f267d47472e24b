import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildAtom,
  buildJsonFeed,
  buildRss,
  FEED_LIMIT,
  feedLinks,
  imageMediaType,
  selectFeedArticles,
  type FeedEntry,
  type FeedInput,
  type JsonFeed,
} from '@/lib/seo/feeds';
import { scopeFeedPath, type Scope } from '@/lib/content/scopes';
import { sections } from '@/lib/config/sections';
import { siteConfig } from '@/lib/config/site-config';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

const site = siteConfig.url;
const now = new Date('2026-11-28T12:00:00Z');
const politics = sections[1];
if (politics?.slug !== 'politics') throw new Error('sections changed order');

const parser = new XMLParser({
  ignoreAttributes: false,
  cdataPropName: '#cdata',
  isArray: (name, jpath) =>
    ['item', 'entry', 'category'].includes(name) || jpath === 'feed.link' || jpath === 'feed.entry.link',
});

const author = makeAuthor({ slug: 'priya', name: 'Priya Raman', avatar: '/images/authors/priya.jpg' });
const lead = makeArticle({
  slug: 'harbour-vote',
  section: 'politics',
  title: 'Harbour vote: <cars> & ]]> bikes ]]>',
  standfirst: 'Three streets close to cars.',
  authorSlug: 'priya',
  tags: ['transport', 'local-government'],
  publishedAt: '2026-05-12T13:00:00.000Z',
  updatedAt: '2026-05-12T19:20:00.000Z',
  hero: {
    src: '/images/2026/harbour.jpg',
    alt: 'A harbour',
    credit: 'Illustration: The Meridian',
    width: 1600,
    height: 900,
  },
});
const second = makeArticle({ slug: 'older', authorSlug: 'priya', publishedAt: '2026-01-01T10:00:00.000Z' });

function entry(article: typeof lead): FeedEntry {
  return {
    article,
    author,
    html: `<p>Body of ${article.slug} with <a href="${site}/x">a link</a>.</p>`,
    heroBytes: 12345,
  };
}

const input: FeedInput = { scope: { kind: 'site' }, entries: [entry(lead), entry(second)], now };

describe('selectFeedArticles', () => {
  const archive = [
    second,
    lead,
    makeArticle({ slug: 'a-draft', publishedAt: '2026-03-01T10:00:00.000Z', draft: true }),
    makeArticle({ slug: 'scheduled', publishedAt: '2026-11-29T10:00:00.000Z' }),
    makeArticle({ slug: 'tagged', tags: ['transport'], publishedAt: '2025-06-01T10:00:00.000Z' }),
  ];

  it('never includes drafts or articles scheduled after now, and orders newest first', () => {
    expect(selectFeedArticles(archive, { kind: 'site' }, now).map((a) => a.slug)).toEqual([
      'harbour-vote',
      'older',
      'tagged',
    ]);
  });

  it('keeps to the scope', () => {
    const slugs = (scope: Scope) => selectFeedArticles(archive, scope, now).map((a) => a.slug);
    expect(slugs({ kind: 'section', section: politics })).toEqual(['harbour-vote']);
    expect(slugs({ kind: 'tag', tag: 'transport' })).toEqual(['harbour-vote', 'tagged']);
    expect(slugs({ kind: 'author', author })).toEqual(['harbour-vote', 'older']);
  });

  it('carries the latest 50', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeArticle({ slug: `s-${i}`, publishedAt: new Date(now.getTime() - i * 60_000).toISOString() }),
    );
    const picked = selectFeedArticles(many, { kind: 'site' }, now);
    expect(picked).toHaveLength(FEED_LIMIT);
    expect(picked.map((a) => a.slug)).toEqual(many.slice(0, 50).map((a) => a.slug));
  });
});

describe('feed addresses', () => {
  it('sit beside the page they mirror', () => {
    expect(scopeFeedPath({ kind: 'site' }, 'rss')).toBe('/feed.xml');
    expect(scopeFeedPath({ kind: 'section', section: politics }, 'atom')).toBe('/politics/atom.xml');
    expect(scopeFeedPath({ kind: 'tag', tag: 'climate' }, 'json')).toBe('/tags/climate/feed.json');
    expect(scopeFeedPath({ kind: 'author', author }, 'rss')).toBe('/authors/priya/feed.xml');
  });

  it('are announced with their media types', () => {
    expect(feedLinks({ kind: 'tag', tag: 'climate' })).toEqual([
      {
        type: 'application/rss+xml',
        url: '/tags/climate/feed.xml',
        title: 'The Meridian: stories about climate (RSS)',
      },
      {
        type: 'application/atom+xml',
        url: '/tags/climate/atom.xml',
        title: 'The Meridian: stories about climate (Atom)',
      },
      {
        type: 'application/feed+json',
        url: '/tags/climate/feed.json',
        title: 'The Meridian: stories about climate (JSON Feed)',
      },
    ]);
  });

  it('know the media type of a hero', () => {
    expect(imageMediaType('/images/a.jpg')).toBe('image/jpeg');
    expect(imageMediaType('/images/a.PNG')).toBe('image/png');
  });
});

describe('buildRss', () => {
  const xml = buildRss(input);
  const rss = parser.parse(xml).rss;
  const channel = rss.channel;
  const [item] = channel.item;

  it('is well-formed XML even when a headline contains "]]>" twice', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares RSS 2.0 with the content, Dublin Core and Atom namespaces', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it('describes the channel: title, link, language, image and atom:link rel=self', () => {
    expect(channel.title).toBe('The Meridian');
    expect(channel.link).toBe(`${site}/`);
    expect(channel.language).toBe('en');
    expect(channel.image).toEqual({ title: 'The Meridian', url: `${site}/logo.png`, link: `${site}/` });
    expect(channel['atom:link']).toMatchObject({
      '@_href': `${site}/feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.lastBuildDate).toBe('Tue, 12 May 2026 19:20:00 GMT');
  });

  it('gives each item title, link, permalink guid, RFC 822 pubDate and the standfirst', () => {
    expect(channel.item).toHaveLength(2);
    expect(item.title['#cdata']).toBe('Harbour vote: &lt;cars&gt; &amp; ]]&gt; bikes ]]&gt;');
    expect(item.link).toBe(`${site}/politics/harbour-vote`);
    expect(item.guid).toEqual({ '#text': `${site}/politics/harbour-vote`, '@_isPermaLink': 'true' });
    expect(item.pubDate).toBe('Tue, 12 May 2026 13:00:00 GMT');
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(item.description['#cdata']).toBe('Three streets close to cars.');
  });

  it('carries the full HTML, the byline, categories and the hero', () => {
    expect(item['content:encoded']['#cdata']).toBe(entry(lead).html);
    expect(item['dc:creator']).toBe('Priya Raman');
    expect(item.category).toEqual([
      { '#text': 'Politics', '@_domain': `${site}/politics` },
      { '#text': 'transport', '@_domain': `${site}/tags/transport` },
      { '#text': 'local government', '@_domain': `${site}/tags/local-government` },
    ]);
    expect(item.enclosure).toEqual({
      '@_url': `${site}/images/2026/harbour.jpg`,
      '@_type': 'image/jpeg',
      '@_length': '12345',
    });
    expect(item['media:content']).toMatchObject({
      '@_xmlns:media': 'http://search.yahoo.com/mrss/',
      '@_url': `${site}/images/2026/harbour.jpg`,
      '@_medium': 'image',
      '@_width': '1600',
      '@_height': '900',
      'media:description': { '#text': 'A harbour', '@_type': 'plain' },
      'media:credit': 'Illustration: The Meridian',
    });
  });

  it('does not put a name in <author>, which RSS reserves for e-mail addresses', () => {
    expect(item.author).toBeUndefined();
  });

  it('is an empty but valid channel when nothing is published', () => {
    const empty = buildRss({ ...input, entries: [] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parser.parse(empty).rss.channel.item).toBeUndefined();
  });
});

describe('buildAtom', () => {
  const xml = buildAtom({ ...input, scope: { kind: 'section', section: politics } });
  const feed = parser.parse(xml).feed;
  const [first] = feed.entry;

  it('is well-formed Atom with id, title, updated and links to itself and the page', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${site}/politics/atom.xml`);
    expect(feed.title).toBe('The Meridian: Politics');
    expect(feed.updated).toBe('2026-05-12T19:20:00.000Z');
    expect(feed.link).toEqual([
      { '@_rel': 'alternate', '@_href': `${site}/politics` },
      { '@_rel': 'self', '@_href': `${site}/politics/atom.xml` },
    ]);
  });

  it('gives each entry its id, link, dates, summary, content, author and categories', () => {
    expect(first.id).toBe(`${site}/politics/harbour-vote`);
    expect(first.link).toEqual([{ '@_href': `${site}/politics/harbour-vote` }]);
    expect(first.published).toBe('2026-05-12T13:00:00.000Z');
    expect(first.updated).toBe('2026-05-12T19:20:00.000Z');
    expect(first.title).toEqual({ '#cdata': 'Harbour vote: &lt;cars&gt; &amp; ]]&gt; bikes ]]&gt;', '@_type': 'html' });
    expect(first.summary['#cdata']).toBe('Three streets close to cars.');
    expect(first.content).toEqual({ '#cdata': entry(lead).html, '@_type': 'html' });
    expect(first.author).toEqual({ name: 'Priya Raman', uri: `${site}/authors/priya` });
    expect(first.category).toEqual([
      { '@_label': 'Politics', '@_term': 'politics', '@_scheme': `${site}/` },
      { '@_label': 'transport', '@_term': 'transport', '@_scheme': `${site}/tags/` },
      { '@_label': 'local government', '@_term': 'local-government', '@_scheme': `${site}/tags/` },
    ]);
  });
});

describe('buildJsonFeed', () => {
  const doc: JsonFeed = JSON.parse(buildJsonFeed({ ...input, scope: { kind: 'author', author } }));

  it('is JSON Feed 1.1 about the author, with its own URL', () => {
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.title).toBe('The Meridian: Priya Raman');
    expect(doc.home_page_url).toBe(`${site}/authors/priya`);
    expect(doc.feed_url).toBe(`${site}/authors/priya/feed.json`);
    expect(doc.language).toBe('en');
    expect(doc.icon).toBe(`${site}/logo.png`);
  });

  it('gives each item id, url, title, summary, HTML, image, dates, authors and tags', () => {
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]).toEqual({
      id: `${site}/politics/harbour-vote`,
      url: `${site}/politics/harbour-vote`,
      title: lead.title,
      summary: 'Three streets close to cars.',
      content_html: entry(lead).html,
      image: `${site}/images/2026/harbour.jpg`,
      date_published: '2026-05-12T13:00:00.000Z',
      date_modified: '2026-05-12T19:20:00.000Z',
      authors: [{ name: 'Priya Raman', url: `${site}/authors/priya`, avatar: `${site}/images/authors/priya.jpg` }],
      tags: ['Politics', 'transport', 'local government'],
      language: 'en',
    });
  });
});
