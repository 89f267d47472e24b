import { expect, test, type Page } from '@playwright/test';

const LAUNCH_URL = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';
const HEADLINE = 'Biden hosts South Korea, Japan leaders for talks on North Korea’s escalating threats';
const STANDFIRST =
  'President Joe Biden will meet South Korean President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba on Friday for critical talks focused on North Korea’s escalating military ties with Russia and its continued missile tests.';
const PARAGRAPHS = [
  'The trilateral summit, taking place on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in Peru, comes as North Korea has deployed thousands of troops to Russia to support Moscow’s efforts in the ongoing war with Ukraine.',
  'White House officials are deeply concerned about North Korea’s increased provocations, particularly after Pyongyang’s missile tests ahead of the U.S. election. National Security Adviser Jake Sullivan warned, “I do not think we can count on a period of quiet with the DPRK… The possibility of a seventh nuclear test remains ever present and something we’re vigilant for.”',
  'Intelligence reports suggest North Korea has sent up to 12,000 soldiers to Russia, alongside a significant supply of artillery and missiles, potentially reshaping the dynamics of the Russia-Ukraine conflict. Sullivan emphasized the importance of the trilateral meeting, stating that the leaders will discuss the presence of North Korean troops in Russia and “ensure our three countries are acting in a coordinated way.”',
  'This meeting will also mark Biden’s first face-to-face engagement with Ishiba, who assumed office in October. Ishiba has pledged to advance Japan’s military capabilities, including long-range cruise missiles, in a departure from its traditionally defensive posture. The discussions will further strengthen the strategic alliance formed during last year’s historic Camp David summit, aimed at countering North Korea’s nuclear ambitions and China’s growing military presence in the Pacific.',
  'Sullivan reaffirmed that the Biden administration is committed to ensuring the durability of this trilateral cooperation, which enjoys bipartisan support. As tensions with North Korea escalate, Biden’s focus on solidifying U.S. relations with both South Korea and Japan remains a cornerstone of U.S. foreign policy in the region.',
];

/** Everything a reader must see on the launch article, with or without JavaScript. */
async function expectLaunchArticle(page: Page): Promise<void> {
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Home', 'World', HEADLINE]);
  await expect(breadcrumb.getByRole('link', { name: HEADLINE })).toHaveAttribute('aria-current', 'page');
  await expect(breadcrumb).toContainText('Home»World»');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(STANDFIRST, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'World Desk' }).first()).toHaveAttribute('href', '/authors/world-desk');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2024-11-14T15:00:00.000Z');

  const bodyParagraphs = await page.locator('.article-body > p').allTextContents();
  expect(bodyParagraphs).toEqual(PARAGRAPHS);

  const hero = page.locator('article figure img').first();
  await expect(hero).toBeVisible();
  await expect
    .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.locator('article figure figcaption').first()).toContainText('Illustration: The Meridian');

  await expect(page.getByRole('heading', { name: 'About the author' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(
    `© ${new Date().getFullYear()} Meridian News. All rights reserved.`,
  );
}

test('a reader goes from the home page to the lead story', async ({ page }) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Lead story' }).getByRole('link').first();
  const headline = (await lead.textContent()) ?? '';
  expect(headline.length).toBeGreaterThan(10);
  await lead.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(new URL(page.url()).pathname).toMatch(/^\/[a-z]+\/[a-z0-9-]+$/);
});

test('the launch article shows everything a reader expects', async ({ page }) => {
  const response = await page.goto(LAUNCH_URL);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${HEADLINE} | The Meridian`);
  await expectLaunchArticle(page);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the launch article renders fully', async ({ page }) => {
    await page.goto(LAUNCH_URL);
    await expectLaunchArticle(page);
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(LAUNCH_URL);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the canonical URL and description come from the article', async ({ page }) => {
  await page.goto(LAUNCH_URL);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${LAUNCH_URL}$`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', STANDFIRST);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('unknown addresses are 404s with the site layout', () => {
  for (const path of [
    '/world/no-such-story',
    '/weather',
    '/weather/some-story',
    '/politics/biden-hosts-south-korea-japan-leaders-north-korea-talks',
    '/technology/draft-smart-meters-preview',
    '/authors/nobody',
    '/tags/no-such-tag',
    '/a/b/c',
  ]) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    });
  }
});

test('no page logs a console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  for (const path of [
    '/',
    LAUNCH_URL,
    '/world',
    '/world/page/2',
    '/authors/world-desk',
    '/tags/north-korea',
    '/search?q=Pyongyang',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});
