/**
 * A one-second copy of each shared-cacheable page, kept in the server process and served by the HTTP
 * layer (lib/serving/http-layer.ts) without entering Next. Next's own ISR cache already serves the
 * same page to everyone for `s-maxage` seconds, but every request still passes through its router,
 * which on our pages costs about 1.4 ms of CPU; this holds the finished response (framework-free,
 * with its variants compressed once) and answers repeats at the speed of Node's HTTP server. It is
 * the in-process counterpart of the nginx micro-cache (deploy/nginx/newsroom-microcache.conf).
 *
 * What it keeps: GET responses of status 200 whose Cache-Control allows shared caches
 * (`s-maxage`, not `private`/`no-store`) and that set no cookie — the pages Next itself caches by
 * address, whatever the query string, so this one keys by path too — and shared JSON the same way
 * (a live blog's updates endpoint, which every open tab polls). A copy with an `ETag` answers a
 * matching `If-None-Match` with a 304, as the route would. Never for a request in preview
 * (Next's draft-mode cookie) or one of the framework's own requests (the headers Next varies on).
 *
 * How fresh: a copy is served for at most one second after Next produced it; after that the next
 * request goes to Next, and while it does, others get the copy for up to ten seconds more rather
 * than all waiting on Next at once. A revalidation through this instance (`/api/revalidate`) clears
 * every copy at once; one made through another instance reaches this one's readers within a second.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { matchesIfNoneMatch } from '../format/http';

/** How long a copy is served after Next produced it. */
export const FRESH_MS = 1000;
/** How much longer a copy may be served while one request is getting a new one from Next. */
export const STALE_MS = 10_000;
/** At most this many bytes of pages (every variant counted). */
const MAX_BYTES = 32 * 1024 * 1024;

/** Request headers Next varies its page responses on (its `Vary`), besides Accept-Encoding. */
const FRAMEWORK_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
] as const;

/** Response headers not replayed: they describe one transfer, not the page. */
const PER_TRANSFER = new Set([
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

type Encoding = 'br' | 'gzip' | 'identity';

type Copy = {
  headers: OutgoingHttpHeaders;
  variants: Map<Encoding, Buffer>;
  producedAt: number;
  /** Set while a request is getting a new copy from Next. */
  refreshing: boolean;
};

const copies = new Map<string, Copy>();
let storedBytes = 0;

function bytesOf(copy: Copy): number {
  let bytes = 0;
  for (const variant of copy.variants.values()) bytes += variant.length;
  return bytes;
}

function forget(key: string): void {
  const copy = copies.get(key);
  if (!copy) return;
  storedBytes -= bytesOf(copy);
  copies.delete(key);
}

/** Removes every copy (after a revalidation through this instance). */
export function clearResponseCache(): void {
  copies.clear();
  storedBytes = 0;
}

/** The path a request is kept under: its path without the query string. */
function keyOf(url: string | undefined): string {
  const path = url ?? '/';
  const query = path.indexOf('?');
  return query === -1 ? path : path.slice(0, query);
}

/** Whether a request may be answered from, or fill, this cache. */
export function isCacheableRequest(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (FRAMEWORK_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  const cookie = req.headers.cookie;
  return cookie === undefined || !cookie.includes('__prerender_bypass=');
}

/** Whether a response (by its Cache-Control and cookies) is one every reader may share. */
export function isSharedResponse(statusCode: number, cacheControl: unknown, setCookie: unknown): boolean {
  if (statusCode !== 200 || setCookie !== undefined || typeof cacheControl !== 'string') return false;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'private' || d === 'no-store' || d === 'no-cache')) return false;
  return directives.some((d) => /^s-maxage=\d+$/.test(d));
}

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, then gzip, when accepted (q > 0);
 * else none. The order is the compression middleware's (lib/serving/page-delivery.ts).
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

function variant(copy: Copy, encoding: Encoding): Buffer {
  const kept = copy.variants.get(encoding);
  if (kept) return kept;
  const identity = copy.variants.get('identity') ?? Buffer.alloc(0);
  // The compression middleware's own settings: brotli quality 4, gzip level 6.
  const made =
    encoding === 'br'
      ? brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(identity);
  copy.variants.set(encoding, made);
  storedBytes += made.length;
  return made;
}

/**
 * Answers `req` from a copy if there is a usable one; false when the request must go to Next.
 * Marks a copy past its second as being refreshed, so only this request goes to Next for it.
 */
export function serveFromCache(req: IncomingMessage, res: ServerResponse, now: number = Date.now()): boolean {
  if (!isCacheableRequest(req)) return false;
  const key = keyOf(req.url);
  const copy = copies.get(key);
  if (!copy) return false;
  const age = now - copy.producedAt;
  if (age > FRESH_MS) {
    if (age > FRESH_MS + STALE_MS) {
      forget(key);
      return false;
    }
    if (!copy.refreshing) {
      copy.refreshing = true;
      return false;
    }
  }
  // Most recently used last, so the oldest are the first to go.
  copies.delete(key);
  copies.set(key, copy);
  for (const [name, value] of Object.entries(copy.headers)) if (value !== undefined) res.setHeader(name, value);
  // It is a cache hit, and this many seconds old (RFC 9111 §5.1), which a CDN takes off its s-maxage.
  res.setHeader('x-nextjs-cache', 'HIT');
  const vary = String(res.getHeader('vary') ?? '');
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))
    res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  res.setHeader('Age', String(Math.floor(age / 1000)));
  const etag = copy.headers['etag'];
  const ifNoneMatch = req.headers['if-none-match'];
  if (typeof etag === 'string' && typeof ifNoneMatch === 'string' && matchesIfNoneMatch(ifNoneMatch, etag)) {
    // RFC 9110 §15.4.5: the headers a 200 would have had, without a body or its description.
    res.removeHeader('content-type');
    res.writeHead(304);
    res.end();
    return true;
  }
  const encoding = chooseEncoding(
    typeof req.headers['accept-encoding'] === 'string' ? req.headers['accept-encoding'] : undefined,
  );
  const body = variant(copy, encoding);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Keeps the page (its framework-free HTML) or shared JSON just sent for `req`, if request and
 * response are shareable; otherwise ends any refresh of an older copy. Called once the response is
 * complete.
 */
export function rememberResponse(
  req: IncomingMessage,
  res: ServerResponse,
  html: string,
  now: number = Date.now(),
): void {
  if (!isCacheableRequest(req) || req.method !== 'GET') return;
  const key = keyOf(req.url);
  if (!isSharedResponse(res.statusCode, res.getHeader('cache-control'), res.getHeader('set-cookie'))) {
    forget(key);
    return;
  }
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (!PER_TRANSFER.has(name) && value !== undefined) headers[name] = value;
  }
  forget(key);
  const copy: Copy = {
    headers,
    variants: new Map([['identity', Buffer.from(html, 'utf8')]]),
    producedAt: now,
    refreshing: false,
  };
  copies.set(key, copy);
  storedBytes += bytesOf(copy);
  for (const oldest of copies.keys()) {
    if (storedBytes <= MAX_BYTES) break;
    forget(oldest);
  }
}
