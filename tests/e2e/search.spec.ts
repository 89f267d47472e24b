import { expect, test } from '@playwright/test';

const LAUNCH_HEADLINE = 'Biden hosts South Korea, Japan leaders for talks on North Korea’s escalating threats';

test('search finds the launch article by a word that is only in its body', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
  });
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('Pyongyang');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=Pyongyang$/);

  const results = page.getByRole('region', { name: 'Results for “Pyongyang”' });
  await expect(results.getByRole('status')).toContainText('1 story matches in headlines, summaries and full text');
  const result = results.getByRole('listitem');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(LAUNCH_HEADLINE);
  await expect(result.getByRole('link')).toHaveAttribute(
    'href',
    '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks',
  );
  await expect(result).toContainText('World · 14 November 2024');
  await expect(result.locator('mark').first()).toHaveText(/^Pyongyang/);
  // Pagefind fetched only the chunks this query needs, not the corpus.
  expect(fragments.length).toBe(1);

  await result.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LAUNCH_HEADLINE);
});

test('search result pages are kept out of search engines', async ({ page }) => {
  await page.goto('/search?q=harbour');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the search index serves its files with types and caching, and nothing else', async ({ request }) => {
  const loader = await request.get('/pagefind/pagefind.js');
  expect(loader.status()).toBe(200);
  expect(loader.headers()['content-type']).toContain('text/javascript');
  const entry = await request.get('/pagefind/pagefind-entry.json');
  expect(entry.status()).toBe(200);
  // Every published example story, those not prerendered included; not the draft.
  expect(await entry.json()).toMatchObject({ languages: { en: { page_count: 10 } } });
  expect((await request.get('/pagefind/pagefind-ui.js')).status()).toBe(404);
  expect((await request.get('/pagefind/%2e%2e/package.json')).status()).toBe(404);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form still leads to results from headlines and standfirsts', async ({ page }) => {
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('harbour');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=harbour$/);
    const results = page.getByRole('region', { name: 'Results for “harbour”' });
    await expect(results.getByRole('status')).toContainText('in headlines and summaries');
    await expect(
      results.getByRole('link', { name: 'Kestrel Bay votes to pedestrianise its old harbour district' }),
    ).toHaveAttribute('href', '/politics/kestrel-bay-votes-to-pedestrianise-old-harbour-district');
    await expect(results.locator('mark').first()).toHaveText(/^harbour/i);
    await expect(page.getByText('With JavaScript on, search also covers the full text of every story.')).toBeVisible();
  });

  test('a query that matches no headline says so', async ({ page }) => {
    await page.goto('/search?q=zzyzx');
    await expect(page.getByRole('status')).toHaveText('No headlines or summaries match.');
  });
});
