/**
 * Shared JSON (a live blog's updates endpoint) through the HTTP layer's one-second copy: the copy is
 * made by page delivery (lib/serving/page-delivery.ts) and served, or answered with a 304, by the
 * response cache (lib/serving/response-cache.ts), in the order the layer installs them.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from '@/lib/format/http';
import { deliverPages } from '@/lib/serving/page-delivery';
import { clearResponseCache, serveFromCache } from '@/lib/serving/response-cache';

// Ports 3710–3799 are this checkout's for extra servers.
const PORT = 3733;
const ETAG = 'W/"abc123"';
const BODY = JSON.stringify({ status: 'live', entries: [{ id: 'e1', html: '<article>…</article>' }] });
let server: Server;
const renders = new Map<string, number>();

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

function get(target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    const frameworkFree = !url.startsWith('/dev');
    if (frameworkFree && serveFromCache(req, res)) return;
    deliverPages(req, res, { frameworkFree });
    renders.set(url, (renders.get(url) ?? 0) + 1);
    const shared = !url.includes('private');
    res.setHeader('Cache-Control', shared ? 'public, max-age=5, s-maxage=5' : 'no-store');
    res.setHeader('ETag', ETAG);
    // The route answers a matching validator itself when the request reaches it.
    if (matchesIfNoneMatch(req.headers['if-none-match'] ?? null, ETAG)) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.write(BODY.slice(0, 10));
    res.end(BODY.slice(10));
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  clearResponseCache();
  renders.clear();
});

describe('shared JSON and the one-second copy', () => {
  it('answers a crowd from one response: the route runs once, every reader gets the same JSON', async () => {
    const first = await get('/world/vote/updates');
    const again = await Promise.all([1, 2, 3].map(() => get('/world/vote/updates')));
    expect(first.status).toBe(200);
    expect(first.body).toBe(BODY);
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(BODY)));
    for (const answer of again) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(BODY);
      expect(answer.headers['etag']).toBe(ETAG);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(answer.headers['x-nextjs-cache']).toBe('HIT');
    }
    expect(renders.get('/world/vote/updates')).toBe(1);
  });

  it('answers a matching If-None-Match from the copy with a 304 and no body', async () => {
    await get('/world/vote/updates');
    const revalidated = await get('/world/vote/updates', { 'If-None-Match': ETAG });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.headers['etag']).toBe(ETAG);
    expect(revalidated.headers['cache-control']).toBe('public, max-age=5, s-maxage=5');
    const other = await get('/world/vote/updates', { 'If-None-Match': 'W/"older"' });
    expect(other.status).toBe(200);
    expect(other.body).toBe(BODY);
    expect(renders.get('/world/vote/updates')).toBe(1);
  });

  it('keeps nothing a shared cache may not keep, and nothing outside production', async () => {
    await get('/world/private/updates');
    await get('/world/private/updates');
    expect(renders.get('/world/private/updates')).toBe(2);
    await get('/dev/updates');
    const dev = await get('/dev/updates');
    expect(dev.body).toBe(BODY);
    expect(renders.get('/dev/updates')).toBe(2);
  });
});
