import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  API_ROUTES,
  MAX_PATH_LENGTH,
  MAX_QUERY_STRING_LENGTH,
  MAX_SEGMENT_LENGTH,
  checkRequest,
} from '@/lib/serving/request-guard';

const get = (pathname: string, search = '') => checkRequest({ method: 'GET', pathname, search });

describe('checkRequest', () => {
  it('passes ordinary page, asset and API requests', () => {
    for (const path of ['/', '/world', '/world/some-story', '/tags/north-korea', '/images/2024/a.jpg', '/caf%C3%A9']) {
      expect(get(path), path).toEqual({ ok: true });
    }
    expect(get('/world', '?utm_source=newsletter&utm_campaign=a+b')).toEqual({ ok: true });
    expect(checkRequest({ method: 'HEAD', pathname: '/world', search: '' })).toEqual({ ok: true });
    expect(checkRequest({ method: 'POST', pathname: '/api/revalidate', search: '' })).toEqual({ ok: true });
  });

  it('answers malformed percent-encoding and invalid UTF-8 in the path with 400', () => {
    for (const path of ['/%', '/%zz', '/%c3%28', '/%ff', '/%e2%82', '/world/%c0%af', '/api/%']) {
      expect(get(path), path).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('answers NUL and other control characters, backslashes and dot segments with 400', () => {
    for (const path of [
      '/world%00',
      '/%0d%0aSet-Cookie:x',
      '/a%5c..%5cb',
      '/..%2f..%2fetc/passwd',
      '/images/%2e%2e%2fsecret',
      '/.',
    ]) {
      expect(get(path), path).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('answers a target that is not a path with 400', () => {
    expect(get('*')).toMatchObject({ ok: false, status: 400 });
  });

  it('answers over-long paths and queries with 414', () => {
    expect(get(`/${'a'.repeat(MAX_PATH_LENGTH)}`)).toMatchObject({ ok: false, status: 414 });
    expect(get('/world', `?q=${'a'.repeat(MAX_QUERY_STRING_LENGTH)}`)).toMatchObject({ ok: false, status: 414 });
    expect(get(`/${'a'.repeat(MAX_SEGMENT_LENGTH)}`.repeat(4))).toEqual({ ok: true });
  });

  it('answers a path segment longer than any file name with 414', () => {
    expect(get(`/tags/climate/page/${'1'.repeat(MAX_SEGMENT_LENGTH + 1)}`)).toMatchObject({ ok: false, status: 414 });
    expect(get(`/world/${'a'.repeat(MAX_SEGMENT_LENGTH)}`)).toEqual({ ok: true });
  });

  it('lets the image optimiser convert only image files of ours', () => {
    const image = (search: string) => get('/_next/image', search);
    expect(image('?url=%2Fimages%2F2024%2Ftrilateral-summit.jpg&w=640&q=75')).toEqual({ ok: true });
    expect(image('?url=/_next/static/media/logo.3f2a1b.png&w=96&q=75')).toEqual({ ok: true });
    for (const search of [
      '?url=%2Fimages%2F2024%2F&w=640&q=75', // a directory: Next answers it with 500
      '?url=%2Fimages%2F2024%2Ftrilateral-summit.jpg%2F&w=640&q=75',
      '?url=%2Fimages%2F..%2Fsecret.jpg&w=640&q=75',
      '?url=%2Fimages%2Fx.svg&w=640&q=75',
      '?url=%2Fapi%2Fhealth&w=640&q=75',
      '?url=https%3A%2F%2Fevil.example%2Fx.jpg&w=640&q=75',
      '?url=%2Fimages%2Fa.jpg&url=%2Fimages%2Fb.jpg&w=640&q=75',
      '?w=640&q=75',
    ]) {
      expect(image(search), search).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('answers methods other than GET and HEAD anywhere but an API route with 405 and an Allow header', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      expect(checkRequest({ method, pathname: '/world', search: '' }), method).toEqual({
        ok: false,
        status: 405,
        reason: 'method not allowed',
        allow: 'GET, HEAD',
      });
    }
    expect(checkRequest({ method: 'POST', pathname: '/_next/image', search: '?url=x' })).toMatchObject({ status: 405 });
    expect(checkRequest({ method: 'POST', pathname: '/apiary', search: '' })).toMatchObject({ status: 405 });
  });

  it('leaves methods to the API routes only, not to made-up addresses under /api that other routes would serve', () => {
    for (const method of ['POST', 'OPTIONS', 'PUT', 'DELETE']) {
      for (const route of API_ROUTES) {
        expect(checkRequest({ method, pathname: route, search: '' }), `${method} ${route}`).toEqual({ ok: true });
      }
      // `[section]/feed.xml`, `[section]/[slug]`, `[section]/page/[page]` would answer these, and cache the answer.
      for (const pathname of [
        '/api',
        '/api/feed.xml',
        '/api/og-image.png',
        '/api/made-up',
        '/api/page/2',
        '/api/health/x',
      ]) {
        expect(checkRequest({ method, pathname, search: '' }), `${method} ${pathname}`).toMatchObject({ status: 405 });
      }
    }
  });

  it('lists exactly the API routes of app/api', () => {
    const root = path.join(process.cwd(), 'app', 'api');
    const routes = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => path.basename(file) === 'route.ts')
      .map((file) => `/api/${path.dirname(file).split(path.sep).join('/')}`);
    expect([...API_ROUTES].sort()).toEqual(routes.sort());
  });
});
