/**
 * The newsroom's standing pages (`content/pages/*.mdx` at `/about` and `/about/<slug>`) on the
 * production build: each page with its breadcrumb, headline, last update and JSON-LD; the
 * organisation's policy properties on the front page pointing at pages that answer; the footer's
 * About group; the 404 for a page that does not exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDocument } from 'yaml';
import { standingPagePath } from '../../lib/config/urls';
import { isJson, jsonLdGraph } from './support/json-ld';

/** The standing pages of the example content, with the title and date their files give. */
const PAGES = readdirSync(path.resolve('content/pages'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const slug = name.replace(/\.mdx$/, '');
    const text = readFileSync(path.resolve('content/pages', name), 'utf8');
    const frontmatter: unknown = parseDocument(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '').toJS();
    if (!isJson(frontmatter) || typeof frontmatter.title !== 'string') throw new Error(`${name} has no title`);
    return { slug, path: standingPagePath(slug), title: frontmatter.title };
  });

test('the example content has every standing page the issue asks for', () => {
  expect(PAGES.map((p) => p.slug)).toEqual(
    expect.arrayContaining([
      'about',
      'accessibility',
      'contact',
      'corrections-policy',
      'diversity',
      'ethics',
      'ownership-and-funding',
      'unnamed-sources',
      'verification',
    ]),
  );
});

for (const standing of PAGES) {
  test(`${standing.path} shows its breadcrumb, headline, last update and JSON-LD`, async ({ page }) => {
    const response = await page.goto(standing.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(standing.title);
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(trail).toHaveText(
      standing.slug === 'about' ? ['Home', 'About us'] : ['Home', 'About us', standing.title],
    );
    await expect(trail.last()).toHaveAttribute('aria-current', 'page');
    const updated = page.getByText(/^Last updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(updated).toBeVisible();
    await expect(updated.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${standing.path}$`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);

    const nodes = await jsonLdGraph(page);
    const type = standing.slug === 'about' ? 'AboutPage' : standing.slug === 'contact' ? 'ContactPage' : 'WebPage';
    const webPage = nodes.find((n) => n['@type'] === type);
    expect(webPage, `a ${type}`).toMatchObject({
      name: standing.title,
      url: expect.stringMatching(new RegExp(`${standing.path}$`)),
    });
    const breadcrumb = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    expect(Array.isArray(breadcrumb?.itemListElement) ? breadcrumb.itemListElement.length : 0).toBe(
      standing.slug === 'about' ? 2 : 3,
    );
    expect(nodes.some((n) => n['@type'] === 'NewsMediaOrganization' && typeof n.ethicsPolicy === 'string')).toBe(true);
  });
}

test('the front page’s NewsMediaOrganization points each policy at a page that answers', async ({ page, request }) => {
  await page.goto('/');
  const org = (await jsonLdGraph(page)).find((n) => n['@type'] === 'NewsMediaOrganization');
  if (!org) throw new Error('no NewsMediaOrganization');
  const properties = [
    'publishingPrinciples',
    'ethicsPolicy',
    'correctionsPolicy',
    'ownershipFundingInfo',
    'unnamedSourcesPolicy',
    'verificationFactCheckingPolicy',
    'diversityPolicy',
    'actionableFeedbackPolicy',
    'masthead',
  ];
  const urls = properties.map((property) => {
    const value = org[property];
    expect(typeof value, property).toBe('string');
    return String(value);
  });
  expect(Array.isArray(org.sameAs) && org.sameAs.length).toBeGreaterThan(0);
  const points = Array.isArray(org.contactPoint) ? org.contactPoint.filter(isJson) : [];
  expect(points.map((p) => p.contactType)).toEqual(['newsroom', 'news tips', 'corrections']);
  for (const point of points) expect(String(point.email)).toMatch(/^[^@\s]+@[^@\s]+$/);
  for (const url of new Set([...urls, ...points.map((p) => String(p.url))])) {
    const pathname = new URL(url).pathname;
    expect((await request.get(pathname)).status(), pathname).toBe(200);
  }
});

test('the footer links every standing page and the masthead, and each link answers', async ({ page, request }) => {
  await page.goto('/world');
  const group = page.getByRole('navigation', { name: 'Footer' }).getByRole('list', { name: 'About The Meridian' });
  const links = group.getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toEqual(expect.arrayContaining([...PAGES.map((p) => p.path), '/about/masthead']));
  await expect(links.first()).toHaveText('About us');
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await links.filter({ hasText: 'Contact us' }).click();
  await expect(page).toHaveURL(/\/about\/contact$/);
  await expect(page.getByRole('region', { name: 'Email us' }).getByRole('link')).toHaveCount(3);
});

test('the standing pages are in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const standing of PAGES) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${standing.path}</loc><lastmod>`));
});

test('a standing page that does not exist is a 404, and the about page has one address', async ({ request }) => {
  for (const pathname of ['/about/no-such-page', '/about/about', '/about/ethics/more']) {
    expect((await request.get(pathname)).status(), pathname).toBe(404);
  }
});
