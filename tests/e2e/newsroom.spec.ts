/**
 * Scheduled publishing, renamed URLs and corrections, on the fixture site: a production build of a
 * copy of this project with test articles added (tests/e2e/support/fixture-site.ts). Its scheduled
 * article goes live at SCHEDULED_AT, a few minutes after the test run starts.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_URL, PREVIEW_SECRET, SCHEDULED_AT } from './support/e2e-config';
import { RENAMED, SCHEDULED } from './support/fixture-articles';

test.use({ baseURL: FIXTURE_URL });

const liveAt = Date.parse(SCHEDULED_AT);
/** Pages regenerate at most every 60 s; allow the one request that triggers regeneration and its render. */
const BOUND_MS = 60_000 + 20_000;

async function listed(page: Page, path: string): Promise<boolean> {
  await page.goto(path);
  return (await page.getByRole('link', { name: SCHEDULED.title }).count()) > 0;
}

test.describe('a scheduled article', () => {
  test.describe.configure({ mode: 'serial' });

  test('is a page not found, and in no listing, before its time', async ({ page }) => {
    expect(Date.now(), 'the fixture site started too late: raise E2E_SCHEDULE_DELAY').toBeLessThan(liveAt - 10_000);
    expect((await page.goto(SCHEDULED.url))?.status()).toBe(404);
    expect((await page.goto(`/tags/${SCHEDULED.tag}`))?.status()).toBe(404);
    expect(await listed(page, '/')).toBe(false);
    expect(await listed(page, '/world')).toBe(false);
    expect(await listed(page, '/authors/world-desk')).toBe(false);
  });

  test('shows in preview with the secret, marked scheduled, with noindex', async ({ page }) => {
    const response = await page.goto(`/api/preview?secret=${PREVIEW_SECRET}&path=${encodeURIComponent(SCHEDULED.url)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHEDULED.title);
    await expect(page.getByRole('status')).toContainText('Scheduled: goes live at');
    await expect(page.getByRole('status').locator('time')).toHaveAttribute('datetime', new Date(liveAt).toISOString());
    await expect(page.locator('head meta[name="robots"][content="noindex, nofollow"]')).toHaveCount(1);
    expect(await listed(page, '/')).toBe(true);
    await page.getByRole('button', { name: 'Leave preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
  });

  test('goes live on the running server, without a rebuild, within 60 s of its time plus one request', async ({
    page,
  }) => {
    test.setTimeout(liveAt - Date.now() + BOUND_MS + 60_000);
    await page.waitForTimeout(Math.max(0, liveAt - Date.now()));
    // Still not live a moment before its time: the page was rendered (and cached) as a 404.
    const live = { article: 0, home: 0, tag: 0 };
    while (Date.now() - liveAt < BOUND_MS && !(live.article && live.home && live.tag)) {
      if (!live.article && (await page.goto(SCHEDULED.url))?.status() === 200) live.article = Date.now();
      if (!live.home && (await listed(page, '/'))) live.home = Date.now();
      if (!live.tag && (await page.goto(`/tags/${SCHEDULED.tag}`))?.status() === 200) live.tag = Date.now();
      await page.waitForTimeout(5_000);
    }
    const delays = Object.entries(live).map(([where, at]) => `${where} ${((at - liveAt) / 1000).toFixed(1)} s`);
    test.info().annotations.push({ type: 'went live after', description: delays.join(', ') });
    console.log(`scheduled article went live after: ${delays.join(', ')}`);
    for (const [where, at] of Object.entries(live)) {
      expect(at, `${where} never showed the article within ${BOUND_MS / 1000} s of its time`).toBeGreaterThan(0);
      expect(at - liveAt, where).toBeLessThanOrEqual(BOUND_MS);
    }
    await page.goto(SCHEDULED.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHEDULED.title);
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});

test.describe('a renamed article', () => {
  for (const old of RENAMED.oldUrls) {
    test(`answers 308 from ${old} to its current address`, async ({ request, page }) => {
      const response = await request.get(old, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(RENAMED.url);
      await page.goto(old);
      expect(new URL(page.url()).pathname).toBe(RENAMED.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(RENAMED.title);
    });
  }
});

test('a corrected article lists its corrections at its foot, oldest first, and says when it was updated', async ({
  page,
}) => {
  await page.goto(RENAMED.url);
  const box = page.getByRole('region', { name: 'Corrections' });
  await expect(box.getByRole('heading', { level: 2 })).toHaveText('Corrections');
  await expect(box.getByRole('listitem')).toHaveText([
    /^3 March 2026: The headline of this article was changed/,
    /^4 March 2026: An earlier version of this article said fares would rise by a fifth/,
  ]);
  expect(await box.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual([
    '2026-03-03T14:15:00.000Z',
    '2026-03-04T15:30:00.000Z',
  ]);
  // The latest correction is the article's modification time.
  await expect(page.getByText(/^Updated /)).toHaveText('Updated 4 March 2026, 10:30 EST');
  // At the foot: after the body, before the author box.
  const placed = await page.evaluate(() => {
    const body = document.querySelector('.article-body');
    const corrections = document.querySelector('section[aria-labelledby="corrections-heading"]');
    const author = document.querySelector('aside[aria-labelledby="about-the-author"]');
    if (!body || !corrections || !author) return false;
    return (
      Boolean(body.compareDocumentPosition(corrections) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      Boolean(corrections.compareDocumentPosition(author) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(placed).toBe(true);
});
