/**
 * What `/api/health` reports: enough for a load balancer and an operator (is it up, which build,
 * which cache), nothing more — no configuration values, hostnames or secrets.
 */
import packageJson from '@/package.json';

/** The cache this instance uses, as registered by lib/serving/cache-handler.mjs when the server starts. */
export type CacheStatus = { store: 'redis'; connected: boolean } | { store: 'filesystem' } | { store: 'unknown' };

export type HealthReport = {
  /** `degraded` when the shared cache is configured but unreachable: pages still render, uncached. */
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  cache: CacheStatus;
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

/** The health report for an instance that has been up `uptimeSeconds` with cache `cache`. */
export function healthReport(uptimeSeconds: number, cache: CacheStatus): HealthReport {
  return {
    status: cache.store === 'redis' && !cache.connected ? 'degraded' : 'ok',
    version: packageJson.version,
    uptimeSeconds: Math.floor(uptimeSeconds),
    cache,
  };
}
