/**
 * The corrections log (`/corrections`), on the fixture site (tests/e2e/support/fixture-site.ts): its
 * corrected article has two corrections and the example content none, so with one item a page
 * (LISTING_PAGE_SIZE=1) the log has two pages. Its feeds, the article's link to it, no framework
 * scripts, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from './support/e2e-config';
import { RENAMED } from './support/fixture-articles';
import { expectFrameworkFree } from './support/framework-free';

test.use({ baseURL: FIXTURE_URL });

const NEWEST = /^An earlier version of this article said fares would rise by a fifth/;
const OLDER = /^The headline of this article was changed/;
const PAGE_SIZE = Number(process.env.LISTING_PAGE_SIZE ?? 20);

test('/corrections lists the newest correction first, linking to it on its article', async ({ page }) => {
  expect((await page.goto('/corrections'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'Corrections']);
  const items = page.locator('[data-corrections-log] > li');
  const first = items.first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(RENAMED.title);
  await expect(first.getByRole('link', { name: RENAMED.title })).toHaveAttribute('href', `${RENAMED.url}#correction-2`);
  await expect(first.locator('time')).toHaveAttribute('datetime', '2026-03-04T15:30:00.000Z');
  await expect(first.locator('p').last()).toHaveText(NEWEST);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/corrections$/);
  await page.getByRole('link', { name: RENAMED.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${RENAMED.url}#correction-2$`));
  await expect(page.locator('#correction-2')).toHaveText(/4 March 2026: An earlier version/);
});

test('the later page of the log, the redirect of page 1 and the 404 past the end', async ({ page, request }) => {
  // `npm run test:e2e` builds both sites with one item a page (LISTING_PAGE_SIZE=1, package.json).
  expect(PAGE_SIZE, 'run with LISTING_PAGE_SIZE=1, as npm run test:e2e does').toBe(1);
  expect((await page.goto('/corrections/page/2'))?.status()).toBe(200);
  await expect(page.locator('[data-corrections-log] > li')).toHaveCount(1);
  await expect(page.locator('[data-corrections-log] > li p').last()).toHaveText(OLDER);
  await expect(page.getByRole('link', { name: RENAMED.title })).toHaveAttribute('href', `${RENAMED.url}#correction-1`);
  expect((await request.get('/corrections/page/3', { maxRedirects: 0 })).status()).toBe(404);
  const first = await request.get('/corrections/page/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe('/corrections');
});

test('the article’s corrections box links to the log', async ({ page }) => {
  await page.goto(RENAMED.url);
  const box = page.getByRole('region', { name: 'Corrections' });
  await expect(box.getByRole('link', { name: 'All corrections' })).toHaveAttribute('href', '/corrections');
  expect(await box.getByRole('listitem').evaluateAll((lis) => lis.map((li) => li.id))).toEqual([
    'correction-1',
    'correction-2',
  ]);
});

test('the log’s feeds parse, newest correction first, each linking to the correction', async ({ page, request }) => {
  await page.goto('/corrections');
  for (const [file, type] of [
    ['feed.xml', 'application/rss+xml'],
    ['atom.xml', 'application/atom+xml'],
  ] as const) {
    const response = await request.get(`/corrections/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
    const xml = await response.text();
    const links = await page.evaluate(
      ({ xml, atom }) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return atom
          ? [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href'))
          : [...doc.querySelectorAll('item > link')].map((l) => l.textContent);
      },
      { xml, atom: file === 'atom.xml' },
    );
    expect(links, `${file} parses`).not.toBeNull();
    expect(links?.map((l) => new URL(l ?? '').pathname + new URL(l ?? '').hash)).toEqual([
      `${RENAMED.url}#correction-2`,
      `${RENAMED.url}#correction-1`,
    ]);
  }
  const json = await request.get('/corrections/feed.json');
  expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
  const feed = (await json.json()) as { version: string; items: { url: string; date_published: string }[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.map((i) => new URL(i.url).hash)).toEqual(['#correction-2', '#correction-1']);
  expect(feed.items[0]?.date_published).toBe('2026-03-04T15:30:00.000Z');
});

test('the log carries no framework scripts', async ({ request }) => {
  for (const path of ['/corrections', '/corrections/page/2']) {
    expectFrameworkFree(await (await request.get(path)).text(), path);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the log has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/corrections');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    // Nothing wider than the viewport at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
