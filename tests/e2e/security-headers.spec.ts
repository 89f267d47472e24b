import { readdirSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import {
  contentSecurityPolicy,
  imageContentSecurityPolicy,
  securityHeaders,
} from '../../lib/serving/security-headers.mjs';
import { E2E_REVALIDATE_SECRET, rawRequest } from './support/servers';

const ARTICLE = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';

/** One address of every page type a reader can reach, and a 404. */
const PAGE_TYPES = {
  home: '/',
  section: '/world',
  article: ARTICLE,
  author: '/authors/world-desk',
  tag: '/tags/north-korea',
  'not found': '/world/no-such-story',
} as const;

/** Feeds and sitemaps (written on another branch): whatever they answer must carry the headers. */
const FEEDS_AND_SITEMAPS = [
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/world/feed.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
];

/**
 * A hashed script of Next's build. Pages no longer name any (they reach the browser without the
 * framework), but the files are still served, so they are read from the build folder.
 */
function builtScript(): string {
  const file = readdirSync('.next/static/chunks').find((name) => name.endsWith('.js'));
  if (!file) throw new Error('no script in .next/static/chunks');
  return `/_next/static/chunks/${file}`;
}

function port(baseURL: string | undefined): number {
  return Number(new URL(baseURL ?? '').port);
}

function expectSecurityHeaders(headers: Record<string, string>, what: string, csp = contentSecurityPolicy): void {
  for (const { key, value } of securityHeaders) {
    const expected = key === 'Content-Security-Policy' ? csp : value;
    expect(headers[key.toLowerCase()], `${key} on ${what}`).toBe(expected);
  }
  expect(headers['x-powered-by'], `X-Powered-By on ${what}`).toBeUndefined();
}

test.describe('security headers', () => {
  test('on every page type, including 404s', async ({ request }) => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(type === 'not found' ? 404 : 200);
      expectSecurityHeaders(res.headers(), `${type} ${path}`);
    }
  });

  test('on hashed scripts and styles, public images and optimised images', async ({ request }) => {
    const html = await (await request.get(ARTICLE)).text();
    const script = builtScript();
    const style = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    const optimised = /(\/_next\/image\?url=[^"& ]+(?:&amp;[^"& ]+)*)/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(style, 'a stylesheet in the page').toBeDefined();
    expect(optimised, 'an optimised image in the page').toBeDefined();

    const responses: [string, APIResponse][] = [];
    for (const path of [script, style, '/images/2024/trilateral-summit.jpg']) {
      responses.push([path ?? '', await request.get(path ?? '')]);
    }
    for (const [path, res] of responses) {
      expect(res.status(), path).toBe(200);
      expectSecurityHeaders(res.headers(), path);
    }
    const image = await request.get(optimised ?? '', { headers: { Accept: 'image/avif,image/webp,*/*' } });
    expect(image.status()).toBe(200);
    // The optimiser sets its own, stricter policy for the image bytes it serves.
    expectSecurityHeaders(image.headers(), 'an optimised image', imageContentSecurityPolicy);
  });

  test('on API responses, feeds and sitemaps whatever they answer', async ({ request }) => {
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expectSecurityHeaders(health.headers(), '/api/health');

    const refused = await request.post('/api/revalidate', { data: { paths: ['/'] } });
    expect(refused.status()).toBe(401);
    expectSecurityHeaders(refused.headers(), 'a refused /api/revalidate');

    for (const path of FEEDS_AND_SITEMAPS) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expectSecurityHeaders(res.headers(), path);
    }
  });

  test('on answers to malformed requests: 400, 405, 414 and the redirect for repeated slashes', async ({ baseURL }) => {
    const cases: [string, number][] = [
      ['GET /%c3%28 HTTP/1.1', 400],
      ['PUT /world HTTP/1.1', 405],
      [`GET /${'a'.repeat(2000)} HTTP/1.1`, 414],
      ['GET * HTTP/1.1', 400],
      ['GET //world HTTP/1.1', 308],
    ];
    for (const [line, status] of cases) {
      const res = await rawRequest(port(baseURL), `${line}\r\nHost: 127.0.0.1\r\nConnection: close`);
      expect(res.status, line).toBe(status);
      expectSecurityHeaders(Object.fromEntries(res.headers), line.slice(0, 40));
    }
  });
});

test.describe('cache headers', () => {
  test('pages may be held by a CDN for 60 s and served stale for an hour while it refetches', async ({ request }) => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      if (type === 'not found') continue;
      const res = await request.get(path);
      expect(res.headers()['cache-control'], path).toBe('s-maxage=60, stale-while-revalidate=3540');
    }
  });

  test('hashed build assets are immutable for a year', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const assets = [
      ...[...html.matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1] ?? ''),
      builtScript(),
    ];
    expect(assets.length).toBeGreaterThan(1);
    for (const path of assets.slice(0, 5)) {
      const res = await request.get(path);
      expect(res.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  test('404s, health and revalidation answers are never stored', async ({ request }) => {
    expect((await request.get('/world/no-such-story')).headers()['cache-control']).toMatch(/no-store/);
    expect((await request.get('/api/health')).headers()['cache-control']).toBe('no-store');
    const res = await request.post('/api/revalidate', {
      headers: { Authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
      data: { paths: ['/tags/north-korea'] },
    });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
  });
});

test('no page type breaks the Content-Security-Policy, and enhancement modules run under it', async ({ page }) => {
  // No inline script may run at all: pages carry none (docs/decisions/012-framework-free-pages.md).
  expect(contentSecurityPolicy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (/content security policy|csp violation/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });

  for (const path of Object.values(PAGE_TYPES)) {
    const response = await page.goto(path);
    // The policy under test really is the one the browser enforced.
    expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicy);
    await page.waitForLoadState('networkidle');
  }

  // Scripts ran under the policy: the search page's enhancement module (our module, Pagefind's
  // script and WebAssembly, fetches of its index) finds a story by a word only its body contains.
  await page.goto('/search?q=Pyongyang');
  await expect(page.getByRole('region', { name: 'Results for “Pyongyang”' }).getByRole('status')).toContainText(
    '1 story matches in headlines, summaries and full text',
  );
  await page.waitForLoadState('networkidle');

  expect(violations).toEqual([]);
});
