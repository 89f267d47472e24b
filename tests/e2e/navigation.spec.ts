import { expect, test } from '@playwright/test';

/**
 * `npm run test:e2e` builds with LISTING_PAGE_SIZE=1, so the ten example stories fill several pages
 * of each listing (production shows 20 a page). Tests here never open the Technology listing's later
 * pages, the open-source/libraries topics or Priya Raman's pages: those link the long-tail article
 * that tests/e2e/long-tail.spec.ts must be the first to request.
 */

test('a reader goes home → section → page 2 → article → author → topics → tag', async ({ page }) => {
  await page.goto('/');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'World' }).click();
  await expect(page).toHaveURL(/\/world$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('World');
  await expect(sections.getByRole('link', { name: 'World' })).toHaveAttribute('aria-current', 'true');
  await expect(sections.locator('[aria-current]')).toHaveCount(1);

  const pages = page.getByRole('navigation', { name: 'Pages' });
  // Page 1 is the live blog, page 2 the treaty, page 3 the oldest story.
  await expect(pages).toContainText('Page 1 of 3');
  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/world\/page\/2$/);
  await expect(pages).toContainText('Page 2 of 3');
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('World (page 2) | The Meridian');
  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/world\/page\/3$/);

  const headline = 'Biden hosts South Korea, Japan leaders for talks on North Korea’s escalating threats';
  await page.getByRole('main').getByRole('link', { name: headline }).click();
  await expect(page).toHaveURL(/\/world\/biden-hosts-south-korea-japan-leaders-north-korea-talks$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  // The header still marks the section on its articles.
  await expect(sections.getByRole('link', { name: 'World' })).toHaveAttribute('aria-current', 'true');

  await page.getByRole('main').getByRole('link', { name: 'World Desk' }).first().click();
  await expect(page).toHaveURL(/\/authors\/world-desk$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('World Desk');
  await expect(page.getByRole('heading', { level: 2, name: 'Stories by World Desk' })).toBeVisible();
  await expect(sections.locator('[aria-current]')).toHaveCount(0);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Topics' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^diplomacy/ })
    .click();
  await expect(page).toHaveURL(/\/tags\/diplomacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('diplomacy');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/tags\/diplomacy\/page\/2$/);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
});

test('a listing page shows the page’s stories only, newest first', async ({ page }) => {
  await page.goto('/authors/world-desk');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('article').getByRole('heading')).toHaveText(
    'Kestrel Bay votes to pedestrianise its old harbour district',
  );
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 1 of 5');
  await page.goto('/authors/world-desk/page/5');
  await expect(page.getByRole('main').getByRole('article').getByRole('heading')).toHaveText(
    'Biden hosts South Korea, Japan leaders for talks on North Korea’s escalating threats',
  );
});

test.describe('listing pages that do not exist are 404s', () => {
  for (const path of [
    '/world/page/4',
    '/world/page/0',
    '/world/page/02',
    '/world/page/two',
    '/world/page',
    '/weather/page/2',
    '/tags/diplomacy/page/4',
    '/tags/no-such-tag/page/2',
    '/authors/world-desk/page/6',
    '/authors/nobody/page/2',
  ]) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });
  }
});

test('page 1 of a listing has one address: /page/1 redirects there permanently', async ({ request }) => {
  const redirects: [string, string][] = [
    ['/world/page/1', '/world'],
    ['/tags/diplomacy/page/1', '/tags/diplomacy'],
    ['/authors/world-desk/page/1', '/authors/world-desk'],
  ];
  for (const [from, to] of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname, from).toBe(to);
  }
});

test('an article ends with its section neighbours and related stories', async ({ page }) => {
  await page.goto('/world/biden-hosts-south-korea-japan-leaders-north-korea-talks');
  const more = page.getByRole('navigation', { name: 'More in World' });
  // The oldest World story: nothing before it, the treaty after it.
  await expect(more.getByRole('link')).toHaveCount(1);
  await expect(more.getByRole('link')).toHaveAttribute(
    'href',
    '/world/valdoria-and-carrow-sign-lake-orrin-water-treaty',
  );
  const related = page.getByRole('region', { name: 'Related stories' });
  // Both share the "diplomacy" tag, newest first: the live blog, then the treaty.
  await expect(related.getByRole('heading', { level: 3 }).nth(0)).toHaveText(
    'Carrow’s parliament ratifies the Lake Orrin treaty: as it happened',
  );
  await expect(related.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
    'Valdoria and Carrow sign treaty to share the waters of Lake Orrin after a decade of talks',
  );
  await expect(related.getByRole('link', { name: /Biden hosts/ })).toHaveCount(0);
});

test('the front page has a lead story, top stories, section blocks and the latest list', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 3 })).toHaveText(
    'Port Avenir publishes the code behind its bus-tracking app',
  );
  await expect(page.getByRole('region', { name: 'Top stories' }).getByRole('article')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'World' }).getByRole('link', { name: 'More world' })).toHaveAttribute(
    'href',
    '/world',
  );
  await expect(page.getByRole('region', { name: 'Latest' }).getByRole('article')).not.toHaveCount(0);
  // Thumbnails are requested at thumbnail size, never the full-size hero.
  const thumb = page.getByRole('region', { name: 'Top stories' }).locator('img').first();
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const fetched = await thumb.evaluate((img: HTMLImageElement) =>
    Number(new URL(img.currentSrc).searchParams.get('w')),
  );
  expect(fetched).toBeGreaterThan(0);
  expect(fetched).toBeLessThanOrEqual(320);
});
