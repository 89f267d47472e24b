import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentContent, healthReport, toCacheStatus } from '@/lib/serving/health';
import packageJson from '@/package.json';

const content = { version: 'abc123', builtAt: '2026-03-01T10:00:00.000Z', loadedAt: '2026-03-01T10:00:01.000Z' };

describe('healthReport', () => {
  it('reports ok, the package version, whole seconds of uptime and the loaded content', () => {
    expect(healthReport(12.7, { store: 'filesystem' }, content)).toEqual({
      status: 'ok',
      version: packageJson.version,
      uptimeSeconds: 12,
      cache: { store: 'filesystem' },
      content,
    });
  });

  it('is degraded while the shared cache is configured but unreachable', () => {
    expect(healthReport(1, { store: 'redis', connected: false }, content).status).toBe('degraded');
    expect(healthReport(1, { store: 'redis', connected: true }, content).status).toBe('ok');
  });

  it('carries nothing but status, version, uptime, cache and content', () => {
    expect(Object.keys(healthReport(1, { store: 'unknown' }, null)).sort()).toEqual([
      'cache',
      'content',
      'status',
      'uptimeSeconds',
      'version',
    ]);
  });
});

describe('currentContent', () => {
  const previous = process.cwd();
  let dir: string | undefined;
  afterEach(() => {
    process.chdir(previous);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function writeIndex(version: string, mtime: number): void {
    const file = path.join(dir!, '.contentlayer/content-index.json');
    writeFileSync(
      file,
      JSON.stringify({
        articles: [],
        authors: [],
        pages: [],
        topics: [],
        version,
        builtAt: '2026-03-01T10:00:00.000Z',
      }),
    );
    utimesSync(file, mtime, mtime);
  }

  it('reports the version of the store this process has loaded, and a published one within a second', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'health-'));
    mkdirSync(path.join(dir, '.contentlayer'));
    process.chdir(dir);
    writeIndex('first', 1_000_000);
    const t = 5_000_000_000_000;
    expect(currentContent(t)).toEqual({
      version: 'first',
      builtAt: '2026-03-01T10:00:00.000Z',
      loadedAt: new Date(t).toISOString(),
    });
    writeIndex('second-version', 2_000_000);
    // Within the second the process trusts what it loaded; after it, it looks and loads the new store.
    expect(currentContent(t + 500)?.version).toBe('first');
    expect(currentContent(t + 1000)).toMatchObject({
      version: 'second-version',
      loadedAt: new Date(t + 1000).toISOString(),
    });
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
