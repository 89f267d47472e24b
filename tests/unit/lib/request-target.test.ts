import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRequestTargetGuard, normalizeRequestTarget } from '@/lib/request-target';
import { securityHeaders } from '@/security-headers.mjs';

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

  it('rejects the asterisk form and anything else', () => {
    for (const target of ['*', '', 'world', 'ftp://x/y', 'javascript:alert(1)', 'evil.example:443']) {
      expect(normalizeRequestTarget(target), target).toEqual({ kind: 'reject' });
    }
  });
});

describe('installRequestTargetGuard', () => {
  // Ports 3710–3799 are this checkout's for extra servers.
  const PORT = 3720;
  let server: Server;
  const seen: string[] = [];

  beforeAll(async () => {
    installRequestTargetGuard();
    installRequestTargetGuard(); // a second call must not wrap twice
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.end('app');
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function send(target: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: PORT, path: target, method: 'GET' }, (res) => {
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

  it('hands the app an origin-form target for an absolute-form request', async () => {
    const res = await send('http://evil.example/world?x=1');
    expect(res.body).toBe('app');
    expect(seen.at(-1)).toBe('/world?x=1');
  });
});
