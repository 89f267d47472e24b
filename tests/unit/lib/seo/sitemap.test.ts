import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config/site-config';
import {
  childSitemap,
  MAX_URLS_PER_SITEMAP,
  NEWS_LIMIT,
  newsTime,
  renderNewsSitemap,
  renderUrlset,
  selectNewsArticles,
  siteSitemapEntries,
  sitemapDocument,
  type SitemapEntry,
} from '@/lib/seo/sitemap';
import { makeArticle, makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';
import { validateXml } from '../../../helpers/xml-schema';

const site = siteConfig.url;
const now = new Date('2026-11-28T12:00:00Z');
const HOUR = 60 * 60 * 1000;

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name),
});

/** The `<url>` elements of a urlset, as a crawler parses them. */
function urls(xml: string): Record<string, unknown>[] {
  const doc = parser.parse(xml);
  return doc.urlset.url ?? [];
}

const archive = [
  makeArticle({
    slug: 'updated-story',
    section: 'politics',
    tags: ['transport'],
    authorSlug: 'priya',
    publishedAt: '2026-05-12T13:00:00.000Z',
    updatedAt: '2026-05-12T19:20:00.000Z',
    hero: { src: '/images/2026/harbour.jpg', alt: 'A harbour', width: 1600, height: 900 },
  }),
  makeArticle({ slug: 'plain-story', tags: ['climate'], publishedAt: '2026-02-01T10:00:00.000Z' }),
  makeArticle({ slug: 'secret-draft', tags: ['leaks'], publishedAt: '2026-03-01T10:00:00.000Z', draft: true }),
  makeArticle({ slug: 'tomorrows-story', tags: ['embargo'], publishedAt: '2026-11-29T10:00:00.000Z' }),
];
const authors = [makeAuthor({ slug: 'priya' }), makeAuthor({ slug: 'world-desk' })];

describe('siteSitemapEntries', () => {
  const entries = siteSitemapEntries(archive, authors, now);
  const locs = entries.map((e) => e.loc);

  it('lists home, every section, published articles, their tags and every author', () => {
    expect(locs).toContain(`${site}/`);
    for (const s of ['world', 'politics', 'business', 'technology', 'science', 'culture', 'sport']) {
      expect(locs).toContain(`${site}/${s}`);
    }
    expect(locs).toContain(`${site}/politics/updated-story`);
    expect(locs).toContain(`${site}/world/plain-story`);
    expect(locs).toContain(`${site}/tags/transport`);
    expect(locs).toContain(`${site}/tags/climate`);
    expect(locs).toContain(`${site}/authors/priya`);
    expect(locs).toContain(`${site}/authors/world-desk`);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('lists the masthead while there are authors, and not without them', () => {
    expect(entries.find((e) => e.loc === `${site}/about/masthead`)).toEqual({
      loc: `${site}/about/masthead`,
      changefreq: 'monthly',
    });
    expect(siteSitemapEntries(archive, [], now).map((e) => e.loc)).not.toContain(`${site}/about/masthead`);
  });

  it('never lists a draft or a scheduled article, nor tags only they use', () => {
    expect(locs.filter((l) => /secret-draft|tomorrows-story|leaks|embargo/.test(l))).toEqual([]);
  });

  it('dates an article by its update, or by its publication when never updated, with an offset', () => {
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    expect(byLoc.get(`${site}/politics/updated-story`)?.lastmod).toBe('2026-05-12T15:20:00-04:00');
    expect(byLoc.get(`${site}/world/plain-story`)?.lastmod).toBe('2026-02-01T05:00:00-05:00');
    expect(byLoc.get(`${site}/politics/updated-story`)?.images).toEqual([`${site}/images/2026/harbour.jpg`]);
  });

  it('dates a listing page by the newest change among its published articles', () => {
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    expect(byLoc.get(`${site}/`)?.lastmod).toBe('2026-05-12T15:20:00-04:00');
    expect(byLoc.get(`${site}/world`)?.lastmod).toBe('2026-02-01T05:00:00-05:00');
    expect(byLoc.get(`${site}/authors/priya`)?.lastmod).toBe('2026-05-12T15:20:00-04:00');
    // Nothing published there yet: no date rather than a made-up one.
    expect(byLoc.get(`${site}/sport`)?.lastmod).toBeUndefined();
    expect(byLoc.get(`${site}/authors/world-desk`)?.lastmod).toBe('2026-02-01T05:00:00-05:00');
  });

  it('renders a urlset that validates against the sitemaps.org and image schemas', () => {
    const result = validateXml(sitemapDocument(entries), 'combined-urlset.xsd');
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });
});

describe('renderUrlset', () => {
  const entry: SitemapEntry = {
    loc: `${site}/search?q=a&b=<c>`,
    lastmod: '2026-01-01T00:00:00+00:00',
    changefreq: 'daily',
    priority: 0.5,
    images: [`${site}/images/a.jpg`],
  };
  const xml = renderUrlset([entry]);

  it('writes loc, lastmod, changefreq, priority, then extensions, in the schema order', () => {
    const order = ['<loc>', '<lastmod>', '<changefreq>', '<priority>', '<image:image>'].map((tag) => xml.indexOf(tag));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(validateXml(xml, 'combined-urlset.xsd').valid).toBe(true);
  });

  it('escapes URLs', () => {
    expect(xml).toContain('<loc>http');
    expect(xml).toContain('q=a&amp;b=&lt;c&gt;</loc>');
    expect(urls(xml)[0]?.loc).toBe(entry.loc);
  });

  it('declares the image namespace only when images are listed', () => {
    expect(renderUrlset([{ loc: `${site}/` }])).not.toContain('xmlns:image');
    expect(validateXml(renderUrlset([{ loc: `${site}/` }]), 'sitemap.xsd').valid).toBe(true);
  });
});

describe('the 50,000-URL split', () => {
  const fake = (n: number): SitemapEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      loc: `${site}/world/story-${i}`,
      lastmod: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', '+00:00'),
    }));

  it('keeps exactly 50,000 URLs in one urlset', () => {
    const entries = fake(MAX_URLS_PER_SITEMAP);
    const xml = sitemapDocument(entries);
    expect(xml).toContain('<urlset');
    expect(urls(xml)).toHaveLength(50_000);
    expect(childSitemap(entries, 1)).toBeUndefined();
  });

  it('turns 50,001 URLs into an index of two child sitemaps that hold every URL once', () => {
    const entries = fake(MAX_URLS_PER_SITEMAP + 1);
    const index = sitemapDocument(entries);
    const doc = parser.parse(index);
    expect(doc.urlset).toBeUndefined();
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: `${site}/sitemaps/sitemap-1.xml`, lastmod: entries[49_999]?.lastmod },
      { loc: `${site}/sitemaps/sitemap-2.xml`, lastmod: entries[50_000]?.lastmod },
    ]);
    expect(validateXml(index, 'siteindex.xsd').valid).toBe(true);

    const first = urls(childSitemap(entries, 1) ?? '');
    const second = urls(childSitemap(entries, 2) ?? '');
    expect(first).toHaveLength(50_000);
    expect(second).toHaveLength(1);
    expect([...first, ...second].map((u) => u.loc)).toEqual(entries.map((e) => e.loc));
    expect(childSitemap(entries, 3)).toBeUndefined();
    expect(childSitemap(entries, 0)).toBeUndefined();
  });

  it('splits at any limit, for a small-scale check against the schema', () => {
    const entries = fake(5);
    expect(parser.parse(sitemapDocument(entries, 2)).sitemapindex.sitemap).toHaveLength(3);
    const last = childSitemap(entries, 3, 2) ?? '';
    expect(urls(last).map((u) => u.loc)).toEqual([entries[4]?.loc]);
    expect(validateXml(last, 'sitemap.xsd').valid).toBe(true);
  });
});

describe('the Google News sitemap', () => {
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

  it('takes articles published in the last 48 hours, including exactly 48 hours ago', () => {
    const articles = [
      makeArticle({ slug: 'just-now', publishedAt: at(0) }),
      makeArticle({ slug: 'yesterday', publishedAt: at(-24 * HOUR) }),
      makeArticle({ slug: 'exactly-48h', publishedAt: at(-48 * HOUR) }),
      makeArticle({ slug: 'just-too-old', publishedAt: at(-48 * HOUR - 1) }),
      makeArticle({ slug: 'in-a-moment', publishedAt: at(1) }),
      makeArticle({ slug: 'recent-draft', publishedAt: at(-HOUR), draft: true }),
    ];
    expect(selectNewsArticles(articles, now).map((a) => a.slug)).toEqual(['just-now', 'yesterday', 'exactly-48h']);
  });

  it('moves with the clock: the same article leaves the window 48 hours later', () => {
    const article = makeArticle({ slug: 'story', publishedAt: at(-HOUR) });
    expect(selectNewsArticles([article], now)).toHaveLength(1);
    expect(selectNewsArticles([article], new Date(now.getTime() + 47 * HOUR))).toHaveLength(1);
    expect(selectNewsArticles([article], new Date(now.getTime() + 47 * HOUR + 1))).toHaveLength(0);
  });

  it('lists at most 1,000, the newest', () => {
    const many = Array.from({ length: NEWS_LIMIT + 5 }, (_, i) =>
      makeArticle({ slug: `story-${i}`, publishedAt: at(-i * 60_000) }),
    );
    const picked = selectNewsArticles(many, now);
    expect(picked).toHaveLength(1_000);
    expect(picked[0]?.slug).toBe('story-0');
    expect(picked[999]?.slug).toBe('story-999');
  });

  it('gives each article its publication, language, date and title, valid against the News schema', () => {
    const article = makeArticle({
      slug: 'harbour-vote',
      section: 'politics',
      title: 'Vote on <harbour> & "quay"',
      publishedAt: '2026-11-27T14:00:00.000Z',
    });
    const xml = renderNewsSitemap([article]);
    expect(urls(xml)).toEqual([
      {
        loc: `${site}/politics/harbour-vote`,
        'news:news': {
          'news:publication': { 'news:name': 'The Meridian', 'news:language': 'en' },
          'news:publication_date': '2026-11-27T09:00:00-05:00',
          'news:title': 'Vote on <harbour> & "quay"',
        },
      },
    ]);
    const result = validateXml(xml, 'combined-urlset.xsd');
    expect(result.output).toMatch(/validates$/);
  });

  it('is an empty urlset when nothing is recent', () => {
    const doc = parser.parse(renderNewsSitemap([]));
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url).toBeUndefined();
  });
});

describe('live blogs in the Google News sitemap', () => {
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const entry = (id: string, ms: number, extra: { draft?: boolean } = {}) =>
    makeLiveEntry({ id, publishedAt: at(ms), ...extra });
  const started = at(-5 * 24 * HOUR);

  const running = makeLiveBlog(
    { slug: 'storm-live', title: 'Storm: live', publishedAt: started },
    { entries: [entry('old', -4 * 24 * HOUR), entry('recent', -HOUR)] },
  );
  const quiet = makeLiveBlog(
    { slug: 'quiet-live', publishedAt: started },
    { entries: [entry('last', -48 * HOUR - 1), entry('unpublished', -HOUR, { draft: true }), entry('soon', HOUR)] },
  );
  const endedOld = makeLiveBlog(
    { slug: 'ended-old', publishedAt: started },
    { status: 'ended', endedAt: at(-2 * HOUR), entries: [entry('final', -2 * HOUR)] },
  );
  const endedRecent = makeLiveBlog(
    { slug: 'ended-recent', publishedAt: at(-24 * HOUR) },
    { status: 'ended', endedAt: at(-20 * HOUR), entries: [entry('only', -22 * HOUR)] },
  );
  const justStarted = makeLiveBlog({ slug: 'just-started', publishedAt: at(-2 * HOUR) }, { entries: [] });
  const article = makeArticle({ slug: 'plain', publishedAt: at(-3 * HOUR) });

  it('lists a running blog while its newest visible entry is within the 48 hours, however old the blog', () => {
    expect(selectNewsArticles([running], now).map((a) => a.slug)).toEqual(['storm-live']);
    expect(newsTime(running, now)).toBe(Date.parse(at(-HOUR)));
  });

  it('does not count drafts or entries scheduled after now: a blog gone quiet leaves the window', () => {
    expect(newsTime(quiet, now)).toBe(Date.parse(at(-48 * HOUR - 1)));
    expect(selectNewsArticles([quiet], now)).toEqual([]);
    // The scheduled entry, once out, brings it back.
    expect(selectNewsArticles([quiet], new Date(now.getTime() + HOUR)).map((a) => a.slug)).toEqual(['quiet-live']);
  });

  it('measures a running blog with no entry yet from its publication', () => {
    expect(selectNewsArticles([justStarted], now).map((a) => a.slug)).toEqual(['just-started']);
  });

  it('treats an ended blog as an article: its publication date decides, not its entries', () => {
    expect(selectNewsArticles([endedOld, endedRecent], now).map((a) => a.slug)).toEqual(['ended-recent']);
    expect(newsTime(endedOld, now)).toBe(Date.parse(started));
  });

  it('orders by the time the window is measured from, newest first', () => {
    expect(
      selectNewsArticles([article, endedRecent, running, justStarted, quiet, endedOld], now).map((a) => a.slug),
    ).toEqual(['storm-live', 'just-started', 'plain', 'ended-recent']);
  });

  it("keeps the blog's own publication date and headline, valid against the News schema", () => {
    const xml = renderNewsSitemap(selectNewsArticles([running], now));
    expect(urls(xml)).toEqual([
      {
        loc: `${site}/world/storm-live`,
        'news:news': {
          'news:publication': { 'news:name': 'The Meridian', 'news:language': 'en' },
          'news:publication_date': '2026-11-23T07:00:00-05:00',
          'news:title': 'Storm: live',
        },
      },
    ]);
    const result = validateXml(xml, 'combined-urlset.xsd');
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  it("dates a live blog in the normal sitemap by its modifiedAt, its latest entry's change", () => {
    const blog = makeLiveBlog(
      { slug: 'storm-live', publishedAt: started, modifiedAt: at(-HOUR) },
      { entries: [entry('recent', -HOUR)] },
    );
    const entries = siteSitemapEntries([blog], [], now);
    expect(entries.find((e) => e.loc === `${site}/world/storm-live`)?.lastmod).toBe('2026-11-28T06:00:00-05:00');
    expect(validateXml(sitemapDocument(entries), 'combined-urlset.xsd').valid).toBe(true);
  });
});
