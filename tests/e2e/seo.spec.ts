import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { imageSize } from 'image-size';
import { siteConfig } from '../../lib/config/site-config';
import { validateXml } from '../helpers/xml-schema';
import { LONG_TAIL_ARTICLE } from './support/e2e-config';
import { isJson, jsonLdGraph, type Json } from './support/json-ld';

/**
 * What search engines and feed readers read, checked on the production build: every page type's
 * head and JSON-LD, the sitemaps against the official schemas, the feeds, and robots.txt.
 */

const ARTICLE = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';
const DRAFT_SLUG = 'draft-smart-meters-preview';

type PageType = {
  name: string;
  path: string;
  ogType: 'article' | 'website';
  /** The @type of every node in the page's JSON-LD graph. */
  graph: string[];
  /** Feeds announced in the head, as site paths. */
  feeds: string[];
};

const siteFeeds = ['/feed.xml', '/atom.xml', '/feed.json'];
const feedsOf = (base: string) => [`${base}/feed.xml`, `${base}/atom.xml`, `${base}/feed.json`];

const pageTypes: PageType[] = [
  { name: 'home', path: '/', ogType: 'website', graph: ['WebSite', 'NewsMediaOrganization'], feeds: siteFeeds },
  {
    name: 'section',
    path: '/world',
    ogType: 'website',
    graph: ['CollectionPage', 'WebSite', 'NewsMediaOrganization'],
    feeds: [...feedsOf('/world'), ...siteFeeds],
  },
  {
    name: 'article',
    path: ARTICLE,
    ogType: 'article',
    graph: ['NewsArticle', 'WebPage', 'BreadcrumbList', 'WebSite', 'NewsMediaOrganization'],
    feeds: [...siteFeeds, ...feedsOf('/world')],
  },
  {
    name: 'author',
    path: '/authors/world-desk',
    ogType: 'website',
    graph: ['ProfilePage', 'Person', 'WebSite', 'NewsMediaOrganization'],
    feeds: [...feedsOf('/authors/world-desk'), ...siteFeeds],
  },
  {
    name: 'tag',
    path: '/tags/north-korea',
    ogType: 'website',
    graph: ['CollectionPage', 'WebSite', 'NewsMediaOrganization'],
    feeds: [...feedsOf('/tags/north-korea'), ...siteFeeds],
  },
];

const feedUrls = [
  ...siteFeeds,
  ...feedsOf('/world'),
  ...feedsOf('/technology'),
  ...feedsOf('/tags/north-korea'),
  ...feedsOf('/authors/world-desk'),
  ...feedsOf('/authors/priya-raman'),
];

/** The site path of an absolute URL on our site; fails when the URL is not on the configured origin. */
function local(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(siteConfig.url);
  return `${parsed.pathname}${parsed.search}`;
}

async function meta(page: Page, key: string): Promise<string | null> {
  const attribute = key.startsWith('og:') || key.startsWith('article:') ? 'property' : 'name';
  return page.locator(`head meta[${attribute}="${key}"]`).first().getAttribute('content');
}

/** Requests every path, a few at a time, and returns those that did not answer 200. */
async function failing(request: APIRequestContext, paths: readonly string[]): Promise<string[]> {
  const bad: string[] = [];
  const queue = [...new Set(paths)];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await request.get(path, { maxRedirects: 0 });
        if (response.status() !== 200) bad.push(`${path} → ${response.status()}`);
      }
    }),
  );
  return bad;
}

async function imageAt(
  request: APIRequestContext,
  url: string,
): Promise<{ type: string; width: number; height: number }> {
  const response = await request.get(local(url));
  expect(response.status(), url).toBe(200);
  const size = imageSize(await response.body());
  return { type: response.headers()['content-type'] ?? '', width: size.width, height: size.height };
}

test.describe('the head of every page type', () => {
  for (const type of pageTypes) {
    test(`${type.name}: canonical, Open Graph, Twitter, robots and feeds`, async ({ page, request }) => {
      const response = await page.goto(type.path);
      expect(response?.status()).toBe(200);
      // Compared as parsed URLs: Next writes the home page's canonical without its trailing slash.
      const canonical = new URL(type.path, siteConfig.url).href;
      const canonicalHref = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonicalHref ?? '').href).toBe(canonical);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      const title = await page.title();
      expect(title).toContain('The Meridian');
      const description = await meta(page, 'description');
      expect(description?.length ?? 0).toBeGreaterThan(10);

      expect(await meta(page, 'og:type')).toBe(type.ogType);
      expect(new URL((await meta(page, 'og:url')) ?? '').href).toBe(canonical);
      expect(await meta(page, 'og:title')).toBeTruthy();
      expect(title).toContain(await meta(page, 'og:title'));
      expect(await meta(page, 'og:description')).toBe(description);
      expect(await meta(page, 'og:site_name')).toBe('The Meridian');
      expect(await meta(page, 'og:locale')).toBe('en_GB');
      const ogImage = (await meta(page, 'og:image')) ?? '';
      const width = Number(await meta(page, 'og:image:width'));
      const height = Number(await meta(page, 'og:image:height'));
      expect(width).toBeGreaterThanOrEqual(1200);
      expect((await meta(page, 'og:image:alt'))?.length ?? 0).toBeGreaterThan(3);
      expect(await imageAt(request, ogImage)).toMatchObject({ width, height });

      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:title')).toBe(await meta(page, 'og:title'));
      expect(await meta(page, 'twitter:description')).toBe(description);
      expect(await meta(page, 'twitter:image')).toBe(ogImage);
      expect(await meta(page, 'twitter:image:alt')).toBe(await meta(page, 'og:image:alt'));

      expect(await meta(page, 'robots')).toBe('index, follow, max-image-preview:large');

      const alternates = page.locator('head link[rel="alternate"]');
      const feeds = await alternates.evaluateAll((links) =>
        links.map((l) => [l.getAttribute('type'), l.getAttribute('href'), l.getAttribute('title')]),
      );
      expect(feeds.map(([, href]) => local(href ?? '')).sort()).toEqual([...type.feeds].sort());
      for (const [mediaType, href, feedTitle] of feeds) {
        expect(feedTitle).toMatch(/^The Meridian/);
        const feed = await request.get(local(href ?? ''));
        expect(feed.status(), href ?? '').toBe(200);
        expect(feed.headers()['content-type']).toContain(mediaType ?? 'missing');
      }
    });

    test(`${type.name}: one JSON-LD @graph with the expected nodes`, async ({ page }) => {
      await page.goto(type.path);
      const graph = await jsonLdGraph(page);
      expect(graph.map((n) => n['@type'])).toEqual(type.graph);
      const ids = graph.map((n) => n['@id']);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(String(id)).toMatch(new RegExp(`^${siteConfig.url}/`));
    });
  }

  test('article: Open Graph article properties', async ({ page }) => {
    await page.goto(ARTICLE);
    expect(await meta(page, 'article:published_time')).toBe('2024-11-14T10:00:00-05:00');
    expect(await meta(page, 'article:modified_time')).toBe('2024-11-14T10:00:00-05:00');
    expect(await meta(page, 'article:section')).toBe('World');
    expect(await meta(page, 'article:author')).toBe(`${siteConfig.url}/authors/world-desk`);
    const tags = await page
      .locator('head meta[property="article:tag"]')
      .evaluateAll((m) => m.map((e) => e.getAttribute('content')));
    expect(tags).toEqual(['north korea', 'diplomacy', 'asia pacific']);
  });

  test('article: NewsArticle and BreadcrumbList match what the reader sees', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const graph = await jsonLdGraph(page);
    const news = graph.find((n) => n['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      '@id': `${siteConfig.url}${ARTICLE}#article`,
      headline: await page.locator('h1').textContent(),
      description: await meta(page, 'description'),
      datePublished: '2024-11-14T10:00:00-05:00',
      dateModified: '2024-11-14T10:00:00-05:00',
      author: [{ '@type': 'Person', name: 'World Desk', url: `${siteConfig.url}/authors/world-desk` }],
      publisher: { '@id': `${siteConfig.url}/#organization` },
      mainEntityOfPage: { '@id': `${siteConfig.url}${ARTICLE}` },
      articleSection: 'World',
      keywords: ['north korea', 'diplomacy', 'asia pacific'],
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
    expect(news?.wordCount).toBeGreaterThan(200);

    // Three crops, 16:9, 4:3 and 1:1, each at least 1200 px wide, served by the site.
    const images = news?.image;
    if (!Array.isArray(images)) throw new Error('NewsArticle.image is not a list');
    const sizes = await Promise.all(images.map((url) => imageAt(request, String(url))));
    expect(sizes.map((s) => s.type)).toEqual(['image/jpeg', 'image/jpeg', 'image/jpeg']);
    expect(sizes.map((s) => (s.width / s.height).toFixed(3))).toEqual([
      (16 / 9).toFixed(3),
      (4 / 3).toFixed(3),
      '1.000',
    ]);
    for (const s of sizes) expect(s.width).toBeGreaterThanOrEqual(1200);
    const crop = await request.get(local(String(images[0])));
    expect(crop.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

    const organization = graph.find((n) => n['@type'] === 'NewsMediaOrganization');
    const logo = organization?.logo;
    if (!isJson(logo)) throw new Error('no logo');
    expect(await imageAt(request, String(logo.url))).toMatchObject({ type: 'image/png', width: 512, height: 512 });

    const visible = await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    const breadcrumb = graph.find((n) => n['@type'] === 'BreadcrumbList');
    const items = breadcrumb?.itemListElement;
    if (!Array.isArray(items)) throw new Error('no itemListElement');
    expect(items.map((i) => (isJson(i) ? [i.position, i.name, local(String(i.item))] : null))).toEqual(
      visible.map(([name, href], index) => [index + 1, name, new URL(href ?? '').pathname]),
    );
  });

  test('crops exist only for heroes of published articles', async ({ request }) => {
    expect((await request.get('/crops/4x3/images/2026/smart-meters-preview.jpg')).status()).toBe(404);
    expect((await request.get('/crops/16x9/images/authors/world-desk.jpg')).status()).toBe(404);
    expect((await request.get('/crops/5x4/images/2024/trilateral-summit.jpg')).status()).toBe(404);
  });

  test('a missing page is kept out of the index', async ({ page }) => {
    const response = await page.goto('/world/no-such-story');
    expect(response?.status()).toBe(404);
    expect(await meta(page, 'robots')).toBe('noindex');
  });
});

const sitemapParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'image:image'].includes(name),
});

test.describe('sitemaps', () => {
  test('/sitemap.xml is valid against the sitemaps.org schemas and every URL in it answers 200', async ({
    request,
  }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/xml');
    const xml = await response.text();
    const result = validateXml(xml, 'combined-urlset.xsd');
    expect(result.output).toMatch(/validates$/);

    const urls: Json[] = sitemapParser.parse(xml).urlset.url;
    const locs = urls.map((u) => String(u.loc));
    expect(locs).toContain(`${siteConfig.url}/`);
    expect(locs).toContain(`${siteConfig.url}${ARTICLE}`);
    expect(locs).toContain(`${siteConfig.url}/tags/north-korea`);
    expect(locs).toContain(`${siteConfig.url}/authors/world-desk`);
    expect(xml).not.toContain(DRAFT_SLUG);
    for (const u of urls) {
      if (String(u.loc).includes(ARTICLE)) expect(u.lastmod).toBe('2024-11-14T10:00:00-05:00');
    }
    const images = urls.flatMap((u) => (Array.isArray(u['image:image']) ? u['image:image'] : [])).filter(isJson);
    expect(images.length).toBeGreaterThan(5);
    // Every address answers, except the one the long-tail test must be first to request (it is listed).
    expect(locs).toContain(`${siteConfig.url}${LONG_TAIL_ARTICLE}`);
    const checked = locs.filter((loc) => loc !== `${siteConfig.url}${LONG_TAIL_ARTICLE}`);
    expect(await failing(request, [...checked, ...images.map((i) => String(i['image:loc']))].map(local))).toEqual([]);
  });

  test('/news-sitemap.xml is computed per request and valid against the Google News schema', async ({ request }) => {
    const response = await request.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    // Dynamic: not a prerendered (ISR) response frozen at build time.
    expect(response.headers()['x-nextjs-cache']).toBeUndefined();
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urlset = sitemapParser.parse(xml).urlset;
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(xml).not.toContain(DRAFT_SLUG);
    const urls: Json[] = urlset.url ?? [];
    // The example content's newest article leaves the 48-hour window two days after its date, so
    // the sitemap may be empty; the sitemaps.org schema requires at least one <url>, so only a
    // non-empty one can be schema-validated here (the unit tests validate one with fixtures).
    if (urls.length > 0) expect(validateXml(xml, 'combined-urlset.xsd').output).toMatch(/validates$/);
    const now = Date.now();
    for (const u of urls) {
      const news = u['news:news'];
      if (!isJson(news)) throw new Error('url without news:news');
      expect(news['news:publication']).toEqual({ 'news:name': 'The Meridian', 'news:language': 'en' });
      const published = Date.parse(String(news['news:publication_date']));
      expect(now - published).toBeLessThanOrEqual(48 * 60 * 60 * 1000 + 60_000);
      expect(String(news['news:title']).length).toBeGreaterThan(0);
    }
    expect(
      await failing(
        request,
        urls.map((u) => local(String(u.loc))),
      ),
    ).toEqual([]);
  });

  test('/robots.txt allows public pages, closes API and preview paths and lists both sitemaps', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const lines = (await response.text())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual([
      'User-Agent: *',
      'Allow: /',
      'Disallow: /api/',
      'Disallow: /preview/',
      `Sitemap: ${siteConfig.url}/sitemap.xml`,
      `Sitemap: ${siteConfig.url}/news-sitemap.xml`,
    ]);
  });
});

const feedParser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || jpath === 'feed.entry.link',
});

test.describe('feeds', () => {
  test('every RSS feed is RSS 2.0 with full articles, and every link in it answers 200', async ({ request }) => {
    const links: string[] = [];
    for (const path of feedUrls.filter((p) => p.endsWith('feed.xml'))) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('application/rss+xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml), path).toBe(true);
      expect(xml).not.toContain(DRAFT_SLUG);
      const channel = feedParser.parse(xml).rss.channel;
      expect(channel['atom:link']['@_href']).toBe(`${siteConfig.url}${path}`);
      expect(channel.language).toBe('en');
      expect(channel.image.url).toBe(`${siteConfig.url}/logo.png`);
      const items: Json[] = channel.item ?? [];
      expect(items.length, path).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(50);
      for (const item of items) {
        expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
        expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(String(item['content:encoded']).length).toBeGreaterThan(500);
        expect(String(item['content:encoded'])).not.toMatch(/(src|href)="\/(?!\/)/);
        expect(item['dc:creator']).toBeTruthy();
        expect(Array.isArray(item.category)).toBe(true);
        const enclosure = item.enclosure;
        if (!isJson(enclosure)) throw new Error('no enclosure');
        expect(enclosure['@_type']).toBe('image/jpeg');
        links.push(String(item.link), String(enclosure['@_url']));
      }
    }
    expect(await failing(request, links.map(local))).toEqual([]);
  });

  test('every Atom feed has entries with content, and every link in it answers 200', async ({ request }) => {
    const links: string[] = [];
    for (const path of feedUrls.filter((p) => p.endsWith('atom.xml'))) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml), path).toBe(true);
      expect(xml).not.toContain(DRAFT_SLUG);
      const feed = feedParser.parse(xml).feed;
      expect(feed.id).toBe(`${siteConfig.url}${path}`);
      const entries: Json[] = feed.entry ?? [];
      expect(entries.length, path).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(String(entry.id)).toMatch(new RegExp(`^${siteConfig.url}/`));
        expect(entry.published).toBeTruthy();
        expect(entry.updated).toBeTruthy();
        expect(entry.author).toBeTruthy();
        const [link] = Array.isArray(entry.link) ? entry.link : [];
        if (!isJson(link)) throw new Error('entry without link');
        links.push(String(link['@_href']));
      }
    }
    expect(await failing(request, links.map(local))).toEqual([]);
  });

  test('every JSON Feed is version 1.1, and every URL in it answers 200', async ({ request }) => {
    const links: string[] = [];
    for (const path of feedUrls.filter((p) => p.endsWith('feed.json'))) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toContain('application/feed+json');
      const text = await response.text();
      expect(text).not.toContain(DRAFT_SLUG);
      const doc: unknown = JSON.parse(text);
      if (!isJson(doc) || !Array.isArray(doc.items)) throw new Error(`${path} is not a JSON Feed`);
      expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
      expect(doc.feed_url).toBe(`${siteConfig.url}${path}`);
      expect(doc.items.length).toBeGreaterThan(0);
      for (const item of doc.items.filter(isJson)) {
        expect(item.id).toBe(item.url);
        expect(String(item.content_html).length).toBeGreaterThan(500);
        links.push(String(item.url), String(item.image));
      }
      links.push(String(doc.home_page_url));
    }
    expect(await failing(request, links.map(local))).toEqual([]);
  });

  test('feeds of unknown sections, tags and authors are 404s', async ({ request }) => {
    for (const path of ['/weather/feed.xml', '/tags/no-such-tag/atom.xml', '/authors/nobody/feed.json']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
