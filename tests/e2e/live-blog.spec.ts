/**
 * A live blog updates in an open page without a reload (components/live/live-updates.enhance.ts and
 * its endpoint, app/[section]/[slug]/updates/route.ts), on the fixture site: a reader has the blog
 * open, reading an entry in the middle; the newsroom commits a new entry and publishes it the
 * documented way (`npm run publish -- --target <site>`); within a poll the page offers "1 new
 * update" and says so politely, and nothing the reader is looking at moves. The fixture build polls
 * every LIVE.pollSeconds (LIVE_POLL_SECONDS), not production's 15–30 s.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { FIXTURE_SITE_DIR, FIXTURE_URL } from './support/e2e-config';
import { LIVE, liveEntryId, liveEntryText, RENAMED } from './support/fixture-articles';
import { scriptsOf } from './support/framework-free';
import { E2E_REVALIDATE_SECRET } from './support/servers';

test.use({ baseURL: FIXTURE_URL });

const run = promisify(execFile);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ENDPOINT = `${LIVE.url}/updates`;
/** The entry the test publishes, newer than every fixture entry. */
const NEW_ID = liveEntryId(LIVE.entryCount + 1);
const NEW_TITLE = 'The barrier gates open again as the tide falls';
/** The entry the reader is reading: in the middle of page 1. */
const READING = liveEntryId(14);

const entry = (page: Page, id: string) => page.locator(`#entry-${id}`);
const newUpdates = (page: Page) => page.locator('button[data-live-new]');
const liveRegion = (page: Page) => page.locator('[data-live-status]');

/** Every script request the page makes, by path. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Sums the page's layout shifts (the Layout Instability API) from now on into `window.__layoutShift`. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = window as unknown as { __layoutShift: number };
    store.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) {
        const { value, hadRecentInput } = shift as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!hadRecentInput) store.__layoutShift += value;
      }
    }).observe({ type: 'layout-shift', buffered: false });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
const topOf = (page: Page, id: string) =>
  entry(page, id).evaluate((element) => Math.round(element.getBoundingClientRect().top));

test.describe.serial('a live blog in an open page', () => {
  let context: BrowserContext;
  let page: Page;
  let scripts: string[];

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    context = await browser.newContext({ baseURL: FIXTURE_URL, viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    scripts = recordScripts(page);
  });

  test.afterAll(async () => {
    await context.close();
  });

  test('loads its live-updates module and no other script', async ({ request }) => {
    await page.goto(LIVE.url);
    await expect(entry(page, READING)).toBeVisible();
    await expect(page.locator('time[data-live-updated]')).toHaveText(
      /^Updated (just now|\d+ (minute|minutes|hour|hours) ago)$/,
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/enhance\/live-updates\.[0-9a-f]+\.js$/);
    const html = await (await request.get(LIVE.url)).text();
    expect(scriptsOf(html).filter((s) => s !== 'json-ld')).toEqual([`enhancement ${scripts[0]}`]);
    // The page as the server sends it: pinned first, then the 20 newest, newest first.
    const ids = await page.locator('#live-entries [data-entry]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toHaveLength(21);
    expect(ids[0]).toBe(`entry-${LIVE.pinned}`);
    expect(ids[1]).toBe(`entry-${liveEntryId(LIVE.entryCount)}`);
  });

  test('has no WCAG 2.2 AA violations', async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
  });

  test('offers a new entry published while the reader reads further down, moving nothing', async () => {
    test.setTimeout(150_000);
    // Reading an entry in the middle: the top of the list is well above the viewport.
    await entry(page, READING).evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -40);
    });
    await watchLayoutShifts(page);
    const before = await topOf(page, READING);
    expect(before).toBeGreaterThan(0);
    expect(await page.locator('#live-entries').evaluate((list) => list.getBoundingClientRect().top)).toBeLessThan(0);

    // The newsroom's way: an entry file, a commit, `npm run publish`.
    writeFileSync(
      path.join(FIXTURE_SITE_DIR, LIVE.folder, 'entries', `${NEW_ID}.mdx`),
      liveEntryText({
        publishedAt: new Date(Date.now() - 60_000),
        title: NEW_TITLE,
        keyEvent: true,
        body: 'The barrier crews opened the gates again at noon as the tide fell, and the harbour reopened to the ferries.',
      }),
    );
    await run('git', ['add', '--all', LIVE.folder], { cwd: FIXTURE_SITE_DIR });
    await run('git', ['commit', '--quiet', '--message', `Live: ${NEW_TITLE}`], { cwd: FIXTURE_SITE_DIR });
    const started = Date.now();
    const published = await run('npm', ['run', 'publish', '--', '--target', FIXTURE_URL], {
      cwd: FIXTURE_SITE_DIR,
      env: { ...process.env, REVALIDATE_SECRET: E2E_REVALIDATE_SECRET },
      maxBuffer: 16 * 1024 * 1024,
    });
    console.log(`live-blog: published in ${Date.now() - started} ms (${published.stdout.trim().split('\n').at(-1)})`);

    // Within one poll (and the endpoint's five seconds of caching): the button, and the words.
    const button = newUpdates(page);
    await expect(button).toBeVisible({ timeout: (LIVE.pollSeconds + 5 + 5) * 1000 });
    await expect(page.getByRole('button', { name: '1 new update' })).toBeVisible();
    await expect(liveRegion(page)).toHaveText('1 new update.');
    await expect(liveRegion(page)).toHaveAttribute('aria-live', 'polite');
    await expect(entry(page, NEW_ID)).toHaveCount(0);
    // What the reader was reading has not moved.
    expect(await topOf(page, READING)).toBe(before);
    expect(await layoutShift(page)).toBeLessThan(0.001);
    // Polling moved no focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('inserts the new entry when the reader asks, after the pinned one, and takes them to it', async () => {
    await newUpdates(page).press('Enter');
    await expect(entry(page, NEW_ID)).toBeInViewport();
    await expect(entry(page, NEW_ID)).toContainText(NEW_TITLE);
    await expect(newUpdates(page)).toBeHidden();
    const ids = await page.locator('#live-entries [data-entry]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.slice(0, 3)).toEqual([
      `entry-${LIVE.pinned}`,
      `entry-${NEW_ID}`,
      `entry-${liveEntryId(LIVE.entryCount)}`,
    ]);
    await expect(entry(page, NEW_ID)).toBeFocused();
    // What the module put in is as accessible as what the server sent.
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
  });

  test('shows the new entry after a reload without JavaScript', async ({ browser }) => {
    const plain = await browser.newContext({ baseURL: FIXTURE_URL, javaScriptEnabled: false });
    try {
      const reader = await plain.newPage();
      const requested = recordScripts(reader);
      await reader.goto(LIVE.url);
      await expect(entry(reader, NEW_ID)).toContainText(NEW_TITLE);
      const ids = await reader.locator('#live-entries [data-entry]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.slice(0, 2)).toEqual([`entry-${LIVE.pinned}`, `entry-${NEW_ID}`]);
      expect(ids).toHaveLength(21);
      // The server's words, untouched by the module.
      await expect(reader.locator('time[data-live-updated]')).toHaveText(/^Updated \d/);
      expect(requested).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

test.describe('a live blog entry permalink and the updates endpoint', () => {
  test('a permalink of an entry on page 2 lands on page 2 with the entry in view', async ({ page }) => {
    await page.goto(`${LIVE.url}/entries/${LIVE.onPage2}`);
    await expect(page).toHaveURL(`${FIXTURE_URL}${LIVE.url}/page/2#entry-${LIVE.onPage2}`);
    await expect(entry(page, LIVE.onPage2)).toBeInViewport();
  });

  test('the endpoint answers one cacheable JSON for everybody, with an ETag', async ({ request }) => {
    const response = await request.get(ENDPOINT);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers()['cache-control']).toMatch(/^public, max-age=5, s-maxage=5, stale-while-revalidate=\d+$/);
    const body: {
      status: string;
      updated: { iso: string; text: string };
      entries: { id: string; pinned?: boolean; html?: string }[];
    } = await response.json();
    expect(body.status).toBe('live');
    expect(body.updated.text).toMatch(/^Updated /);
    expect(body.entries.length).toBeGreaterThanOrEqual(LIVE.entryCount);
    expect(body.entries[0]).toMatchObject({ id: LIVE.pinned, pinned: true });
    expect(body.entries.filter((e) => e.html !== undefined)).toHaveLength(21);
    expect(body.entries.find((e) => e.html !== undefined && e.id !== LIVE.pinned)?.html).toMatch(
      /^<article id="entry-/,
    );
    const etag = response.headers().etag ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await request.get(ENDPOINT, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('the endpoint is a 404, not cached, for an article that is not a live blog and for no blog at all', async ({
    request,
  }) => {
    for (const url of [`${RENAMED.url}/updates`, '/world/no-such-live-blog/updates']) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      // The route's own 404, or Next's not-found answer when the HTTP layer turns the address away first.
      expect(response.headers()['cache-control'], url).toMatch(/(^|, )no-store(,|$)/);
    }
  });
});
