/**
 * The storytelling components (components/mdx/fact-box.tsx, timeline.tsx, gallery.tsx, q-and-a.tsx)
 * on the example article that uses all four, in a real browser: what readers and assistive
 * technology get, the gallery driven by the keyboard and by its addresses with JavaScript off, WCAG
 * 2.2 AA in both colour schemes, a 320 px screen, paper, and the article's feed entry.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { siteConfig } from '../../lib/config/site-config';

const ARTICLE = '/science/kestrel-bay-begins-replanting-its-lost-seagrass-meadows';
const GALLERY = 'Kestrel Bay’s seagrass, from survey to replanting (4 pictures)';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const DATES = [
  ['1990', '1990'],
  ['2015', '2015'],
  ['2025-08-13', '13 August 2025'],
  ['2026-05-11', '11 May 2026'],
  ['2026-06', 'June 2026'],
  ['2026-09-21', '21 September 2026'],
];
const QUESTIONS = [
  'Why not let the meadows recover by themselves?',
  'What is a floating mooring?',
  'Who pays?',
  'Can I help?',
];

function body(page: Page): Locator {
  return page.locator('.article-body');
}

function strip(page: Page): Locator {
  return page.getByRole('region', { name: GALLERY });
}

/**
 * How far the strip is scrolled, which of its pictures lie wholly inside it, and the picture it has
 * come to rest on (its start at the strip's start, or the last one at the end of the strip).
 */
function stripState(gallery: Locator): Promise<{ scrollLeft: number; inView: string[]; snapped?: string }> {
  return gallery.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pictures = [...element.querySelectorAll('li[id]')];
    const inView = pictures
      .filter((li) => {
        const r = li.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      })
      .map((li) => li.id);
    const padding = parseFloat(getComputedStyle(element).scrollPaddingLeft) || 0;
    const atEnd = element.scrollLeft >= element.scrollWidth - element.clientWidth - 1;
    const snapped = atEnd
      ? pictures[pictures.length - 1]
      : pictures.find((li) => li instanceof HTMLElement && Math.abs(li.offsetLeft - padding - element.scrollLeft) < 2);
    return { scrollLeft: element.scrollLeft, inView, snapped: snapped?.id };
  });
}

test.describe('the example article', () => {
  test('shows the fact box, the timeline in order, the gallery and the questions and answers', async ({ page }) => {
    await page.goto(ARTICLE);
    const article = body(page);

    const facts = article.getByRole('complementary', { name: 'The replanting in numbers' });
    await expect(facts.getByRole('heading', { level: 2 })).toHaveText('The replanting in numbers');
    await expect(facts.getByRole('listitem')).toHaveCount(4);

    const timeline = article.locator('ol').filter({ has: page.locator('time') });
    await expect(timeline.getByRole('listitem')).toHaveCount(DATES.length);
    const times = timeline.locator('time');
    await expect(times).toHaveText(DATES.map(([, shown]) => shown ?? ''));
    expect(await times.evaluateAll((all) => all.map((time) => time.getAttribute('datetime')))).toEqual(
      DATES.map(([value]) => value),
    );
    await expect(timeline.getByRole('listitem').last()).toContainText('The first shoots go in');

    const gallery = strip(page);
    await expect(gallery).toHaveAttribute('tabindex', '0');
    await expect(gallery.getByRole('listitem')).toHaveCount(4);
    await expect(gallery.getByRole('img')).toHaveCount(4);
    await expect(gallery.getByRole('link', { name: /^Full size, picture \d$/ })).toHaveCount(4);
    await expect(gallery.locator('figcaption').first()).toContainText('A healthy meadow on the northern shore');

    await expect(article.getByRole('term')).toHaveText(QUESTIONS);
    await expect(article.getByRole('definition')).toHaveCount(QUESTIONS.length);
    await expect(article.getByRole('definition').nth(1)).toContainText('held up by a float');
  });

  test('the full-size links open the original images', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const hrefs = await strip(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/images\/20\d\d\/[a-z-]+\.jpg$/);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toBe('image/jpeg');
    }
  });

  test('keeps the page’s outline: one h1, and no heading level skipped by the fact box', async ({ page }) => {
    await page.goto(ARTICLE);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) {
      expect((levels[i] ?? 0) - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations in the ${colorScheme} colour scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
      ).toEqual([]);
    });
  }

  test('prints the gallery’s pictures one after another, without the links to full size', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    const gallery = strip(page);
    expect(await gallery.evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
    expect(await gallery.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(gallery.getByRole('link')).toHaveCount(0);
    await expect(gallery.getByRole('img')).toHaveCount(4);
  });
});

test.describe('the gallery without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is reached with Tab, shows where the focus is, and scrolls with the arrow keys', async ({ page }) => {
    await page.goto(ARTICLE);
    // The last link before the gallery, then one Tab: the strip is next in the tab order.
    await body(page).getByRole('link', { name: 'harbour district plan' }).focus();
    await page.keyboard.press('Tab');
    const gallery = strip(page);
    await expect(gallery).toBeFocused();
    const outline = await gallery.evaluate((element) => getComputedStyle(element));
    expect(outline.outlineStyle).toBe('solid');
    expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);

    expect(await stripState(gallery)).toMatchObject({ scrollLeft: 0, snapped: 'gallery-1-1' });
    // Each arrow press scrolls (snaps) to the next picture; each scroll comes to rest before the next.
    const moves = [
      ['ArrowRight', 2],
      ['ArrowRight', 3],
      ['ArrowRight', 4],
      ['ArrowLeft', 3],
      ['ArrowLeft', 2],
      ['ArrowLeft', 1],
    ] as const;
    for (const [key, picture] of moves) {
      await page.keyboard.press(key);
      await expect.poll(async () => (await stripState(gallery)).snapped).toBe(`gallery-1-${picture}`);
      expect((await stripState(gallery)).inView).toContain(`gallery-1-${picture}`);
    }
    expect((await stripState(gallery)).scrollLeft).toBe(0);
    await expect(gallery).toBeFocused();
  });

  for (const picture of [2, 3, 4]) {
    test(`#gallery-1-${picture} opens the story at that picture`, async ({ page }) => {
      await page.goto(`${ARTICLE}#gallery-1-${picture}`);
      const gallery = strip(page);
      await expect(gallery).toBeInViewport();
      await expect.poll(async () => (await stripState(gallery)).inView).toContain(`gallery-1-${picture}`);
      expect((await stripState(gallery)).scrollLeft).toBeGreaterThan(0);
      await expect(page.locator('li:target')).toHaveAttribute('id', `gallery-1-${picture}`);
    });
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing but the gallery strip is wider than the screen, and the strip scrolls inside it', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.waitForLoadState('networkidle');
    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const strips = [...document.querySelectorAll('.article-body [role="region"]')];
      const outside = [...document.body.querySelectorAll('*')]
        .filter((element) => !strips.some((s) => s.contains(element) && s !== element))
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return {
        pageScrolls: document.documentElement.scrollWidth > width,
        outside,
        strips: strips.map((s) => ({ right: s.getBoundingClientRect().right, scrolls: s.scrollWidth > s.clientWidth })),
        width,
      };
    });
    expect(layout.pageScrolls).toBe(false);
    expect(layout.outside).toEqual([]);
    expect(layout.strips).toEqual([{ right: expect.any(Number), scrolls: true }]);
    expect(layout.strips[0]?.right).toBeLessThanOrEqual(layout.width);
  });
});

test('the article’s feed entry carries the components as plain HTML', async ({ page, request }) => {
  const response = await request.get('/feed.json');
  expect(response.status()).toBe(200);
  const feed: unknown = await response.json();
  const items = typeof feed === 'object' && feed !== null && 'items' in feed ? feed.items : undefined;
  if (!Array.isArray(items)) throw new Error('/feed.json has no items');
  const entry: unknown = items.find(
    (item: unknown) =>
      typeof item === 'object' && item !== null && 'url' in item && item.url === `${siteConfig.url}${ARTICLE}`,
  );
  const html = typeof entry === 'object' && entry !== null && 'content_html' in entry ? entry.content_html : undefined;
  if (typeof html !== 'string') throw new Error(`${ARTICLE} is not in /feed.json`);

  // What a feed reader shows, laid out in a page of its own: no site styles, no scripts.
  await page.setContent(`<!doctype html><html lang="en"><body>${html}</body></html>`);
  await expect(page.getByRole('complementary', { name: 'The replanting in numbers' })).toBeVisible();
  await expect(page.locator('ol time')).toHaveText(DATES.map(([, shown]) => shown ?? ''));
  await expect(page.getByRole('term')).toHaveText(QUESTIONS);
  // The gallery is a list of figures: no scrolling region, nothing to focus, absolute image addresses.
  const gallery = page.getByRole('list').filter({ has: page.locator('figure') });
  await expect(gallery.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region')).toHaveCount(0);
  await expect(page.locator('[tabindex]')).toHaveCount(0);
  for (const src of await gallery.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))) {
    expect(src).toMatch(new RegExp(`^${siteConfig.url.replace(/[.]/g, '\\.')}/images/`));
  }
  expect(html).not.toMatch(/<script|<iframe|<style/);
});
