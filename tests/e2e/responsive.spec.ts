import { expect, test } from '@playwright/test';

/** Pages of every type; none links the long-tail article that long-tail.spec.ts must request first. */
const PATHS = [
  '/',
  '/world',
  '/world/page/2',
  '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks',
  '/politics/kestrel-bay-votes-to-pedestrianise-old-harbour-district',
  '/authors',
  '/authors/world-desk',
  '/tags',
  '/tags/diplomacy',
  '/search?q=harbour',
  '/no-such-page',
];

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of PATHS) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});

test.describe('the section menu at 360 px without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  test('opens, shows every section with the current one marked, and moves nothing', async ({ page }) => {
    await page.goto('/science');
    const menu = page.locator('summary', { hasText: 'Menu' });
    await expect(menu).toBeVisible();
    // The wide-screen bar is hidden; the menu's links are folded away.
    const visibleNav = page.getByRole('navigation', { name: 'Sections' });
    await expect(visibleNav).toHaveCount(0);
    const mainTop = await page.getByRole('main').evaluate((m) => m.getBoundingClientRect().top);

    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveText([
      'World',
      'Politics',
      'Business',
      'Technology',
      'Science',
      'Culture',
      'Sport',
    ]);
    await expect(nav.getByRole('link', { name: 'Science' })).toHaveAttribute('aria-current', 'true');
    // The menu drops over the page: the content does not move.
    expect(await page.getByRole('main').evaluate((m) => m.getBoundingClientRect().top)).toBe(mainTop);

    await nav.getByRole('link', { name: 'Culture' }).click();
    await expect(page).toHaveURL(/\/culture$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Culture');
  });
});

test.describe('print', () => {
  test('an article prints without navigation or footer, with its hero and link addresses', async ({ page }) => {
    await page.goto('/politics/kestrel-bay-votes-to-pedestrianise-old-harbour-district');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Topics' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Related stories' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article figure img').first()).toBeVisible();

    const link = page.locator('.article-body a[href="/science/scientists-map-kestrel-bay-seagrass-meadows"]');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(https?:\/\/[^"]+\/science\/scientists-map-kestrel-bay-seagrass-meadows\)"$/);
    // Black on white on paper, whatever the screen's scheme.
    const colour = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => getComputedStyle(p).color);
    expect(colour).toBe('rgb(0, 0, 0)');

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('banner')).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });
});
