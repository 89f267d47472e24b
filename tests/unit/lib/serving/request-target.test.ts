import { describe, expect, it } from 'vitest';
import {
  checkRequestLine,
  decodeUnreserved,
  dropIgnoredHeaders,
  normalizeRequestTarget,
  transferEncodingUnderstood,
} from '@/lib/serving/request-target';

describe('normalizeRequestTarget', () => {
  it('routes origin-form targets unchanged', () => {
    expect(normalizeRequestTarget('/world?x=1')).toEqual({ kind: 'route', url: '/world?x=1' });
    expect(normalizeRequestTarget('/')).toEqual({ kind: 'route', url: '/' });
  });

  it('routes absolute-form targets by their path and query alone', () => {
    expect(normalizeRequestTarget('http://evil.example/world?x=1')).toEqual({ kind: 'route', url: '/world?x=1' });
    expect(normalizeRequestTarget('HTTPS://evil.example')).toEqual({ kind: 'route', url: '/' });
    expect(normalizeRequestTarget('http://evil.example?x=1')).toEqual({ kind: 'route', url: '/?x=1' });
  });

  it('redirects repeated slashes and backslashes in the path to a same-site path', () => {
    expect(normalizeRequestTarget('//evil.example/x')).toEqual({ kind: 'redirect', location: '/evil.example/x' });
    expect(normalizeRequestTarget('/\\evil.example')).toEqual({ kind: 'redirect', location: '/evil.example' });
    expect(normalizeRequestTarget('/world//x?next=//y')).toEqual({ kind: 'redirect', location: '/world/x?next=//y' });
    expect(normalizeRequestTarget('http://evil.example//x')).toEqual({ kind: 'redirect', location: '/x' });
  });

  it('redirects a trailing slash away, keeping the query', () => {
    expect(normalizeRequestTarget('/wp-admin/')).toEqual({ kind: 'redirect', location: '/wp-admin' });
    expect(normalizeRequestTarget('/world///?x=1')).toEqual({ kind: 'redirect', location: '/world?x=1' });
    expect(normalizeRequestTarget('//')).toEqual({ kind: 'redirect', location: '/' });
  });

  it('rejects the asterisk form and anything else', () => {
    for (const target of ['*', '', 'world', 'ftp://x/y', 'javascript:alert(1)', 'evil.example:443']) {
      expect(normalizeRequestTarget(target), target).toEqual({ kind: 'reject' });
    }
  });
});

describe('checkRequestLine', () => {
  it('refuses the methods the Fetch API forbids, whatever the target', () => {
    for (const method of ['TRACE', 'TRACK', 'trace', 'CONNECT']) {
      expect(checkRequestLine(method, '/world'), method).toEqual({ kind: 'method not allowed' });
    }
    expect(checkRequestLine('GET', '/world')).toEqual({ kind: 'route', url: '/world' });
  });

  it('refuses methods but GET and HEAD on Next static files, which the proxy never sees', () => {
    for (const method of ['OPTIONS', 'LOCK', 'PURGE', 'POST', 'DELETE']) {
      expect(checkRequestLine(method, '/_next/static/chunks/a.js'), method).toEqual({ kind: 'method not allowed' });
    }
    for (const method of ['GET', 'HEAD']) {
      expect(checkRequestLine(method, '/_next/static/chunks/a.js')).toEqual({
        kind: 'route',
        url: '/_next/static/chunks/a.js',
      });
    }
    expect(checkRequestLine('POST', '/api/revalidate')).toEqual({ kind: 'route', url: '/api/revalidate' });
  });
});

describe('decodeUnreserved', () => {
  it('decodes percent-encoded letters, digits and - . _ ~, and nothing else', () => {
    expect(decodeUnreserved('/%73e%61r%63h')).toBe('/search');
    expect(decodeUnreserved('/feed%2Exml')).toBe('/feed.xml');
    expect(decodeUnreserved('/a%7E%5Fb%2d')).toBe('/a~_b-');
    expect(decodeUnreserved('/caf%C3%A9/a%2Fb/%25/%00/%20')).toBe('/caf%C3%A9/a%2Fb/%25/%00/%20');
    expect(decodeUnreserved('/%zz/%')).toBe('/%zz/%');
  });

  it('leaves a segment alone that would become a dot segment', () => {
    expect(decodeUnreserved('/%2e%2e/%2E/.%2e/x%2e')).toBe('/%2e%2e/%2E/.%2e/x.');
  });

  it('routes the decoded path, keeping the query as it is', () => {
    expect(normalizeRequestTarget('/%73earch?q=%73')).toEqual({ kind: 'route', url: '/search?q=%73' });
  });
});

describe('transferEncodingUnderstood', () => {
  it('accepts no transfer coding or one ending in chunked, and nothing else', () => {
    for (const value of [undefined, 'chunked', 'gzip, chunked', 'Chunked']) {
      expect(transferEncodingUnderstood(value), String(value)).toBe(true);
    }
    for (const value of ['identity', 'gzip', 'chunked, gzip', '', 'chunked;q=1']) {
      expect(transferEncodingUnderstood(value), value).toBe(false);
    }
  });
});

describe('dropIgnoredHeaders', () => {
  const conditional = () => ({
    range: 'bytes=999999999-',
    'if-range': '"x"',
    'if-match': '"nope"',
    'if-unmodified-since': 'Mon, 01 Jan 2001 00:00:00 GMT',
    'if-none-match': '"etag"',
    accept: '*/*',
  });

  it('drops ranges and lost-update preconditions from GET and HEAD, keeping 304 revalidation', () => {
    for (const method of ['GET', 'HEAD']) {
      const headers = conditional();
      dropIgnoredHeaders(method, headers);
      expect(headers).toEqual({ 'if-none-match': '"etag"', accept: '*/*' });
    }
  });

  it('leaves other methods alone', () => {
    const headers = conditional();
    dropIgnoredHeaders('POST', headers);
    expect(headers).toEqual(conditional());
  });
});
