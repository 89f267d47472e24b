/**
 * The breaking-news line as the HTTP layer delivers it (lib/serving/page-delivery.ts): put into every
 * HTML page as it leaves, in production and in `next dev` alike, from the file the server is
 * configured with, and never into anything else.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Read by lib/config/site-config.ts when it loads, so set before the modules below are imported.
const FILE = path.join(tmpdir(), `page-delivery-breaking-${process.pid}.yml`);
process.env.BREAKING_NEWS_FILE = FILE;

const SLOT = '<div data-breaking-news=""></div>';
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>A story</title></head><body><header><a href="#main">Skip to main content</a>${SLOT}</header><main id="main"><h1>A story</h1></main></body></html>`;
const FEED = `<?xml version="1.0"?><rss><channel><description>${SLOT}</description></channel></rss>`;
const LINE = 'text: Subway service suspended across Manhattan\nurl: /world/subway-service-suspended\n';

// Ports 3710–3799 are this checkout's for extra servers.
const PORT = 3731;
let server: Server;

function get(target: string): Promise<{ status: number; type: string; body: string; length: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path: target }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          body: Buffer.concat(chunks).toString('utf8'),
          length: String(res.headers['content-length']),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  rmSync(FILE, { force: true });
  const { deliverPages } = await import('@/lib/serving/page-delivery');
  server = createServer((req, res) => {
    const url = req.url ?? '';
    deliverPages(req, res, { frameworkFree: !url.startsWith('/dev') });
    if (url.endsWith('/feed.xml')) {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(FEED);
      return;
    }
    res.statusCode = url.endsWith('/missing') ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    // Written in pieces, as Next streams a render.
    res.write(PAGE.slice(0, 60));
    res.end(PAGE.slice(60));
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  rmSync(FILE, { force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the breaking-news line on the way out', () => {
  it('is absent while there is no file: the slot stays empty', async () => {
    const page = await get('/world/story');
    expect(page.body).toContain(SLOT);
    expect(page.body).not.toContain('Breaking news');
  });

  it('appears in every HTML page within a second of the file being written, with a right Content-Length', async () => {
    writeFileSync(FILE, LINE);
    await pause(1100);
    for (const target of ['/world/story', '/missing', '/dev/world/story']) {
      const page = await get(target);
      expect(page.body, target).toContain('<div data-breaking-news=""><section aria-label="Breaking news"');
      expect(page.body, target).toContain('>Subway service suspended across Manhattan</a>');
      expect(page.body, target).not.toContain(SLOT);
      expect(Number(page.length), target).toBe(Buffer.byteLength(page.body));
    }
    expect((await get('/missing')).status).toBe(404);
  });

  it('is never put into anything but HTML', async () => {
    const feed = await get('/feed.xml');
    expect(feed.body).toBe(FEED);
  });

  it('goes at its expiry, and when the file goes', async () => {
    writeFileSync(FILE, `${LINE}expires: ${new Date(Date.now() + 1500).toISOString()}\n`);
    await pause(1100);
    expect((await get('/world/story')).body).toContain('Breaking news');
    await pause(1000);
    expect((await get('/world/story')).body).toContain(SLOT);
    writeFileSync(FILE, LINE);
    await pause(1100);
    expect((await get('/world/story')).body).toContain('Breaking news');
    rmSync(FILE);
    await pause(1100);
    expect((await get('/world/story')).body).toContain(SLOT);
  });
});
