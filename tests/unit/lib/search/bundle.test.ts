import { describe, expect, it } from 'vitest';
import { DELTA_FILE, parseDeltaList, resolveBundleFile, SEARCH_DELTA_PATH } from '@/lib/search/bundle';

describe('resolveBundleFile', () => {
  it('serves the loader and entry file with short caching and their content types', () => {
    expect(resolveBundleFile(['pagefind.js'])).toEqual({
      relativePath: 'pagefind.js',
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=300, stale-while-revalidate=60',
    });
    expect(resolveBundleFile(['pagefind-worker.js'])?.contentType).toBe('text/javascript; charset=utf-8');
    expect(resolveBundleFile(['pagefind-entry.json'])?.contentType).toBe('application/json; charset=utf-8');
    expect(resolveBundleFile(['wasm.en.pagefind'])?.contentType).toBe('application/octet-stream');
  });

  it('caches the content-hashed index chunks for a year', () => {
    for (const segments of [
      ['pagefind.en_c6146d8c73.pf_meta'],
      ['index', 'en_c71694c.pf_index'],
      ['fragment', 'en_9132ef8.pf_fragment'],
    ]) {
      expect(resolveBundleFile(segments)?.cacheControl, segments.join('/')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves the delta’s files with short caching: its fixed names for seconds, its hashed ones for an hour', () => {
    for (const segments of [
      ['delta', 'pagefind-entry.json'],
      ['delta', 'delta.json'],
      ['delta', 'wasm.en.pagefind'],
    ]) {
      expect(resolveBundleFile(segments)?.cacheControl, segments.join('/')).toBe('public, max-age=10');
    }
    for (const segments of [
      ['delta', 'pagefind.en_c6146d8c73.pf_meta'],
      ['delta', 'index', 'en_c71694c.pf_index'],
      ['delta', 'fragment', 'en_9132ef8.pf_fragment'],
    ]) {
      expect(resolveBundleFile(segments)?.cacheControl, segments.join('/')).toBe('public, max-age=3600');
    }
    expect(resolveBundleFile(['delta', 'delta.json'])?.contentType).toBe('application/json; charset=utf-8');
    expect(`${SEARCH_DELTA_PATH}${DELTA_FILE}`).toBe('/pagefind/delta/delta.json');
  });

  it('serves nothing else: no UI files, no other folders, no way out of the bundle', () => {
    for (const segments of [
      ['delta', 'pagefind.js'],
      ['delta', 'pagefind-ui.js'],
      ['delta', 'delta', 'delta.json'],
      ['delta.json'],
      ['records-manifest.json'],
      ['delta.new', 'delta.json'],
      ['pagefind-ui.js'],
      ['pagefind-component-ui.css'],
      ['..', 'package.json'],
      ['index', '..', '..', '.env'],
      ['fragment', 'en_1.pf_fragment', 'x'],
      ['index', 'EN_1.pf_index'],
      [],
    ]) {
      expect(resolveBundleFile(segments), segments.join('/')).toBeUndefined();
    }
  });
});

describe('parseDeltaList', () => {
  it('reads what the delta holds and supersedes, and refuses anything else', () => {
    const list = { records: 2, pages: ['en_2222222'], urls: ['/world/edited'] };
    expect(parseDeltaList(JSON.parse(JSON.stringify(list)))).toEqual(list);
    expect(parseDeltaList({ records: 0, pages: [], urls: [] })).toEqual({ records: 0, pages: [], urls: [] });
    expect(parseDeltaList({ ...list, pages: [1] })).toBeUndefined();
    expect(parseDeltaList({ ...list, records: -1 })).toBeUndefined();
    expect(parseDeltaList({ ...list, records: '2' })).toBeUndefined();
    expect(parseDeltaList({ pages: [], urls: [] })).toBeUndefined();
    expect(parseDeltaList([])).toBeUndefined();
    expect(parseDeltaList('x')).toBeUndefined();
  });
});
