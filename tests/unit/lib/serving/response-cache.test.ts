import { describe, expect, it } from 'vitest';
import { chooseEncoding, isCacheableRequest, isSharedResponse } from '@/lib/serving/response-cache';

describe('chooseEncoding', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br;q=0', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('isSharedResponse', () => {
  it('keeps a 200 that shared caches may keep, and nothing else', () => {
    expect(isSharedResponse(200, 's-maxage=60, stale-while-revalidate=3540', undefined)).toBe(true);
    expect(isSharedResponse(404, 's-maxage=60', undefined)).toBe(false);
    expect(isSharedResponse(200, 'private, no-cache, no-store, max-age=0, must-revalidate', undefined)).toBe(false);
    expect(isSharedResponse(200, 'public, max-age=60', undefined)).toBe(false);
    expect(isSharedResponse(200, 's-maxage=60', ['a=b'])).toBe(false);
    expect(isSharedResponse(200, undefined, undefined)).toBe(false);
  });
});

describe('isCacheableRequest', () => {
  it('takes plain GET and HEAD, not previews, the framework’s own requests or other methods', () => {
    expect(isCacheableRequest({ method: 'GET', headers: {} })).toBe(true);
    expect(isCacheableRequest({ method: 'HEAD', headers: { cookie: 'theme=dark' } })).toBe(true);
    expect(isCacheableRequest({ method: 'GET', headers: { cookie: 'x=1; __prerender_bypass=abc' } })).toBe(false);
    expect(isCacheableRequest({ method: 'GET', headers: { rsc: '1' } })).toBe(false);
    expect(isCacheableRequest({ method: 'GET', headers: { 'next-router-prefetch': '1' } })).toBe(false);
    expect(isCacheableRequest({ method: 'POST', headers: {} })).toBe(false);
  });
});
