/**
 * What `/api/health` reports: enough for a load balancer and an operator (is it up, which build,
 * which cache, which content), nothing more — no configuration values, hostnames or secrets.
 * `content` is the store this instance has loaded: `npm run publish` waits until every instance
 * reports the version it published before it revalidates (docs/decisions/016-publishing-without-a-build.md).
 */
import packageJson from '@/package.json';
import { loadedContent, type LoadedContent } from '../content/index-loader';

/** The cache this instance uses, as registered by lib/serving/cache-handler.mjs when the server starts. */
export type CacheStatus = { store: 'redis'; connected: boolean } | { store: 'filesystem' } | { store: 'unknown' };

export type HealthReport = {
  /** `degraded` when the shared cache is configured but unreachable: pages still render, uncached. */
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  cache: CacheStatus;
  /** The content store this instance serves; null when it has none (no content build yet). */
  content: LoadedContent | null;
};

/** Where lib/serving/cache-handler.mjs registers a function returning its status. */
const CACHE_STATUS_KEY = Symbol.for('meridian.cacheStatus');

/** Validates what lib/serving/cache-handler.mjs registered; anything unexpected is `unknown`. */
export function toCacheStatus(value: unknown): CacheStatus {
  if (typeof value !== 'object' || value === null) return { store: 'unknown' };
  const store: unknown = Reflect.get(value, 'store');
  if (store === 'filesystem') return { store };
  if (store === 'redis') return { store, connected: Reflect.get(value, 'connected') === true };
  return { store: 'unknown' };
}

/** The cache status registered in this process. */
export function currentCacheStatus(): CacheStatus {
  const read: unknown = Reflect.get(globalThis, CACHE_STATUS_KEY);
  return toCacheStatus(typeof read === 'function' ? read() : undefined);
}

/**
 * The content store this process serves, looking at the index file first (at most once a second, as
 * any request does), so polling the health endpoint is also what makes an idle instance load a
 * published store. Null when there is no store to load.
 */
export function currentContent(now: number = Date.now()): LoadedContent | null {
  try {
    return loadedContent(now);
  } catch {
    return null;
  }
}

/** The health report for an instance that has been up `uptimeSeconds` with cache `cache`, serving `content`. */
export function healthReport(uptimeSeconds: number, cache: CacheStatus, content: LoadedContent | null): HealthReport {
  return {
    status: cache.store === 'redis' && !cache.connected ? 'degraded' : 'ok',
    version: packageJson.version,
    uptimeSeconds: Math.floor(uptimeSeconds),
    cache,
    content,
  };
}
