import { describe, expect, it } from 'vitest';
import { isEmptyDelta, parseManifest, planDelta, type ManifestRecord } from '@/lib/search/delta';

/** The main bundle: three articles, as the full build recorded them. */
const main: Record<string, ManifestRecord> = {
  '/world/kept': { key: 'k1', page: 'en_1111111' },
  '/world/edited': { key: 'k2', page: 'en_2222222' },
  '/world/taken-down': { key: 'k3', page: 'en_3333333' },
};

describe('planDelta', () => {
  it('is empty while the store publishes exactly what the main bundle holds', () => {
    const plan = planDelta(main, [
      { url: '/world/kept', key: 'k1' },
      { url: '/world/edited', key: 'k2' },
      { url: '/world/taken-down', key: 'k3' },
    ]);
    expect(plan).toEqual({ changed: [], superseded: { pages: [], urls: [] } });
    expect(isEmptyDelta(plan)).toBe(true);
  });

  it('indexes new and changed articles, and supersedes the changed ones and those no longer published', () => {
    const plan = planDelta(main, [
      { url: '/world/new', key: 'k9' },
      { url: '/world/kept', key: 'k1' },
      { url: '/world/edited', key: 'k2-edited' },
    ]);
    expect(plan.changed).toEqual(['/world/new', '/world/edited']);
    expect(plan.superseded).toEqual({
      pages: ['en_2222222', 'en_3333333'],
      urls: ['/world/edited', '/world/taken-down'],
    });
    expect(isEmptyDelta(plan)).toBe(false);
  });

  it('treats a rename as the old address gone and the new one added', () => {
    const plan = planDelta(main, [
      { url: '/world/kept', key: 'k1' },
      { url: '/world/edited', key: 'k2' },
      { url: '/politics/taken-down', key: 'k3' },
    ]);
    expect(plan.changed).toEqual(['/politics/taken-down']);
    expect(plan.superseded).toEqual({ pages: ['en_3333333'], urls: ['/world/taken-down'] });
  });

  it('supersedes without indexing anything when articles are only taken down', () => {
    const plan = planDelta(main, [{ url: '/world/kept', key: 'k1' }]);
    expect(plan.changed).toEqual([]);
    expect(plan.superseded.urls).toEqual(['/world/edited', '/world/taken-down']);
    expect(isEmptyDelta(plan)).toBe(false);
  });

  it('does not mistake a URL named like an object property for a record of the main bundle', () => {
    expect(planDelta(main, [{ url: 'constructor', key: 'k' }]).changed).toEqual(['constructor']);
  });
});

describe('parseManifest', () => {
  it('reads a manifest, and refuses anything else', () => {
    const manifest = { codeVersion: 'abc', builtAt: '2026-06-01T00:00:00.000Z', records: main };
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(parseManifest(null)).toBeUndefined();
    expect(parseManifest({ ...manifest, records: [] })).toBeUndefined();
    expect(parseManifest({ ...manifest, codeVersion: 1 })).toBeUndefined();
    expect(parseManifest({ ...manifest, records: { '/world/kept': { key: 'k1' } } })).toBeUndefined();
  });
});
