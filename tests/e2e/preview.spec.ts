import { expect, test } from '@playwright/test';
import { expectFrameworkFree } from './support/framework-free';
import { PREVIEW_SECRET } from './support/e2e-config';

const DRAFT_URL = '/technology/draft-smart-meters-preview';
const DRAFT_TITLE = 'Smart meters preview: what Port Avenir households can expect';

function previewUrl(path: string, secret: string = PREVIEW_SECRET): string {
  return `/api/preview?secret=${encodeURIComponent(secret)}&path=${encodeURIComponent(path)}`;
}

test.describe('a draft, for readers', () => {
  test('is a page not found, and appears in no listing', async ({ page }) => {
    const response = await page.goto(DRAFT_URL);
    expect(response?.status()).toBe(404);
    for (const listing of ['/', '/technology', '/authors/priya-raman', '/tags/energy']) {
      await page.goto(listing);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      await expect(page.getByText(DRAFT_TITLE)).toHaveCount(0);
    }
  });
});

test.describe('entering preview', () => {
  const attempts: [string, string][] = [
    ['a wrong secret', previewUrl(DRAFT_URL, 'not-the-secret')],
    ['a missing secret', `/api/preview?path=${encodeURIComponent(DRAFT_URL)}`],
    ['the secret with different case', previewUrl(DRAFT_URL, PREVIEW_SECRET.toUpperCase())],
  ];
  for (const [name, url] of attempts) {
    test(`with ${name} answers 401 and reveals nothing`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect(await response.text()).toBe('Unauthorized\n');
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(response.headers().location).toBeUndefined();
    });
  }

  for (const target of ['//evil.example/world', 'https://evil.example/', '/\\evil.example']) {
    test(`never redirects off the site (${target})`, async ({ request }) => {
      const response = await request.get(previewUrl(target), { maxRedirects: 0 });
      expect(response.status()).toBe(400);
      expect(response.headers().location).toBeUndefined();
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }
});

test('preview with the secret shows the draft with a banner and noindex, everywhere, until left', async ({ page }) => {
  const response = await page.goto(previewUrl(DRAFT_URL));
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(DRAFT_URL);
  // Rendered for this request only: never cached where a reader could get it.
  expect(response?.headers()['cache-control']).toContain('no-store');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE);
  const banner = page.getByRole('region', { name: 'Preview' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Preview');
  await expect(page.getByRole('status')).toContainText('Draft: not published');
  await expect(page.locator('head meta[name="robots"][content="noindex, nofollow"]')).toHaveCount(1);
  // Rendered for this request, in a browser (Next streams metadata to browsers when it renders on
  // demand), and still sent without the framework, its metadata in the head.
  const html = await response!.text();
  expectFrameworkFree(html, 'preview of the draft');
  expect(html).toMatch(/<head>.*<title>[^<]*<\/title>.*<\/head>/s);

  // Listings in preview include drafts (the e2e build lists one story per section page, so the
  // front page, which shows many, is where the draft is sure to appear).
  await page.goto('/');
  await expect(page.getByRole('link', { name: DRAFT_TITLE }).first()).toBeVisible();
  await expect(page.locator('head meta[name="robots"][content="noindex, nofollow"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Leave preview' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(0);
  expect((await page.goto(DRAFT_URL))?.status()).toBe(404);
});

test('readers never get the banner or noindex', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(0);
});
