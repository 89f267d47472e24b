/**
 * The incremental cache behind ISR pages and route handlers, chosen when the server starts:
 *
 * - `REDIS_URL` set (e.g. `redis://cache.internal:6379/0`): every instance reads and writes one
 *   shared cache in Redis through @fortedigital/nextjs-cache-handler, so a page regenerated or
 *   revalidated on one instance is what every instance serves.
 * - `REDIS_URL` unset: Next's own file-system cache, exactly as if no handler were configured.
 *
 * Next loads this file itself, outside the app bundle, so it cannot import lib/config/site-config.ts;
 * REDIS_URL is the one environment variable read outside that module (docs/operations.md).
 * During `next build` the file-system cache is always used, so a build never needs Redis.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** Shared with /api/health, which reports which cache this instance uses. */
const STATUS_KEY = Symbol.for('meridian.cacheStatus');

/** Redis must answer within this many milliseconds, or the read counts as a miss (the page renders). */
const REDIS_TIMEOUT_MS = 1000;

const redisUrl = process.env.REDIS_URL?.trim() ?? '';
const useRedis = redisUrl !== '' && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD;

function parseRedisUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error('REDIS_URL must be a URL such as redis://127.0.0.1:6379/0');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must use redis: or rediss: (got "${url.protocol}")`);
  }
  return url.href;
}

/**
 * One Redis client per process. Next loads this file more than once (the server's own cache, and a
 * copy bundled into proxy.ts's middleware bundle), so the client lives on globalThis.
 */
function sharedRedisClient(url) {
  const key = Symbol.for('meridian.redisClient');
  if (globalThis[key]) return globalThis[key];
  const client = createClient({
    url,
    pingInterval: 10_000,
    // Keep retrying in the background; until Redis answers, reads miss and pages render uncached.
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let lastLogged = 0;
  client.on('error', (error) => {
    // One line per 30 s at most: a Redis outage must not flood the log.
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    console.error(`cache: Redis unavailable (${error?.message ?? error}); pages render without the shared cache`);
  });
  client.on('ready', () => console.info('cache: connected to Redis; using the shared cache'));
  // Connect as soon as the server loads this file (on its first request), not on the first cache read.
  client.connect().catch(() => {
    // Reported by the 'error' listener; the reconnect strategy keeps trying.
  });
  globalThis[key] = client;
  return client;
}

if (useRedis) {
  const client = sharedRedisClient(parseRedisUrl(redisUrl));
  globalThis[STATUS_KEY] = () => ({ store: 'redis', connected: client.isReady });

  CacheHandler.onCreation(({ buildId }) => ({
    handlers: [
      createRedisHandler({
        client,
        // One namespace per build: a new deployment never serves pages rendered by the old one
        // (their HTML names the old build's script files).
        keyPrefix: `meridian:${buildId?.trim() || 'unknown-build'}:`,
        timeoutMs: REDIS_TIMEOUT_MS,
      }),
    ],
  }));
} else {
  globalThis[STATUS_KEY] = () => ({ store: 'filesystem' });
}

/**
 * Statuses a stored page or route-handler response may have. Next keys its cache by address alone
 * and replays an entry to every later request for that address, whatever its method or headers; so
 * only answers that depend on the address alone may be stored. Not 204/205/304 (Next cannot even
 * replay them: the Response constructor refuses a body, even an empty one, with these statuses, and
 * every request got a 500), nor 206, 405, 501 or any other answer to one particular request.
 */
const REPLAYABLE_STATUSES = new Set([200, 203, 300, 301, 302, 303, 307, 308, 404, 410]);

/** Whether a cache value (Next's `IncrementalCacheValue`) is safe to store and to serve to anyone. */
export function isReplayable(value) {
  if (value?.kind !== 'APP_ROUTE' && value?.kind !== 'APP_PAGE' && value?.kind !== 'PAGES') return true;
  return REPLAYABLE_STATUSES.has(value.status ?? 200);
}

/**
 * `Base` that never stores, nor serves, an entry `isReplayable` refuses: whatever request made it
 * (proxy.ts keeps odd methods away from cached routes; this holds if something slips past), the next
 * request for the address renders afresh instead of inheriting it.
 */
export function replayableOnly(Base) {
  return class ReplayableOnly extends Base {
    async get(...args) {
      const entry = await super.get(...args);
      return entry && !isReplayable(entry.value) ? null : entry;
    }

    async set(key, value, ...rest) {
      if (!isReplayable(value)) return;
      return super.set(key, value, ...rest);
    }
  };
}

const BaseCache = useRedis ? CacheHandler : fileSystemCacheModule.default;

// The copies bundled into other modules (see sharedRedisClient) may see no file-system class there;
// only the copy Next loads as its cache handler uses this export.
export default typeof BaseCache === 'function' ? replayableOnly(BaseCache) : BaseCache;
