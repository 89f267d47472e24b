import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** One page of every type. None links the long-tail article that long-tail.spec.ts must request first. */
const PAGES = [
  ['front page', '/'],
  ['section', '/world'],
  ['section, page 2', '/world/page/2'],
  ['article', '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks'],
  ['authors', '/authors'],
  ['author', '/authors/world-desk'],
  ['author, page 2', '/authors/world-desk/page/2'],
  ['masthead', '/about/masthead'],
  ['about', '/about'],
  ['standing page (contact)', '/about/contact'],
  ['topics', '/tags'],
  ['topic', '/tags/diplomacy'],
  ['topic hub', '/tags/climate'],
  ['topic hub, page 2', '/tags/climate/page/2'],
  ['search', '/search'],
  ['corrections', '/corrections'],
  ['search results', '/search?q=harbour'],
  ['not found', '/no-such-page'],
] as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every heading level in document order, for checking the outline. */
function headingLevels(page: Page): Promise<number[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const [name, path] of PAGES) {
      test(`${name} (${path}) has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/search?')) {
          // Scan the full-text results, not the server's, which they replace.
          await expect(page.getByRole('status')).toContainText('full text', { timeout: 10_000 });
          await expect(page.getByRole('status')).not.toContainText('Searching');
        }
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
        ).toEqual([]);
      });
    }
  });
}

test.describe('every page type', () => {
  for (const [name, path] of PAGES) {
    test(`${name}: one h1, headings in order, and the landmarks`, async ({ page }) => {
      await page.goto(path);
      const levels = await headingLevels(page);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) {
        expect(
          levels[i]! - levels[i - 1]!,
          `heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`,
        ).toBeLessThanOrEqual(1);
      }
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Footer' })).toBeVisible();
    });
  }
});

test('the skip link moves focus to the main content, and focus is visible', async ({ page }) => {
  await page.goto('/world');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => getComputedStyle(el));
  expect(outline.outlineStyle).toBe('solid');
  expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
});

test('breadcrumb links are at least 24 px tall, also when the headline wraps', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/world/biden-hosts-south-korea-japan-leaders-north-korea-talks');
    const heights = await page
      .locator('nav[aria-label="Breadcrumb"] a')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights).toHaveLength(3);
    for (const height of heights) expect(height, `at ${width}px`).toBeGreaterThanOrEqual(24);
  }
});

test('links and buttons in the chrome are at least 24 px tall', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/world');
    const sizes = await page
      .locator(
        'header a:not([href="#main"]):visible, header summary:visible, footer a:visible, nav[aria-label="Pages"] a',
      )
      .evaluateAll((els) =>
        els.map((el) => [el.textContent?.trim(), el.getBoundingClientRect().height, el.getBoundingClientRect().width]),
      );
    expect(sizes.length).toBeGreaterThan(10);
    for (const [text, height, w] of sizes) {
      expect(Number(height), `${text} at ${width}px`).toBeGreaterThanOrEqual(24);
      expect(Number(w), `${text} at ${width}px`).toBeGreaterThanOrEqual(24);
    }
  }
});
