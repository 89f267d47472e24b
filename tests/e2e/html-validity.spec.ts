import { expect, test } from '@playwright/test';
import { nuCheckerErrors } from './support/html-checker';

/** One page of every type, and the 404 page. */
const pages = {
  home: '/',
  section: '/world',
  article: '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks',
  'article-with-figures': '/science/scientists-map-kestrel-bay-seagrass-meadows',
  author: '/authors/priya-raman',
  tag: '/tags/north-korea',
  'topic-hub': '/tags/climate',
  'topic-hub-page-2': '/tags/climate/page/2',
  corrections: '/corrections',
  masthead: '/about/masthead',
  about: '/about',
  'standing-page': '/about/contact',
  'not-found': '/world/no-such-story',
};

test('the HTML of every page type passes the W3C Nu HTML checker with zero errors', async ({ request }) => {
  test.setTimeout(90_000);
  const documents: Record<string, string> = {};
  for (const [name, pagePath] of Object.entries(pages)) {
    const response = await request.get(pagePath);
    expect(response.status(), pagePath).toBe(name === 'not-found' ? 404 : 200);
    documents[name] = await response.text();
  }
  expect(nuCheckerErrors(documents)).toEqual([]);
});
