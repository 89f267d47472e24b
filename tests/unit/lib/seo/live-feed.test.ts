import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildLiveAtom,
  buildLiveFeed,
  buildLiveJsonFeed,
  buildLiveRss,
  LIVE_FEED_LIMIT,
  liveFeedLinks,
  liveFeedUpdated,
  selectLiveFeedEntries,
  type LiveFeedInput,
  type LiveFeedItem,
  type LiveJsonFeed,
} from '@/lib/seo/live-feed';
import type { LiveEntry } from '@/lib/content/live-blogs';
import { siteConfig } from '@/lib/config/site-config';
import { makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

const site = siteConfig.url;
const now = new Date('2026-11-28T12:00:00Z');
const blogUrl = `${site}/world/harbour-storm`;

const parser = new XMLParser({
  ignoreAttributes: false,
  cdataPropName: '#cdata',
  isArray: (name, jpath) => ['item', 'entry'].includes(name) || jpath === 'feed.link' || jpath === 'feed.entry.link',
});

/** xmllint's verdict on `xml` as a well-formed, namespace-correct document (there is no RSS or Atom schema in ../shared/schemas). */
function xmllintWellFormed(xml: string): { ok: boolean; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

const priya = makeAuthor({ slug: 'priya', name: 'Priya Raman', avatar: '/images/authors/priya.jpg' });
const desk = makeAuthor({ slug: 'world-desk', name: 'World Desk' });

const titled = makeLiveEntry({
  id: 'sea-wall',
  title: 'Sea wall <breached> & ]]> closed ]]>',
  authorSlug: 'priya',
  publishedAt: '2026-11-28T11:30:00.000Z',
  updatedAt: '2026-11-28T11:45:00.000Z',
});
const untitled = makeLiveEntry({ id: 'first-update', publishedAt: '2026-11-28T09:05:00.000Z' });
const pinned = makeLiveEntry({
  id: 'what-we-know',
  title: 'What we know',
  pinned: true,
  publishedAt: '2026-11-28T10:00:00.000Z',
});
const draft = makeLiveEntry({ id: 'draft', draft: true, publishedAt: '2026-11-28T11:00:00.000Z' });
const scheduled = makeLiveEntry({ id: 'later', publishedAt: '2026-11-28T12:00:01.000Z' });

const blog = makeLiveBlog(
  {
    slug: 'harbour-storm',
    title: 'Storm over Kestrel Bay: live & <updated>',
    standfirst: 'The latest as the storm reaches the harbour.',
    publishedAt: '2026-11-28T09:00:00.000Z',
    modifiedAt: '2026-11-28T11:45:00.000Z',
  },
  { entries: [untitled, titled, pinned, draft, scheduled] },
);

function item(entry: LiveEntry): LiveFeedItem {
  return {
    entry,
    author: entry.authorSlug === 'priya' ? priya : desk,
    html: `<p>Body of ${entry.id} with <a href="${site}/x">a link</a>.</p>`,
  };
}

const input: LiveFeedInput = { blog, items: selectLiveFeedEntries(blog, now).map(item), now };

describe('selectLiveFeedEntries', () => {
  it('takes the entries readers can see, newest first, the pinned one in its place in time', () => {
    expect(selectLiveFeedEntries(blog, now).map((e) => e.id)).toEqual(['sea-wall', 'what-we-know', 'first-update']);
  });

  it('takes a scheduled entry once its time has come, never a draft', () => {
    expect(selectLiveFeedEntries(blog, new Date('2026-11-28T12:00:01Z')).map((e) => e.id)).toEqual([
      'later',
      'sea-wall',
      'what-we-know',
      'first-update',
    ]);
  });

  it('carries the latest 50', () => {
    const entries = Array.from({ length: 60 }, (_, i) =>
      makeLiveEntry({ id: `e-${i}`, publishedAt: new Date(now.getTime() - i * 60_000).toISOString() }),
    );
    const long = makeLiveBlog({ slug: 'long', publishedAt: '2026-11-01T00:00:00.000Z' }, { entries });
    const picked = selectLiveFeedEntries(long, now);
    expect(picked).toHaveLength(LIVE_FEED_LIMIT);
    expect(picked.map((e) => e.id)).toEqual(entries.slice(0, 50).map((e) => e.id));
  });

  it('has nothing while the blog itself is a draft or scheduled', () => {
    expect(selectLiveFeedEntries({ ...blog, draft: true }, now)).toEqual([]);
    expect(selectLiveFeedEntries({ ...blog, publishedAt: '2026-11-29T00:00:00.000Z' }, now)).toEqual([]);
  });
});

describe('liveFeedLinks', () => {
  it('announces the three feeds beside the blog, named after its headline', () => {
    expect(liveFeedLinks(blog)).toEqual([
      {
        type: 'application/rss+xml',
        url: '/world/harbour-storm/feed.xml',
        title: 'Storm over Kestrel Bay: live & <updated> (RSS)',
      },
      {
        type: 'application/atom+xml',
        url: '/world/harbour-storm/atom.xml',
        title: 'Storm over Kestrel Bay: live & <updated> (Atom)',
      },
      {
        type: 'application/feed+json',
        url: '/world/harbour-storm/feed.json',
        title: 'Storm over Kestrel Bay: live & <updated> (JSON Feed)',
      },
    ]);
  });
});

describe('liveFeedUpdated', () => {
  it('is the newest change among the entries: an update or a correction counts', () => {
    expect(liveFeedUpdated(input).toISOString()).toBe('2026-11-28T11:45:00.000Z');
    const corrected = { ...untitled, modifiedAt: '2026-11-28T11:50:00.000Z' };
    expect(liveFeedUpdated({ blog, items: [item(titled), item(corrected)] }).toISOString()).toBe(
      '2026-11-28T11:50:00.000Z',
    );
  });

  it("is the blog's own last change while it has no entry", () => {
    expect(liveFeedUpdated({ blog, items: [] }).toISOString()).toBe('2026-11-28T11:45:00.000Z');
  });
});

describe('buildLiveRss', () => {
  const xml = buildLiveRss(input);
  const rss = parser.parse(xml).rss;
  const channel = rss.channel;
  const [first, second, third] = channel.item;

  it('is well-formed XML, to xmllint too, even when a title contains "]]>" twice', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const lint = xmllintWellFormed(xml);
    expect(lint.output).toBe('');
    expect(lint.ok).toBe(true);
  });

  it('declares RSS 2.0 with the content, Dublin Core and Atom namespaces', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  it("is the blog's channel: its headline, its page, its standfirst, atom:link rel=self, dated by the latest entry", () => {
    expect(channel.title).toBe('Storm over Kestrel Bay: live & <updated>');
    expect(channel.link).toBe(blogUrl);
    expect(channel.description).toBe('The latest as the storm reaches the harbour.');
    expect(channel.language).toBe('en');
    expect(channel['atom:link']).toMatchObject({
      '@_href': `${blogUrl}/feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.lastBuildDate).toBe('Sat, 28 Nov 2026 11:45:00 GMT');
  });

  it('gives each entry its title, its permalink as link and permalink guid, and its own time', () => {
    expect(channel.item).toHaveLength(3);
    expect(first.title['#cdata']).toBe('Sea wall &lt;breached&gt; &amp; ]]&gt; closed ]]&gt;');
    expect(first.link).toBe(`${blogUrl}/entries/sea-wall`);
    expect(first.guid).toEqual({ '#text': `${blogUrl}/entries/sea-wall`, '@_isPermaLink': 'true' });
    expect(first.pubDate).toBe('Sat, 28 Nov 2026 11:30:00 GMT');
    expect(second.link).toBe(`${blogUrl}/entries/what-we-know`);
  });

  it("names an untitled entry by its time in the newsroom's zone", () => {
    expect(third.title['#cdata']).toBe('Update at 04:05 EST');
    expect(third.guid['#text']).toBe(`${blogUrl}/entries/first-update`);
  });

  it("carries the entry's HTML and its own author in dc:creator, never in <author>", () => {
    expect(first['content:encoded']['#cdata']).toBe(item(titled).html);
    expect(first['dc:creator']).toBe('Priya Raman');
    expect(third['dc:creator']).toBe('World Desk');
    expect(first.author).toBeUndefined();
  });

  it('is an empty but valid channel before the first entry', () => {
    const empty = buildLiveRss({ ...input, items: [] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(xmllintWellFormed(empty).ok).toBe(true);
    expect(parser.parse(empty).rss.channel.item).toBeUndefined();
  });
});

describe('buildLiveAtom', () => {
  const xml = buildLiveAtom(input);
  const feed = parser.parse(xml).feed;
  const [first, , third] = feed.entry;

  it('is well-formed Atom with id, title, updated and links to itself and the blog', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xmllintWellFormed(xml).ok).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${blogUrl}/atom.xml`);
    expect(feed.title).toBe('Storm over Kestrel Bay: live & <updated>');
    expect(xml).toContain('<title>Storm over Kestrel Bay: live &amp; &lt;updated&gt;</title>');
    expect(feed.updated).toBe('2026-11-28T11:45:00.000Z');
    expect(feed.link).toEqual([
      { '@_rel': 'alternate', '@_href': blogUrl },
      { '@_rel': 'self', '@_href': `${blogUrl}/atom.xml` },
    ]);
  });

  it('gives each entry its permalink as id and link, published and updated dates, author and content', () => {
    expect(feed.entry).toHaveLength(3);
    expect(first.id).toBe(`${blogUrl}/entries/sea-wall`);
    expect(first.link).toEqual([{ '@_href': `${blogUrl}/entries/sea-wall` }]);
    expect(first.published).toBe('2026-11-28T11:30:00.000Z');
    expect(first.updated).toBe('2026-11-28T11:45:00.000Z');
    expect(first.title).toEqual({ '#cdata': 'Sea wall &lt;breached&gt; &amp; ]]&gt; closed ]]&gt;', '@_type': 'html' });
    expect(first.content).toEqual({ '#cdata': item(titled).html, '@_type': 'html' });
    expect(first.author).toEqual({ name: 'Priya Raman', uri: `${site}/authors/priya` });
    expect(third.title['#cdata']).toBe('Update at 04:05 EST');
    expect(third.updated).toBe('2026-11-28T09:05:00.000Z');
  });

  it('keeps the same ids from one build to the next, whatever else changed', () => {
    const later = new Date('2026-11-28T12:00:01Z');
    const next = parser.parse(buildLiveAtom({ blog, items: selectLiveFeedEntries(blog, later).map(item), now: later }));
    expect(next.feed.entry.map((e: { id: string }) => e.id).slice(1)).toEqual(
      feed.entry.map((e: { id: string }) => e.id),
    );
  });
});

describe('buildLiveJsonFeed', () => {
  const doc: LiveJsonFeed = JSON.parse(buildLiveJsonFeed(input));

  it('is JSON Feed 1.1 of the blog: version, title, home page, its own URL, language, icon, authors', () => {
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.title).toBe(blog.title);
    expect(doc.home_page_url).toBe(blogUrl);
    expect(doc.feed_url).toBe(`${blogUrl}/feed.json`);
    expect(doc.description).toBe(blog.standfirst);
    expect(doc.language).toBe('en');
    expect(doc.icon).toBe(`${site}/logo.png`);
    expect(doc.authors).toEqual([{ name: 'The Meridian', url: `${site}/` }]);
    expect(doc.expired).toBeUndefined();
  });

  it('gives each item id, url, title, HTML, RFC 3339 dates, its author and language', () => {
    expect(doc.items.map((i) => i.id)).toEqual([
      `${blogUrl}/entries/sea-wall`,
      `${blogUrl}/entries/what-we-know`,
      `${blogUrl}/entries/first-update`,
    ]);
    expect(doc.items[0]).toEqual({
      id: `${blogUrl}/entries/sea-wall`,
      url: `${blogUrl}/entries/sea-wall`,
      title: titled.title,
      content_html: item(titled).html,
      date_published: '2026-11-28T11:30:00.000Z',
      date_modified: '2026-11-28T11:45:00.000Z',
      authors: [{ name: 'Priya Raman', url: `${site}/authors/priya`, avatar: `${site}/images/authors/priya.jpg` }],
      language: 'en',
    });
    expect(doc.items[2]?.title).toBe('Update at 04:05 EST');
    expect(doc.items[2]?.authors).toEqual([{ name: 'World Desk', url: `${site}/authors/world-desk` }]);
  });

  it('meets the 1.1 spec: string ids, content_html on every item, no 1.0 author field', () => {
    for (const i of doc.items) {
      expect(typeof i.id).toBe('string');
      expect(typeof i.content_html).toBe('string');
      expect(new Date(i.date_published).toISOString()).toBe(i.date_published);
    }
    expect(doc).not.toHaveProperty('author');
    expect(doc.items[0]).not.toHaveProperty('author');
  });

  it('says the feed has expired once the coverage has ended', () => {
    const ended = makeLiveBlog(
      { slug: 'harbour-storm', publishedAt: blog.publishedAt },
      { status: 'ended', endedAt: '2026-11-28T11:59:00.000Z', entries: blog.live.entries },
    );
    const endedDoc: LiveJsonFeed = JSON.parse(buildLiveJsonFeed({ blog: ended, items: input.items, now }));
    expect(endedDoc.expired).toBe(true);
    expect(endedDoc.items).toHaveLength(3);
  });
});

describe('buildLiveFeed', () => {
  it('writes the format asked for', () => {
    expect(buildLiveFeed(input, 'rss')).toBe(buildLiveRss(input));
    expect(buildLiveFeed(input, 'atom')).toBe(buildLiveAtom(input));
    expect(buildLiveFeed(input, 'json')).toBe(buildLiveJsonFeed(input));
  });
});
