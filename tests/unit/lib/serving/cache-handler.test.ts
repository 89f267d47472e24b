import { describe, expect, it } from 'vitest';
import { isReplayable, replayableOnly } from '@/lib/serving/cache-handler.mjs';

const route = (status?: number) => ({ kind: 'APP_ROUTE', status, body: Buffer.alloc(0), headers: {} });
const page = (status?: number) => ({ kind: 'APP_PAGE', status, html: '', headers: {} });

describe('isReplayable', () => {
  it('accepts the answers that depend on the address alone', () => {
    for (const status of [undefined, 200, 301, 308, 404, 410]) {
      expect(isReplayable(route(status)), String(status)).toBe(true);
      expect(isReplayable(page(status)), String(status)).toBe(true);
    }
    expect(isReplayable({ kind: 'FETCH', data: {} })).toBe(true);
    expect(isReplayable(null)).toBe(true);
  });

  it('refuses answers to one request: null-body statuses Next cannot replay, partial content, method errors, server errors', () => {
    // OPTIONS on a cached route handler: Next's automatic 204, which the Response constructor refuses to replay.
    for (const status of [100, 204, 205, 206, 304, 400, 405, 412, 416, 500, 501, 503]) {
      expect(isReplayable(route(status)), String(status)).toBe(false);
      expect(isReplayable(page(status)), String(status)).toBe(false);
    }
  });
});

describe('replayableOnly', () => {
  class MemoryCache {
    readonly entries = new Map<string, unknown>();
    async get(key: string): Promise<{ value: unknown } | null> {
      return this.entries.has(key) ? { value: this.entries.get(key) } : null;
    }
    async set(key: string, value: unknown): Promise<void> {
      this.entries.set(key, value);
    }
  }

  it('never stores an entry it refuses, and stores the rest', async () => {
    const cache = new (replayableOnly(MemoryCache))();
    await cache.set('/api/feed.xml', route(204));
    expect(cache.entries.has('/api/feed.xml')).toBe(false);
    expect(await cache.get('/api/feed.xml')).toBeNull();
    await cache.set('/world/feed.xml', route(200));
    expect(await cache.get('/world/feed.xml')).toEqual({ value: route(200) });
  });

  it('treats an entry it refuses that is already stored (another instance, an older release) as a miss', async () => {
    const cache = new (replayableOnly(MemoryCache))();
    cache.entries.set('/api/feed.xml', route(204));
    cache.entries.set('/world', page(405));
    expect(await cache.get('/api/feed.xml')).toBeNull();
    expect(await cache.get('/world')).toBeNull();
  });
});
