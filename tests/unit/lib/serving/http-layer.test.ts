import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasDraftModeCookie, installHttpLayer, UNKNOWN_ADDRESS } from '@/lib/serving/http-layer';
import { REVALIDATE_ROUTE } from '@/lib/serving/request-guard';
import { FRESH_MS } from '@/lib/serving/response-cache';
import type { RouteLookups } from '@/lib/serving/known-addresses';
import { securityHeaders } from '@/lib/serving/security-headers.mjs';

const lookups: RouteLookups = {
  isSection: (slug) => slug === 'world',
  isArticle: (section, slug) => section === 'world' && slug === 'real-story',
  isAuthor: () => false,
  isTag: () => false,
  isPublicFile: () => false,
  redirectTarget: (pathname) => (pathname.toLowerCase() === '/world/old-story' ? '/world/real-story' : undefined),
  isAboutPage: () => false,
};

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><title>A story</title></head>',
  `<body><main><h1>A story</h1><p>${'Words of the story. '.repeat(200)}</p></main>`,
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script>self.__next_f.push([1,"payload"])</script></body></html>',
].join('');
const STRIPPED = PAGE.replace(
  /<link rel="preload" as="script"[^>]*>|<script src[^>]*><\/script>|<script>[^<]*<\/script>/g,
  '',
);
/** A page with an embed card (components/mdx/embed.tsx), and one whose card names a site that is no provider's. */
const CARD = (src: string) =>
  `<div data-embed="" data-embed-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-src="${src}"></div>`;
const EMBED_PAGE = PAGE.replace('<main>', `<main>${CARD('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')}`);
const FORGED_PAGE = PAGE.replace('<main>', `<main>${CARD('https://evil.example/embed/dQw4w9WgXcQ')}`);
const pages: Record<string, string> = {
  '/page': PAGE,
  '/shared': PAGE,
  '/shared-too': PAGE,
  '/embed': EMBED_PAGE,
  '/forged': FORGED_PAGE,
};
/** Pages answered with the Cache-Control Next gives ISR pages, which every reader may share. */
const SHARED = new Set(['/shared', '/shared-too']);

describe('hasDraftModeCookie', () => {
  it("finds Next's draft-mode cookie among others, and only that cookie", () => {
    expect(hasDraftModeCookie('a=1; __prerender_bypass=abc')).toBe(true);
    expect(hasDraftModeCookie('__prerender_bypass=abc')).toBe(true);
    expect(hasDraftModeCookie('x__prerender_bypass=abc')).toBe(false);
    expect(hasDraftModeCookie(undefined)).toBe(false);
  });
});

describe('installHttpLayer', () => {
  // Ports 3710–3799 are this checkout's for extra servers.
  const PORT = 3720;
  let server: Server;
  const seen: string[] = [];
  const seenHeaders: Record<string, unknown>[] = [];

  beforeAll(async () => {
    installHttpLayer({ frameworkFree: true, lookups: () => lookups });
    installHttpLayer({ frameworkFree: true, lookups: () => lookups }); // a second call must not wrap twice
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      seenHeaders.push({ ...req.headers });
      const path = (req.url ?? '').split('?')[0] ?? '';
      const page = pages[path];
      if (page) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (SHARED.has(path)) res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=3540');
        else res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
        res.setHeader('Content-Length', Buffer.byteLength(page));
        // Written in pieces, as Next streams a render.
        const middle = Math.floor(page.length / 2);
        res.write(page.slice(0, middle));
        res.end(page.slice(middle));
        return;
      }
      if (req.url === '/data.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ script: '<script src="/_next/static/chunks/x.js"></script>', padding: 'x'.repeat(2000) }),
        );
        return;
      }
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
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString() });
        });
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

  it("answers an article's old address with a 308 to its current one, as Next's redirects() did, without reaching the app", async () => {
    const before = seen.length;
    const res = await send('/World/Old-Story?utm_source=x');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe('/world/real-story?utm_source=x');
    expect(res.headers.refresh).toBe('0;url=/world/real-story?utm_source=x');
    expect(res.body).toBe('/world/real-story?utm_source=x');
    // Next sent no Cache-Control with its redirects; neither does the layer.
    expect(res.headers['cache-control']).toBeUndefined();
    for (const { key, value } of securityHeaders) expect(res.headers[key.toLowerCase()]).toBe(value);
    const head = await send('/world/old-story', 'HEAD');
    expect(head.status).toBe(308);
    expect(head.body).toBe('');
    expect(seen.length).toBe(before);
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

  it('refuses a method the address does not answer, as the request guard says, before the app', async () => {
    const res = await send('/world/real-story', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.body).toBe('Method Not Allowed\n');
    expect(seen).not.toContain('/world/real-story');
  });

  it('refuses an overlong path with 414 and malformed encoding with 400', async () => {
    expect((await send(`/${'a'.repeat(1100)}`)).status).toBe(414);
    expect((await send('/world/%E0%A4%A')).status).toBe(400);
  });

  it('routes a made-up two-segment address to the not-found address, and a real one as it is', async () => {
    await send('/world/made-up-story');
    expect(seen.at(-1)).toBe(UNKNOWN_ADDRESS);
    await send('/world/real-story?utm_source=x');
    expect(seen.at(-1)).toBe('/world/real-story?utm_source=x');
  });

  it('leaves a made-up address to the page in preview (the draft-mode cookie), which may show a draft', async () => {
    await send('/world/draft-story', 'GET', { Cookie: 'a=b; __prerender_bypass=1234' });
    expect(seen.at(-1)).toBe('/world/draft-story');
  });

  it('sends an HTML page without the framework, with a Content-Length that fits', async () => {
    const res = await send('/page');
    expect(res.status).toBe(200);
    expect(res.body).toBe(STRIPPED);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(STRIPPED));
  });

  it('compresses what it sends when the browser accepts it: the page without the framework', async () => {
    const gzip = await send('/page', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toBe(STRIPPED);
    const br = await send('/page', 'GET', { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toBe(STRIPPED);
  });

  it('passes other responses through untouched, compressed when asked', async () => {
    const res = await send('/data.json', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(res.body)).toMatchObject({ script: '<script src="/_next/static/chunks/x.js"></script>' });
  });

  it('answers HEAD for a page without a Content-Length that would count the framework', async () => {
    const res = await send('/page', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBeUndefined();
  });

  it('answers a repeat of a shared page from its copy for a second, without the app, compressed as asked', async () => {
    const first = await send('/shared?utm_source=x');
    expect(first.body).toBe(STRIPPED);
    const reached = seen.length;
    const again = await send('/shared', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(seen.length, 'the app was not asked again').toBe(reached);
    expect(again.body).toBe(STRIPPED);
    expect(again.headers).toMatchObject({ 'content-encoding': 'gzip', 'x-nextjs-cache': 'HIT', age: '0' });
    expect(again.headers['cache-control']).toBe('s-maxage=60, stale-while-revalidate=3540');
    expect(String(again.headers.vary)).toMatch(/Accept-Encoding/);
    const head = await send('/shared', 'HEAD');
    expect(head.status).toBe(200);
    expect(seen.length).toBe(reached);
  });

  it('never answers a preview, or a page that is not shared, from a copy', async () => {
    await send('/shared-too');
    const reached = seen.length;
    await send('/shared-too', 'GET', { Cookie: '__prerender_bypass=1' });
    await send('/shared-too', 'GET', { RSC: '1' });
    expect(seen.length).toBe(reached + 2);
    await send('/page');
    await send('/page');
    expect(seen.length).toBe(reached + 4);
  });

  it('asks the app again once the copy is a second old, and drops every copy after a revalidation', async () => {
    await send('/shared-too');
    const reached = seen.length;
    await new Promise((resolve) => setTimeout(resolve, FRESH_MS + 50));
    await send('/shared-too');
    expect(seen.length, 'the copy was past its second').toBe(reached + 1);
    await send('/shared-too');
    expect(seen.length, 'the new copy').toBe(reached + 1);
    await send(REVALIDATE_ROUTE, 'POST');
    await send('/shared-too');
    expect(seen.length, 'the revalidation dropped the copy').toBe(reached + 3);
  });

  it("lets a page with embeds frame exactly its providers' origins, and no other page any", async () => {
    const embed = await send('/embed');
    expect(embed.headers['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(embed.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    // Other pages keep the site-wide policy Next sets (next.config.mjs, `frame-src 'none'`): this
    // app sets none, and the layer adds none, not even for a card naming a site that is no provider's.
    for (const path of ['/page', '/forged']) {
      expect((await send(path)).headers['content-security-policy'], path).toBeUndefined();
    }
  });
});
