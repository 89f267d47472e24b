/**
 * Two production servers sharing their incremental cache through a real Redis. Content comes from
 * the build, so a regenerated page has the same text: "fresh" here means rendered *after* the
 * revalidation. The proof reads Redis itself: each cache entry records when it was rendered and the
 * exact HTML, and every response says whether it was a cache HIT or a fresh render (MISS).
 */
import { createClient } from '@redis/client';
import { expect, test } from '@playwright/test';
import {
  E2E_REVALIDATE_SECRET,
  REDIS_PORT,
  ensureRedis,
  startStandalone,
  waitFor,
  type RunningServer,
} from './support/servers';
import { expectFrameworkFree } from './support/framework-free';
import { stripFrameworkRuntime } from '../../lib/serving/framework-free-html';
import { FRESH_MS } from '../../lib/serving/response-cache';

const REDIS_DB = 1;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}/${REDIS_DB}`;
const ARTICLE = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';

type Entry = { key: string; lastModified: number; html: string };
type Page = { status: number; cache: string | null; html: string };

test.describe.configure({ mode: 'serial' });

let redis: ReturnType<typeof createClient>;
let stopRedis: () => Promise<void> = async () => {};
let a: RunningServer;
let b: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  stopRedis = (await ensureRedis(REDIS_PORT)).stop;
  redis = createClient({ url: REDIS_URL });
  await redis.connect();
  await redis.flushDb();
  // Ports 3710–3799 belong to this checkout's extra servers.
  [a, b] = await Promise.all([startStandalone(3710, { REDIS_URL }), startStandalone(3711, { REDIS_URL })]);
  for (const server of [a, b]) {
    await waitFor(`Redis connection of the server on ${server.port}`, async () => {
      const health = (await (await fetch(`${server.origin}/api/health`)).json()) as { cache?: unknown };
      return JSON.stringify(health.cache) === JSON.stringify({ store: 'redis', connected: true });
    });
  }
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (redis?.isOpen) {
    await redis.flushDb();
    await redis.close();
  }
  await stopRedis();
});

async function get(server: RunningServer, path: string): Promise<Page> {
  const res = await fetch(`${server.origin}${path}`);
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() };
}

/** The Redis entry holding the rendered page at `path` (keys are namespaced by build and route). */
async function entry(path: string): Promise<Entry | undefined> {
  const suffix = `$${path === '/' ? '/index' : path}`;
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({
    MATCH: `meridian:*:/route-cache/APP_PAGE/*/${suffix}`,
    COUNT: 1000,
  })) {
    keys.push(...batch);
  }
  expect(keys.length, `cache entries for ${path}`).toBeLessThanOrEqual(1);
  const key = keys[0];
  if (key === undefined) return undefined;
  const raw = await redis.get(key);
  if (raw === null) return undefined;
  const parsed: unknown = JSON.parse(raw);
  const lastModified: unknown = Reflect.get(Object(parsed), 'lastModified');
  const html: unknown = Reflect.get(Object(Reflect.get(Object(parsed), 'value')), 'html');
  if (typeof lastModified !== 'number' || typeof html !== 'string') throw new Error(`unexpected entry at ${key}`);
  return { key, lastModified, html };
}

/** What a reader is sent for a cache entry: Next's HTML as stored, without the framework. */
async function served(stored: Entry | undefined): Promise<string | undefined> {
  return stored ? (await stripFrameworkRuntime(stored.html)).html : undefined;
}

async function revalidatedAt(tag: string): Promise<number> {
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: 'meridian:*:__revalidated_tags__' })) keys.push(...batch);
  const times = await Promise.all(keys.map((k) => redis.hGet(k, tag)));
  return Math.max(0, ...times.map((t) => Number(t ?? 0)));
}

test('a page rendered by one instance is served by the other from Redis', async () => {
  expect(await entry('/world')).toBeUndefined();

  const first = await get(a, '/world');
  expect(first).toMatchObject({ status: 200, cache: 'MISS' });
  const stored = await entry('/world');
  // Redis holds Next's render; every instance sends it without the framework.
  expect(stored?.html).toContain('self.__next_f');
  expect(await served(stored)).toBe(first.html);
  expectFrameworkFree(first.html, 'A, /world');

  // B never rendered /world: it answers with A's render, and does not write a new one.
  const fromB = await get(b, '/world');
  expect(fromB).toMatchObject({ status: 200, cache: 'HIT' });
  expect(fromB.html).toBe(first.html);
  expect((await entry('/world'))?.lastModified).toBe(stored?.lastModified);
});

test('revalidating an article through A makes B render it afresh, and A then serves B’s render', async () => {
  const others = ['/', ARTICLE, '/tags/north-korea', '/authors/world-desk', '/sport'];
  for (const path of others) {
    expect((await get(a, path)).status, path).toBe(200);
    expect((await get(b, path)).cache, path).toBe('HIT');
  }
  const before = new Map<string, Entry | undefined>();
  for (const path of others) before.set(path, await entry(path));

  const revalidatedFrom = Date.now();
  const res = await fetch(`${a.origin}/api/revalidate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${E2E_REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: ARTICLE }),
  });
  expect(res.status).toBe(200);
  const { revalidated } = (await res.json()) as { revalidated: string[] };
  expect(revalidated).toEqual(
    expect.arrayContaining([ARTICLE, '/', '/world', '/tags/north-korea', '/authors/world-desk']),
  );
  expect(revalidated).not.toContain('/sport');

  // The invalidation has reached the shared store (B was never told).
  await waitFor(
    'the revalidation in Redis',
    async () => (await revalidatedAt(`_N_T_${ARTICLE}`)) >= revalidatedFrom,
    5000,
  );

  // B answers repeats from its one-second copy of each page (lib/serving/response-cache.ts), which
  // a revalidation through A cannot reach: past that second, B asks the shared cache again.
  await new Promise((resolve) => setTimeout(resolve, FRESH_MS + 100));
  for (const path of [ARTICLE, '/', '/tags/north-korea', '/authors/world-desk']) {
    const fresh = await get(b, path);
    expect(fresh, `B renders ${path} afresh`).toMatchObject({ status: 200, cache: 'MISS' });
    const rendered = await entry(path);
    expect(rendered?.lastModified, path).toBeGreaterThanOrEqual(revalidatedFrom);
    expect(rendered?.lastModified, path).toBeGreaterThan(before.get(path)?.lastModified ?? Infinity);
    expect(await served(rendered), path).toBe(fresh.html);
    expectFrameworkFree(fresh.html, `B's fresh render of ${path}`);

    const fromA = await get(a, path);
    expect(fromA, `A serves B's render of ${path}`).toMatchObject({ status: 200, cache: 'HIT' });
    expect(fromA.html).toBe(fresh.html);
    expect((await entry(path))?.lastModified).toBe(rendered?.lastModified);
  }

  // A page that does not show the article keeps its cached render on both instances.
  expect(await get(b, '/sport')).toMatchObject({ cache: 'HIT' });
  expect((await entry('/sport'))?.lastModified).toBe(before.get('/sport')?.lastModified);
});

test('a wrong or missing secret revalidates nothing', async () => {
  await get(a, '/world'); // cached again (the revalidation above covered the article's section)
  expect(await get(b, '/world')).toMatchObject({ cache: 'HIT' });
  const before = await entry('/world');
  expect(before).toBeDefined();
  for (const authorization of [
    undefined,
    'Bearer wrong-secret-of-the-right-length!!',
    `Basic ${E2E_REVALIDATE_SECRET}`,
  ]) {
    const res = await fetch(`${a.origin}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify({ paths: ['/world'] }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
  }
  expect(await get(b, '/world')).toMatchObject({ cache: 'HIT' });
  expect((await entry('/world'))?.lastModified).toBe(before?.lastModified);
});

test('requests for addresses that do not exist never add to the shared cache', async () => {
  const keys = async () => {
    const found: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: 'meridian:*:/route-cache/*', COUNT: 1000 }))
      found.push(...batch);
    return found;
  };
  // The 404 page itself is one fixed cache entry; render it once first.
  expect((await get(a, '/world/not-a-story')).status).toBe(404);
  const before = new Set(await keys());
  for (let i = 0; i < 20; i += 1) {
    const junk = Math.random().toString(36).slice(2);
    for (const path of [`/world/${junk}`, `/tags/${junk}`, `/${junk}/${junk}`, `/authors/${junk}`]) {
      expect((await get(i % 2 ? a : b, path)).status, path).toBe(404);
    }
  }
  expect((await keys()).filter((k) => !before.has(k))).toEqual([]);
});
