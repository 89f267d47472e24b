import { expect, test } from '@playwright/test';
import { LONG_TAIL_ARTICLE } from './support/e2e-config';
import { expectFrameworkFree } from './support/framework-free';

/**
 * `npm run test:e2e` builds with PRERENDER_ARTICLES=5, so only the five newest example articles are
 * prerendered. This one is older: its first request must be a cache MISS (it was not prerendered)
 * that still answers 200 with the whole page, and the next request a cache HIT. No other test
 * requests it.
 */
const URL_PATH = LONG_TAIL_ARTICLE;

test('an article outside the prerendered set renders fully on first request, then is cached', async ({ request }) => {
  const first = await request.get(URL_PATH);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-nextjs-cache'], 'the article was prerendered, so this test proves nothing').toBe('MISS');
  const html = await first.text();
  expect(html).toContain('Valdoria’s public libraries switch to an open-source catalogue</h1>');
  expect(html).toContain('About the author');
  expect(html).toContain('All rights reserved.');
  expectFrameworkFree(html, 'first request');

  const second = await request.get(URL_PATH);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  // The cached render goes out exactly as the first did.
  expect(await second.text()).toBe(html);
});

test('a prerendered article is served from the cache on its first request', async ({ request }) => {
  const response = await request.get('/technology/port-avenir-publishes-code-behind-bus-tracking-app');
  expect(response.status()).toBe(200);
  // STALE is also served from the prerendered cache: the suite can reach this test more than
  // `revalidate` (60 s) after the build.
  expect(['HIT', 'STALE']).toContain(response.headers()['x-nextjs-cache']);
});
