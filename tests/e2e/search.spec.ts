import { realpathSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { clearDelta, deltaStaging, installDelta, readManifest } from '../../lib/search/bundle-files';

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

test('results appear as the reader types, without submitting, and the address follows', async ({ page }) => {
  await page.goto('/search');
  // Marks this document: it must still be the same one (no page load) when the results are in.
  await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-page', ''));
  const box = page.getByRole('searchbox', { name: 'Search stories' });
  await box.pressSequentially('Pyongyang', { delay: 40 });

  const results = page.getByRole('region', { name: 'Results for “Pyongyang”' });
  await expect(results.getByRole('status')).toHaveText('1 story matches in headlines, summaries and full text.');
  await expect(results.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(LAUNCH_HEADLINE);
  await expect(results.getByRole('listitem').locator('mark').first()).toHaveText(/^Pyongyang/);
  await expect(page).toHaveURL(/\/search\?q=Pyongyang$/);
  await expect(page.locator('html[data-e2e-same-page]')).toHaveCount(1);
  // Typing never takes the reader's focus away from the box.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Pyongyang');

  // The address is the search's: opened afresh, it shows the same.
  await page.reload();
  await expect(results.getByRole('status')).toHaveText('1 story matches in headlines, summaries and full text.');
});

test('the search page loads its enhancement module, and no other script of ours', async ({ page, request }) => {
  await page.goto('/search?q=harbour');
  const script = page.locator('script[data-enhancement="full-text-search"]');
  await expect(script).toHaveCount(1);
  await expect(script).toHaveAttribute('type', 'module');
  expect(await script.getAttribute('async')).toBeNull();
  const src = (await script.getAttribute('src')) ?? '';
  expect(src).toMatch(/^\/enhance\/full-text-search\.[0-9a-f]+\.js$/);
  const file = await request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  // Every other script on the page is JSON-LD or the framework's (its files under /_next/, its inline
  // bootstrap and payload), which the HTML rewriter takes out of reading pages.
  const scripts = await page.locator('script').evaluateAll((elements) =>
    elements.map((s) => ({
      type: s.getAttribute('type'),
      src: s.getAttribute('src'),
      enhancement: s.dataset.enhancement,
      text: s.textContent ?? '',
    })),
  );
  const isFramework = (s: (typeof scripts)[number]) =>
    s.type === null &&
    (s.src === null
      ? /self\.__next_f|globalThis\["TURBOPACK"\]|\$R[CSX]?\(/.test(s.text)
      : s.src.startsWith('/_next/'));
  const ours = scripts.filter((s) => s.type !== 'application/ld+json' && !isFramework(s));
  expect(ours).toEqual([{ type: 'module', src, enhancement: 'full-text-search', text: '' }]);

  // Only the files of this build's manifest are served from /enhance/.
  for (const other of ['/enhance/manifest.json', '/enhance/full-text-search.0123456789ab.js', `${src}.map`]) {
    expect((await request.get(other)).status(), other).toBe(404);
  }
  // A way out of the folder is refused at the door, or finds nothing.
  expect([400, 404]).toContain((await request.get('/enhance/%2e%2e%2fpackage.json')).status());
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
  // Every published example story (the live blog too), those not prerendered included; not the draft.
  expect(await entry.json()).toMatchObject({ languages: { en: { page_count: 13 } } });
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

test.describe('with a delta', () => {
  /** The bundle the server serves (scripts/standalone-assets.ts links or copies it beside the server). */
  const bundle = () => realpathSync(path.join('.next', 'standalone', '.pagefind'));
  const EDITED = '/technology/valdoria-libraries-switch-to-open-source-catalogue';
  const TAKEN_DOWN = '/culture/port-avenir-customs-house-reopens-as-museum-of-sound';
  const ADDED = '/world/e2e-a-story-published-after-the-build';

  async function fullTextSearch(page: Page, query: string) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const results = page.getByRole('region', { name: `Results for “${query}”` });
    await expect(results.getByRole('status')).toHaveText(/in headlines, summaries and full text|No stories match/);
    return results;
  }

  test.afterAll(async () => {
    clearDelta(bundle());
    await pagefind.close();
  });

  test('articles published and changed since the build are found, and superseded records are not', async ({
    browser,
    page,
    request,
  }) => {
    // Before: the main bundle alone (the build leaves an empty delta). Searched by another reader:
    // a browser keeps delta.json for its ten seconds, so `page` must not have fetched the empty one.
    const empty = await request.get('/pagefind/delta/delta.json');
    expect(await empty.json()).toEqual({ records: 0, pages: [], urls: [] });
    expect(empty.headers()['cache-control']).toBe('public, max-age=10');
    const earlier = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      const before = await fullTextSearch(await earlier.newPage(), 'foghorn');
      await expect(before.getByRole('listitem')).toHaveCount(1);
    } finally {
      await earlier.close();
    }

    // What `--delta` writes after a publication: the records of the new and the edited article, and
    // the main bundle's names of the edited and the taken-down ones.
    const main = readManifest(bundle());
    const edited = main?.records[EDITED]?.page;
    const takenDown = main?.records[TAKEN_DOWN]?.page;
    expect(edited && takenDown).toBeTruthy();
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('pagefind: no index');
    const meta = {
      section: 'Technology',
      published: '2026-11-30T14:00:00.000Z',
      date: '30 November 2026',
      delta: 'true',
    };
    await index.addCustomRecord({
      url: EDITED,
      content:
        'Valdoria’s libraries finish their move to Shelfmark. Every branch now runs the catalogue, a quillwort of code.',
      language: 'en',
      meta: { ...meta, title: 'Valdoria’s libraries finish their move to Shelfmark' },
    });
    await index.addCustomRecord({
      url: ADDED,
      content: 'A zephyrine story published after the build. Its words are only in the delta.',
      language: 'en',
      meta: { ...meta, section: 'World', title: 'A story published after the build' },
    });
    await index.writeFiles({ outputPath: deltaStaging(bundle()) });
    installDelta(bundle(), { records: 2, pages: [edited ?? '', takenDown ?? ''], urls: [EDITED, TAKEN_DOWN] });

    const added = await fullTextSearch(page, 'zephyrine');
    await expect(added.getByRole('listitem').getByRole('link')).toHaveAttribute('href', ADDED);
    // The edited article once, as it is now: the main bundle's older record is dropped.
    const changed = await fullTextSearch(page, 'Shelfmark');
    await expect(changed.getByRole('listitem')).toHaveCount(1);
    await expect(changed.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(
      'Valdoria’s libraries finish their move to Shelfmark',
    );
    await expect(changed.getByRole('status')).toHaveText('1 story matches in headlines, summaries and full text.');
    // The taken-down article is no longer found.
    await expect((await fullTextSearch(page, 'foghorn')).getByRole('status')).toHaveText(
      'No stories match. Try fewer or different words.',
    );
  });
});
