import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkRequestLine,
  decodeUnreserved,
  dropIgnoredHeaders,
  installRequestTargetGuard,
  normalizeRequestTarget,
  transferEncodingUnderstood,
} from '@/lib/serving/request-target';
import { securityHeaders } from '@/lib/serving/security-headers.mjs';

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

describe('installRequestTargetGuard', () => {
  // Ports 3710–3799 are this checkout's for extra servers.
  const PORT = 3720;
  let server: Server;
  const seen: string[] = [];
  const seenHeaders: Record<string, unknown>[] = [];

  beforeAll(async () => {
    installRequestTargetGuard();
    installRequestTargetGuard(); // a second call must not wrap twice
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      seenHeaders.push({ ...req.headers });
      res.end('app');
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(
    target: string,
    method = 'GET',
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: PORT, path: target, method, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('answers the asterisk form with 400 and the security headers, without reaching the app', async () => {
    const res = await send('*');
    expect(res.status).toBe(400);
    for (const { key, value } of securityHeaders) expect(res.headers[key.toLowerCase()]).toBe(value);
    expect(seen).not.toContain('*');
  });

  it('redirects repeated slashes itself, with the security headers', async () => {
    const res = await send('//evil.example/x');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe('/evil.example/x');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('hands the app a GET without a Range header', async () => {
    await send('/image.jpg', 'GET', { Range: 'bytes=5-1', 'If-None-Match': '"e"' });
    expect(seenHeaders.at(-1)?.range).toBeUndefined();
    expect(seenHeaders.at(-1)?.['if-none-match']).toBe('"e"');
  });

  it('answers CONNECT, which Node does not hand to request listeners, with 405 instead of dropping it', async () => {
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(PORT, '127.0.0.1');
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.write('CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
    });
    expect(raw).toMatch(/^HTTP\/1\.1 405 /);
    expect(raw).toContain('\r\nAllow: GET, HEAD\r\n');
    expect(raw).toContain('Content-Security-Policy: ');
  });

  it('answers a body framed by a transfer coding other than chunked with 400, before the app reads it', async () => {
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(PORT, '127.0.0.1');
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.write('POST /te-identity HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\nbody');
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(seen).not.toContain('/te-identity');
  });

  it('answers TRACE with 405 itself', async () => {
    const res = await send('/world', 'TRACE');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(seen).not.toContain('/world');
  });

  it('hands the app an origin-form target for an absolute-form request', async () => {
    const res = await send('http://evil.example/world?x=1');
    expect(res.body).toBe('app');
    expect(seen.at(-1)).toBe('/world?x=1');
  });
});
