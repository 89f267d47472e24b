/**
 * Click-to-load embeds (components/mdx/embed.tsx and embed.enhance.ts) on the production build, with
 * the example article that embeds one post, video, recording, chart or map of every provider in
 * lib/config/embed-providers.ts. Nothing here reaches the network: every request that would leave
 * 127.0.0.1 is recorded and stopped, and the one provider page a test loads is a stand-in.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { contentSecurityPolicy } from '../../lib/serving/security-headers.mjs';
import { BASE_URL } from './support/e2e-config';
import { expectFrameworkFree, scriptsOf } from './support/framework-free';

const ARTICLE = '/science/kestrel-bay-seagrass-survey-in-videos-posts-and-charts';
/** An article without embeds, by the same author in the same section. */
const PLAIN_ARTICLE = '/science/scientists-map-kestrel-bay-seagrass-meadows';

const YOUTUBE_URL = 'https://www.youtube.com/watch?v=Q8wZ3mB1xTk';
const YOUTUBE_EMBED = 'https://www.youtube-nocookie.com/embed/Q8wZ3mB1xTk';
const YOUTUBE_TITLE = 'A morning with the Kestrel Bay seagrass survey, from drone launch to dive';

/** The providers the example article embeds, as readers see their names, in the article's order. */
const PROVIDERS = [
  'YouTube',
  'Vimeo',
  'X (Twitter)',
  'Instagram',
  'TikTok',
  'Bluesky',
  'Mastodon',
  'Facebook',
  'SoundCloud',
  'Spotify',
  'Datawrapper',
  'Flourish',
  'Google Maps',
];

/** The frame origins those embeds need, and only those. */
const FRAME_ORIGINS = [
  'https://datawrapper.dwcdn.net',
  'https://embed.bsky.app',
  'https://flo.uri.sh',
  'https://mastodon.social',
  'https://open.spotify.com',
  'https://platform.twitter.com',
  'https://player.vimeo.com',
  'https://w.soundcloud.com',
  'https://www.facebook.com',
  'https://www.google.com',
  'https://www.instagram.com',
  'https://www.tiktok.com',
  'https://www.youtube-nocookie.com',
];

/** The most the embed page's own JavaScript may weigh, gzipped (issue 14). */
const MODULE_BUDGET = 3 * 1024;

const local = (url: string) => url.startsWith(`${BASE_URL}/`) || url.startsWith('data:');

/**
 * Records every request the page makes and stops any that would leave 127.0.0.1; a request for
 * `stand-in` (a provider page) is answered with a small page of ours instead. Returns the list of
 * addresses requested elsewhere, filled as the page runs.
 */
async function isolate(page: Page, standIn?: string): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!local(request.url())) outside.push(request.url());
  });
  await page.route(
    (url) => !local(url.href),
    async (route) => {
      if (standIn !== undefined && route.request().url() === standIn) {
        await route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="en"><title>Stand-in player</title><p>Stand-in player</p></html>',
        });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
  return outside;
}

/** Starts summing the page's layout shifts (all of them, also those right after a click) from its first paint. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Reflect.set(window, '__layoutShifts', shifts);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push(Number(Reflect.get(entry, 'value')));
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts so far, after the browser has drawn twice more (entries arrive after a frame). */
async function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const shifts: unknown = Reflect.get(window, '__layoutShifts');
    return Array.isArray(shifts) ? shifts.map(Number) : [Number.NaN];
  });
}

function card(page: Page, title: string): Locator {
  return page.locator('[data-embed]').filter({ has: page.getByText(title, { exact: true }) });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

/** The page loaded, its embed module run (the buttons revealed), its lazy images in. */
async function openArticle(page: Page): Promise<void> {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: 'Load YouTube content' })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test.describe('the embed article', () => {
  test('shows a card for every provider, and asks nothing of any provider while it loads', async ({ page }) => {
    const outside = await isolate(page);
    await recordLayoutShifts(page);
    await openArticle(page);
    for (const name of PROVIDERS) {
      await expect(page.getByRole('button', { name: `Load ${name} content` }), name).toBeVisible();
      await expect(page.getByRole('checkbox', { name: `Always load ${name} content` }), name).not.toBeChecked();
      await expect(page.getByRole('link', { name: `Open on ${name}` }), name).toBeVisible();
    }
    await expect(page.locator('[data-embed]')).toHaveCount(PROVIDERS.length);
    await expect(page.locator('iframe')).toHaveCount(0);
    // Down the whole article, so lazy pictures (the poster) load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(await layoutShifts(page)).toEqual([]);
  });

  for (const width of [1280, 320]) {
    test(`at ${width} px, a click puts the privacy-enhanced player in the reserved space, moving nothing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const outside = await isolate(page, YOUTUBE_EMBED);
      await recordLayoutShifts(page);
      await openArticle(page);
      const youtube = card(page, YOUTUBE_TITLE);
      const frame = youtube.locator('[data-embed-frame]');
      const after = page.getByRole('heading', { name: 'What the volunteers posted' });
      await youtube.scrollIntoViewIfNeeded();
      const before = { card: await box(youtube), frame: await box(frame), after: await box(after) };
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await youtube.getByRole('button', { name: 'Load YouTube content' }).click();
      const iframe = frame.locator('iframe');
      await expect(iframe).toHaveAttribute('src', YOUTUBE_EMBED);
      await expect(iframe).toHaveAttribute('title', YOUTUBE_TITLE);
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      await expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      await expect(iframe).toHaveAttribute(
        'sandbox',
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      );
      await expect(iframe).toBeFocused();
      // The player fills the reserved space (inside the card's border).
      const inner = await frame.evaluate((f) => ({ width: f.clientWidth, height: f.clientHeight }));
      const player = await box(iframe);
      expect({ width: player.width, height: player.height }).toEqual(inner);
      expect({ card: await box(youtube), frame: await box(frame), after: await box(after) }).toEqual(before);
      expect(await layoutShifts(page)).toEqual([]);
      // Only the card clicked: the other providers are still asked nothing.
      await expect(page.locator('iframe')).toHaveCount(1);
      expect(outside.filter((url) => url !== YOUTUBE_EMBED)).toEqual([]);
    });
  }

  test('"Always load" is remembered in the browser and applied on the next visit', async ({ page }) => {
    const outside = await isolate(page, YOUTUBE_EMBED);
    await openArticle(page);
    await page.getByRole('checkbox', { name: 'Always load YouTube content' }).check();
    await expect(card(page, YOUTUBE_TITLE).locator('iframe')).toHaveAttribute('src', YOUTUBE_EMBED);
    expect(await page.evaluate(() => localStorage.getItem('embed-always:youtube'))).toBe('1');

    await page.reload();
    await expect(card(page, YOUTUBE_TITLE).locator('iframe')).toHaveAttribute('src', YOUTUBE_EMBED);
    await expect(page.getByRole('checkbox', { name: 'Always load YouTube content' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Load Vimeo content' })).toBeVisible();
    await expect(page.locator('iframe')).toHaveCount(1);

    await page.getByRole('checkbox', { name: 'Always load YouTube content' }).uncheck();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Load YouTube content' })).toBeVisible();
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(outside.filter((url) => url !== YOUTUBE_EMBED)).toEqual([]);
  });

  test('loads its embed module, small, and no other script of ours; other articles load none', async ({ request }) => {
    const html = await (await request.get(ARTICLE)).text();
    expectFrameworkFree(html, ARTICLE);
    const modules = scriptsOf(html).filter((s) => s !== 'json-ld');
    expect(modules).toHaveLength(1);
    expect(modules[0]).toMatch(/^enhancement \/enhance\/embed\.[0-9a-f]+\.js$/);
    const file = await request.get(modules[0]?.replace('enhancement ', '') ?? '');
    expect(file.status()).toBe(200);
    expect(gzipSync(await file.body(), { level: 9 }).length).toBeLessThanOrEqual(MODULE_BUDGET);

    const plain = await (await request.get(PLAIN_ARTICLE)).text();
    expect(scriptsOf(plain).filter((s) => s !== 'json-ld')).toEqual([]);
  });

  test('prints the title and the address of each embed, not the card', async ({ page }) => {
    await isolate(page);
    await openArticle(page);
    await page.emulateMedia({ media: 'print' });
    const youtube = card(page, YOUTUBE_TITLE);
    await expect(youtube.locator('[data-embed-frame]')).toBeHidden();
    await expect(youtube.getByRole('checkbox')).toBeHidden();
    await expect(youtube.getByText(YOUTUBE_TITLE, { exact: true })).toBeVisible();
    const link = youtube.getByRole('link', { name: 'Open on YouTube' });
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${YOUTUBE_URL})"`);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await isolate(page);
      await openArticle(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
      ).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each card links to the original, and shows no button that would do nothing', async ({ page }) => {
    const outside = await isolate(page);
    await page.goto(ARTICLE);
    const link = card(page, YOUTUBE_TITLE).getByRole('link', { name: 'Open on YouTube' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', YOUTUBE_URL);
    for (const name of PROVIDERS) await expect(page.getByRole('link', { name: `Open on ${name}` }), name).toBeVisible();
    await expect(page.getByRole('button', { name: /^Load / })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(outside).toEqual([]);
  });
});

test.describe('feeds', () => {
  const feedHasLinks = (html: string) => {
    expect(html).toContain(`<a href="${YOUTUBE_URL}">${YOUTUBE_TITLE}</a> (YouTube)`);
    expect(html).not.toMatch(/<iframe|<script|<button|<input|data-embed|youtube-nocookie/);
  };

  test('carry each embed as a link with its title, never an iframe', async ({ request }) => {
    const json: unknown = await (await request.get('/feed.json')).json();
    const items: unknown = typeof json === 'object' && json !== null ? Reflect.get(json, 'items') : undefined;
    const item = (Array.isArray(items) ? items : []).find((i: unknown) =>
      String(typeof i === 'object' && i !== null ? Reflect.get(i, 'url') : '').endsWith(ARTICLE),
    );
    feedHasLinks(String(item ? Reflect.get(item, 'content_html') : ''));

    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(
      await (await request.get('/science/feed.xml')).text(),
    );
    const entries: unknown[] = rss?.rss?.channel?.item ?? [];
    const entry = entries.find((i) => String(Reflect.get(Object(i), 'link')).endsWith(ARTICLE));
    feedHasLinks(String(entry ? Reflect.get(Object(entry), 'content:encoded') : ''));
  });
});

/** Directive name → sources, from a Content-Security-Policy header. */
function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test.describe('Content-Security-Policy', () => {
  test('the embed article allows frames from exactly its providers; other pages allow none', async ({ request }) => {
    const policy = directives((await request.get(ARTICLE)).headers()['content-security-policy']);
    expect([...(policy.get('frame-src') ?? [])].sort()).toEqual(FRAME_ORIGINS);
    // Nothing else opens: no provider script runs in the page.
    for (const [name, sources] of directives(contentSecurityPolicy)) {
      if (name !== 'frame-src') expect(policy.get(name), name).toEqual(sources);
    }
    for (const path of ['/', PLAIN_ARTICLE, '/science', '/search?q=seagrass']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toBe(contentSecurityPolicy);
      expect(directives(headers['content-security-policy']).get('frame-src'), path).toEqual(["'none'"]);
    }
  });

  test('lets the browser load the player the reader asked for', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const outside = await isolate(page, YOUTUBE_EMBED);
    await openArticle(page);
    await card(page, YOUTUBE_TITLE).getByRole('button', { name: 'Load YouTube content' }).click();
    const player = page.frameLocator(`iframe[src="${YOUTUBE_EMBED}"]`);
    await expect(player.getByText('Stand-in player')).toBeVisible();
    expect(outside).toEqual([YOUTUBE_EMBED]);
    expect(violations).toEqual([]);
  });
});
