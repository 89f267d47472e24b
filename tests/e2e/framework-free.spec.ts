/**
 * Reading pages reach the browser without the framework (docs/decisions/012-framework-free-pages.md):
 * for every page type, in what the server sends and in what a browser loads; and the facts about
 * Next's output the rewriter relies on, read from this build's own prerendered pages, so that an
 * upgrade of Next that changes them fails here instead of shipping a broken page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { stripFrameworkRuntime } from '../../lib/serving/framework-free-html';
import { elements, expectFrameworkFree, readerText, scriptsOf, attr } from './support/framework-free';

const ARTICLE = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';
/** Older than the five prerendered articles (PRERENDER_ARTICLES=5): rendered on its first request. No other test asks for it. */
const ON_DEMAND_ARTICLE = '/business/port-avenir-approves-container-terminal-expansion';

/** The address of the later page a listing links to as `rel="next"`. */
async function nextPage(request: APIRequestContext, listing: string): Promise<string> {
  const html = await (await request.get(listing)).text();
  const next = elements(html).find((e) => e.tagName === 'a' && attr(e, 'rel') === 'next');
  const href = next ? attr(next, 'href') : undefined;
  if (!href) throw new Error(`${listing} has no later page (the e2e build lists one story per page)`);
  return href;
}

const PAGES: { name: string; path: string | ((request: APIRequestContext) => Promise<string>); status: number }[] = [
  { name: 'front page', path: '/', status: 200 },
  { name: 'section', path: '/world', status: 200 },
  { name: 'section, later page', path: (r) => nextPage(r, '/world'), status: 200 },
  { name: 'tag', path: '/tags/north-korea', status: 200 },
  { name: 'author', path: '/authors/world-desk', status: 200 },
  { name: 'author, later page', path: (r) => nextPage(r, '/authors/world-desk'), status: 200 },
  { name: 'article (prerendered)', path: ARTICLE, status: 200 },
  { name: 'article (rendered on first request)', path: ON_DEMAND_ARTICLE, status: 200 },
  { name: 'article with embeds', path: '/science/kestrel-bay-seagrass-survey-in-videos-posts-and-charts', status: 200 },
  {
    name: 'article with storytelling components',
    path: '/science/kestrel-bay-begins-replanting-its-lost-seagrass-meadows',
    status: 200,
  },
  { name: 'tags index', path: '/tags', status: 200 },
  { name: 'authors index', path: '/authors', status: 200 },
  { name: 'search', path: '/search', status: 200 },
  { name: 'search results', path: '/search?q=harbour', status: 200 },
  { name: 'not found (made-up story)', path: '/world/no-such-story', status: 404 },
  { name: 'not found (unknown section)', path: '/no-such-section', status: 404 },
  { name: 'not found (a later page past the last)', path: '/world/page/999', status: 404 },
  { name: 'not found (a later page of a tag past the last)', path: '/tags/north-korea/page/999', status: 404 },
];

async function resolve(request: APIRequestContext, page: (typeof PAGES)[number]): Promise<string> {
  return typeof page.path === 'string' ? page.path : page.path(request);
}

for (const page of PAGES) {
  test(`${page.name}: the HTML carries no framework`, async ({ request }) => {
    const address = await resolve(request, page);
    const response = await request.get(address);
    expect(response.status(), address).toBe(page.status);
    const html = await response.text();
    expectFrameworkFree(html, address);
    // Every page shows the site: header, main content, footer.
    expect(readerText(html)).toContain('All rights reserved.');
    if (page.status === 404) expect(readerText(html)).toContain('Page not found');
  });

  test(`${page.name}: a browser loads no framework and the policy blocks nothing`, async ({ page: tab, request }) => {
    const address = await resolve(request, page);
    const scripts: string[] = [];
    const violations: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    tab.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await tab.goto(address);
    await tab.waitForLoadState('networkidle');
    // Only our own enhancement modules and what they load (Pagefind's, on the search page).
    expect(scripts.filter((s) => !s.startsWith('/enhance/') && !s.startsWith('/pagefind/'))).toEqual([]);
    expect(scripts.some((s) => s.startsWith('/_next/'))).toBe(false);
    expect(violations).toEqual([]);
    await expect(tab.getByRole('contentinfo')).toContainText('All rights reserved.');
  });
}

/** Next's HTML for `address` as it stored it: the build's prerendered file, or the server's page cache (Next 16.4's layout). */
function nextsRender(address: string): string | undefined {
  const prerendered = path.join('.next/server/app', `${address}.html`);
  if (existsSync(prerendered)) return readFileSync(prerendered, 'utf8');
  const cache = '.next/standalone/.next/server/route-cache/APP_PAGE';
  for (const build of existsSync(cache) ? readdirSync(cache) : []) {
    const file = path.join(cache, build, '$', `${address}.html`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

test('the seed article reaches readers whole: its text, hero, breadcrumb and footer, without the framework', async ({
  request,
}) => {
  const served = await (await request.get(ARTICLE)).text();
  // Next's own render of it, framework and all: prerendered at build, or (the e2e build prerenders
  // only the five newest) written to the server's page cache by its first request just now.
  const original = nextsRender(ARTICLE);
  if (original === undefined) throw new Error(`no render of ${ARTICLE} in the build or the page cache`);
  // What is served is exactly Next's page with the framework taken out.
  expect(served).toBe((await stripFrameworkRuntime(original)).html);
  expect(readerText(served)).toBe(readerText(original));
  expect(readerText(served)).toContain('Pyongyang');
  const tags = elements(served);
  const hero = tags.find((e) => e.tagName === 'img' && attr(e, 'fetchpriority') === 'high');
  expect(hero && attr(hero, 'alt')).toBeTruthy();
  expect(tags.some((e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Breadcrumb')).toBe(true);
  expect(tags.some((e) => e.tagName === 'footer')).toBe(true);
  expect(scriptsOf(served)).toEqual(['json-ld']);
  // The weight the issue set: at most 30 KB of HTML.
  expect(Buffer.byteLength(served)).toBeLessThanOrEqual(30 * 1024);
});

/**
 * What the rewriter depends on in Next's output, pinned on every page this build prerendered: the
 * framework arrives as scripts and script preloads only (so taking those out leaves every word and
 * every other element), and no page relies on a script to put content in place.
 */
test('every prerendered page keeps all its content and elements when the framework is taken out', async () => {
  const app = '.next/server/app';
  const files = readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const original = readFileSync(path.join(app, file), 'utf8');
    const page = await stripFrameworkRuntime(original);
    // The framework is there to take out: its chunks and its payload.
    expect(scriptsOf(original).filter((s) => s.startsWith('framework')).length, file).toBeGreaterThan(0);
    expect(original, file).toContain('self.__next_f');
    expect(page.blockers, file).toEqual([]);
    expectFrameworkFree(page.html, file);
    expect(readerText(page.html), file).toBe(readerText(original));
    const kept = (html: string) =>
      elements(html)
        .filter((e) => e.tagName !== 'script' || attr(e, 'type') === 'application/ld+json')
        .filter((e) => e.tagName !== 'link' || !['preload', 'modulepreload', 'expect'].includes(attr(e, 'rel') ?? ''))
        .map((e) => e.tagName);
    const preloadsKept = (html: string) =>
      elements(html).filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'preload' && attr(e, 'as') !== 'script');
    expect(kept(page.html), file).toEqual(kept(original));
    expect(preloadsKept(page.html).length, file).toBe(preloadsKept(original).length);
  }
});
