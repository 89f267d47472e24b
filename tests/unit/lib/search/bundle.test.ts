import { describe, expect, it } from 'vitest';
import { resolveBundleFile } from '@/lib/search/bundle';

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

  it('serves nothing else: no UI files, no other folders, no way out of the bundle', () => {
    for (const segments of [
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
