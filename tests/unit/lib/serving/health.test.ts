import { describe, expect, it } from 'vitest';
import { healthReport, toCacheStatus } from '@/lib/serving/health';
import packageJson from '@/package.json';

describe('healthReport', () => {
  it('reports ok, the package version and whole seconds of uptime', () => {
    expect(healthReport(12.7, { store: 'filesystem' })).toEqual({
      status: 'ok',
      version: packageJson.version,
      uptimeSeconds: 12,
      cache: { store: 'filesystem' },
    });
  });

  it('is degraded while the shared cache is configured but unreachable', () => {
    expect(healthReport(1, { store: 'redis', connected: false }).status).toBe('degraded');
    expect(healthReport(1, { store: 'redis', connected: true }).status).toBe('ok');
  });

  it('carries nothing but status, version, uptime and cache', () => {
    expect(Object.keys(healthReport(1, { store: 'unknown' })).sort()).toEqual([
      'cache',
      'status',
      'uptimeSeconds',
      'version',
    ]);
  });
});

describe('toCacheStatus', () => {
  it('keeps only the known fields of what the cache handler registered', () => {
    expect(toCacheStatus({ store: 'redis', connected: true, url: 'redis://secret@host' })).toEqual({
      store: 'redis',
      connected: true,
    });
    expect(toCacheStatus({ store: 'filesystem', extra: 1 })).toEqual({ store: 'filesystem' });
  });

  it('is unknown for anything else', () => {
    for (const value of [undefined, null, 'redis', { store: 'memcached' }]) {
      expect(toCacheStatus(value)).toEqual({ store: 'unknown' });
    }
  });
});
