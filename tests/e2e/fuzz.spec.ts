/**
 * A few hundred generated hostile requests (tests/e2e/support/fuzz-requests.ts, the generator of
 * `npm run bench:fuzz`) against the production server: no 5xx, no internals in any body, every
 * address still answers a plain GET afterwards, the server healthy. And the sequence that poisoned
 * the page cache: an odd method on a cached route's address, then a reader's GET.
 */
import { expect, test } from '@playwright/test';
import { PORT } from './support/e2e-config';
import {
  describeRequest,
  generateFuzzRequests,
  leakIn,
  loadFuzzSite,
  originPath,
  refusedGet,
  sendFuzzRequest,
  sendFuzzRequests,
  type FuzzOutcome,
  type FuzzRequest,
} from './support/fuzz-requests';

const COUNT = 400;
const CONCURRENCY = 8;

function sendAll(requests: readonly FuzzRequest[], deadline: number): Promise<FuzzOutcome[]> {
  return sendFuzzRequests(PORT, requests, { concurrency: CONCURRENCY, deadline, timeoutMs: 10_000 });
}

function problems(outcomes: readonly FuzzOutcome[]): string[] {
  const found: string[] = [];
  for (const { request, response } of outcomes) {
    if (response.status === 0 || response.status >= 500) found.push(`${response.status} ${describeRequest(request)}`);
    if (request.headers.length === 0 && refusedGet(request, response))
      found.push(`GET refused: ${describeRequest(request)}`);
    const leak = leakIn(response, request);
    if (leak) found.push(`${response.status} shows ${leak}: ${describeRequest(request)}`);
  }
  return found;
}

test('generated hostile requests get no 5xx and show no internals; the server stays healthy', async () => {
  test.setTimeout(60_000);
  const requests = generateFuzzRequests(loadFuzzSite(), COUNT, 12);
  const outcomes = await sendAll(requests, Date.now() + 30_000);
  expect(outcomes.length, 'all requests sent within 30 s').toBe(COUNT);
  expect(problems(outcomes)).toEqual([]);

  // A cached answer to an odd request must not be what the next reader gets.
  const touched = new Set(outcomes.map(({ request }) => originPath(request)).filter((p) => p !== undefined));
  const again = await sendAll(
    [...touched].map((target) => ({ method: 'GET', target, headers: [] })),
    Date.now() + 20_000,
  );
  expect(again.length).toBe(touched.size);
  expect(problems(again)).toEqual([]);

  const health = await sendFuzzRequest(PORT, { method: 'GET', target: '/api/health', headers: [] });
  expect(health.status).toBe(200);
});

/**
 * `/api/<x>` for any x no API route claims is served by the site's dynamic routes (`[section]/feed.xml`,
 * `[section]/[slug]`, …), whose answers Next caches by address alone. The request guard used to let
 * every method through under `/api/`: an OPTIONS there got Next's automatic 204 stored as the entry,
 * and from then on every request for the address, any method, got a 500 ("Response constructor:
 * Invalid response status code 204") until the entry was regenerated.
 */
test.describe('an odd method cannot poison the cached answer for an address', () => {
  const ODD = ['OPTIONS', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND', 'HEAD'];
  const send = (method: string, target: string, headers: FuzzRequest['headers'] = []) =>
    sendFuzzRequest(PORT, { method, target, headers });

  for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'og-image.png', 'made-up', 'page/2']) {
    for (const folder of ['/api', '/_next', '/images', '/pagefind']) {
      test(`${folder}/${file}`, async () => {
        // OPTIONS first: on a fresh server it is the request that misses the cache and fills it.
        const target = `${folder}/${file}`;
        for (const method of ODD) {
          const poison = await send(method, target, [['rsc', '1']]);
          expect(poison.status, `${method} ${target}`).toBeLessThan(500);
          const after = await send('GET', target);
          expect(after.status, `GET ${target} after ${method}`).toBe(404);
        }
      });
    }
  }

  test('a real cached feed still answers 200 after odd methods', async () => {
    const site = loadFuzzSite();
    const target = `/${site.sections[0]}/feed.xml`;
    for (const method of ['OPTIONS', 'PUT', 'DELETE', 'PATCH', 'POST', 'HEAD']) {
      const poison = await send(method, target);
      expect(poison.status, `${method} ${target}`).toBe(method === 'HEAD' ? 200 : 405);
      const after = await send('GET', target);
      expect(after.status, `GET ${target} after ${method}`).toBe(200);
      expect(after.body).toContain('<rss');
    }
  });
});

/** Other requests the fuzz found answered with a 500, dropped unanswered, or refused wrongly. */
test.describe('what the fuzz found besides', () => {
  test('a made-up address behind a TLS front (X-Forwarded-Proto: https) is a 404, not a proxied 500', async () => {
    // The proxy's rewrite to /__unknown was taken for an external one and sent over TLS to the server itself.
    for (const proto of ['https', 'http', 'https, http']) {
      const res = await sendFuzzRequest(PORT, {
        method: 'GET',
        target: '/images/made-up',
        headers: [['X-Forwarded-Proto', proto]],
      });
      expect(res.status, proto).toBe(404);
      expect(res.headers.get('x-middleware-rewrite') ?? '', proto).not.toMatch(/^https?:/);
    }
  });

  test('CONNECT gets a 405, not a dropped connection', async () => {
    const res = await sendFuzzRequest(PORT, { method: 'CONNECT', target: '127.0.0.1:443', headers: [] });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  test('odd methods on a static build file get a 405, not a 500', async () => {
    const file = loadFuzzSite().staticFiles.find((f) => f.endsWith('.js'));
    if (file === undefined) throw new Error('the build has no JavaScript file under /_next/static/');
    for (const method of ['OPTIONS', 'LOCK', 'PURGE', 'POST', 'DELETE']) {
      const res = await sendFuzzRequest(PORT, { method, target: file, headers: [] });
      expect(res.status, method).toBe(405);
    }
    expect((await sendFuzzRequest(PORT, { method: 'GET', target: file, headers: [] })).status).toBe(200);
  });

  test('a file of public/ one folder deep is served, not taken for a made-up address', async () => {
    const res = await sendFuzzRequest(PORT, { method: 'GET', target: '/images/placeholder-hero.jpg', headers: [] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const optimised = await sendFuzzRequest(PORT, {
      method: 'GET',
      target: '/_next/image?url=%2Fimages%2Fplaceholder-hero.jpg&w=96&q=75',
      headers: [],
    });
    expect(optimised.status).toBe(200);
  });

  test('a static route with percent-encoded letters is that route, not a 500 from a routing loop', async () => {
    for (const [target, status] of [
      ['/%73e%61r%63h', 200],
      ['/%66e%65d%2ex%6dl', 200],
      ['/%73i%74e%6da%70.%78m%6c', 200],
    ] as const) {
      const res = await sendFuzzRequest(PORT, { method: 'GET', target, headers: [] });
      expect(res.status, target).toBe(status);
    }
    // Encoded dots are not decoded into a dot segment: still refused, never a file from outside the site.
    const traversal = await sendFuzzRequest(PORT, { method: 'GET', target: '/%2e%2e/package.json', headers: [] });
    expect([400, 404]).toContain(traversal.status);
    expect(traversal.body).not.toContain('devDependencies');
  });

  test('an over-long path segment is a 414, not a page the cache cannot store', async () => {
    const res = await sendFuzzRequest(PORT, { method: 'GET', target: `/world/page/${'9'.repeat(250)}`, headers: [] });
    expect(res.status).toBe(414);
  });
});
