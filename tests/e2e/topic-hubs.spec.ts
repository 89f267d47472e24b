/**
 * Topic hubs (content/topics/<tag>.mdx) on the production build of the example content: the climate
 * hub (hero, introduction, two pinned stories) with one story a page (LISTING_PAGE_SIZE=1, as
 * `npm run test:e2e` builds it), its later page, its head and JSON-LD, the topics index, and a tag
 * without a hub, which must look as it always has.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectFrameworkFree } from './support/framework-free';

const HUB = '/tags/climate';
const TITLE = 'Climate: water, drought and the coast';
const STANDFIRST = /^How a drier climate is changing life around Lake Orrin and Kestrel Bay/;
const PINNED = [
  'Valdoria and Carrow sign treaty to share the waters of Lake Orrin after a decade of talks',
  'Kestrel Bay begins replanting its lost seagrass, a year after the map that showed the damage',
];
/** The tag's other stories, newest first: what its pages list, one a page. The live blog (ended)
 * is listed like any story, by the time its coverage started. */
const LISTED = [
  'Orrin Valley dairy cooperative raises milk prices as feed costs climb',
  'Carrow’s parliament ratifies the Lake Orrin treaty: as it happened',
  'Scientists map Kestrel Bay’s seagrass meadows with a drone, a kayak and 40 volunteers',
];
const PAGE_SIZE = Number(process.env.LISTING_PAGE_SIZE ?? 20);

/** The text of the page's level-`n` headings, in document order. */
function headings(page: Page, level: number) {
  return page.getByRole('main').getByRole('heading', { level });
}

test.beforeAll(() => {
  expect(PAGE_SIZE, 'run with LISTING_PAGE_SIZE=1, as npm run test:e2e does').toBe(1);
});

test('a hub shows its title, standfirst, hero and introduction, then its pinned stories, then the list', async ({
  page,
}) => {
  expect((await page.goto(HUB))?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(headings(page, 1)).toHaveText([TITLE]);
  await expect(main.getByText(STANDFIRST)).toBeVisible();
  const hero = main.getByRole('img', { name: /^Illustration of a lake drawn as nested contour rings/ });
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(main.getByText(/^The climate story we cover is rarely about a single storm/)).toBeVisible();

  const pinned = main.getByRole('region', { name: 'Essential reading' });
  await expect(pinned.getByRole('heading', { level: 3 })).toHaveText(PINNED);
  await expect(pinned.getByRole('link', { name: PINNED[0] })).toHaveAttribute(
    'href',
    '/world/valdoria-and-carrow-sign-lake-orrin-water-treaty',
  );

  // Pinned first, the list after them; pinned stories are not listed again.
  await expect(headings(page, 2)).toHaveText(['Essential reading', 'Latest']);
  await expect(headings(page, 3)).toHaveText([...PINNED, LISTED[0]!]);
  await expect(main.getByText('Page 1 of 3 · 3 stories')).toBeVisible();
  const pinnedBottom = await pinned.evaluate((el) => el.getBoundingClientRect().bottom);
  const listTop = await headings(page, 2)
    .last()
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(listTop).toBeGreaterThan(pinnedBottom);

  await main.getByRole('link', { name: PINNED[1] }).click();
  await expect(page).toHaveURL(/\/science\/kestrel-bay-begins-replanting-its-lost-seagrass-meadows$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PINNED[1]!);
});

test('page 2 of the hub is a listing page under the hub’s title', async ({ page, request }) => {
  expect((await page.goto(`${HUB}/page/2`))?.status()).toBe(200);
  await expect(headings(page, 1)).toHaveText([TITLE]);
  await expect(page.getByRole('main').getByText(STANDFIRST)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Essential reading' })).toHaveCount(0);
  await expect(headings(page, 2)).toHaveText([LISTED[1]!]);
  await expect(page).toHaveTitle(new RegExp(`^${TITLE} \\(page 2\\)`));
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
    'href',
    HUB,
  );
  expect((await request.get(`${HUB}/page/4`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.goto(`${HUB}/page/3`))?.status()).toBe(200);
  await expect(headings(page, 2)).toHaveText([LISTED[2]!]);
  const first = await request.get(`${HUB}/page/1`, { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe(HUB);
});

test('the hub’s head and JSON-LD follow the hub, and its preview image is the hero’s crop', async ({
  page,
  request,
}) => {
  const response = await request.get(HUB);
  const html = await response.text();
  expectFrameworkFree(html, HUB);
  await page.goto(HUB);
  await expect(page).toHaveTitle(new RegExp(`^${TITLE}`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', STANDFIRST);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/crops\/16x9\/images\/2025\/lake-orrin-treaty\.jpg$/);
  const crop = await request.get(new URL(image!).pathname);
  expect(crop.status()).toBe(200);
  expect(crop.headers()['content-type']).toBe('image/jpeg');

  const graphs = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')));
  const collection = graphs
    .flatMap((g: { '@graph'?: { '@type': string }[] }) => g['@graph'] ?? [])
    .find((node) => node['@type'] === 'CollectionPage');
  expect(collection).toMatchObject({
    name: TITLE,
    description: expect.stringMatching(STANDFIRST),
    hasPart: PINNED.map((headline) => expect.objectContaining({ '@type': 'NewsArticle', headline })),
  });
});

test('a tag without a hub is the plain listing it always was', async ({ page }) => {
  expect((await page.goto('/tags/diplomacy'))?.status()).toBe(200);
  await expect(headings(page, 1)).toHaveText(['diplomacy']);
  await expect(page).toHaveTitle(/^Stories about diplomacy/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'The latest stories tagged diplomacy.',
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/tags\/diplomacy\/og-image\.png$/,
  );
  await expect(page.getByRole('region', { name: 'Essential reading' })).toHaveCount(0);
  await expect(headings(page, 2)).toHaveCount(1);
});

test('the topics index lists the topics with a hub as guides', async ({ page }) => {
  await page.goto('/tags');
  const guides = page.getByRole('region', { name: 'Topic guides' });
  await expect(guides.getByRole('link')).toHaveText([TITLE, 'Getting around Port Avenir and Kestrel Bay']);
  await guides.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${HUB}$`));
});

test('on a phone the hub fits the screen, pinned stories one under another', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(HUB);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const boxes = await page
    .getByRole('region', { name: 'Essential reading' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.getBoundingClientRect()));
  expect(boxes).toHaveLength(2);
  expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
});
