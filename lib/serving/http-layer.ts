/**
 * The one HTTP layer: every request the server receives passes here once, ahead of Next's router,
 * and every response Next writes leaves through here. In order:
 *
 * 1. The request line (lib/serving/request-target.ts): request-target forms, methods the Fetch API
 *    forbids, CONNECT, repeated and trailing slashes, body framing, headers Next cannot answer calmly.
 * 2. The request (lib/serving/request-guard.ts): path shape and length, encoding, traversal, the
 *    methods each address answers, what the image optimiser may convert.
 * 3. The address (lib/serving/known-addresses.ts): an article's old address is answered with a
 *    permanent redirect to its current one, from the content store as loaded now; a two-segment
 *    address that names nothing is routed to Next's not-found answer before any page renders, so it
 *    can never fill the cache.
 * 4. The one-second copy of a page (lib/serving/response-cache.ts): a repeat of a page just sent is
 *    answered here, without entering Next.
 * 5. The response (lib/serving/page-delivery.ts): HTML pages leave without the framework and with
 *    the current breaking-news line (lib/serving/breaking-news-include.ts), and everything is
 *    compressed.
 *
 * Next's middleware (proxy.ts) is not used: it ran after Next had parsed the request, on a copy of
 * it in the Fetch API's shape, and cost about a third of the server's throughput
 * (docs/decisions/012-framework-free-pages.md has the figures).
 */
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { securityHeaders } from './security-headers.mjs';
import { checkRequestLine, dropIgnoredHeaders, transferEncodingUnderstood, type TargetVerdict } from './request-target';
import { checkRequest, REVALIDATE_ROUTE, type RequestVerdict } from './request-guard';
import { contentLookups, scopedFileAddressExists, twoSegmentAddressExists, type RouteLookups } from './known-addresses';
import { compressResponse, deliverPages } from './page-delivery';
import { clearResponseCache, serveFromCache } from './response-cache';

/** Next's draft-mode cookie: previews may open drafts, which only the page itself can vet. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';

/**
 * Where made-up addresses are routed. It can never be a section (section slugs are plain words), so
 * Next answers it as any unknown section: its not-found page, status 404, `no-store`, nothing
 * rendered into the cache. (Not `/404`: Next serves that path with a year-long `s-maxage`.)
 */
export const UNKNOWN_ADDRESS = '/__unknown';

/** Hashed build files, served by Next straight from disk: past the request-line check, nothing to judge. */
const STATIC_FILES_PREFIX = '/_next/static/';

/** Whether the request carries Next's draft-mode cookie (its value is Next's to check). */
export function hasDraftModeCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((pair) => pair.trim().startsWith(`${DRAFT_MODE_COOKIE}=`));
}

/** A two-segment address that names nothing (see lib/serving/known-addresses.ts). */
export function isMadeUpAddress(pathname: string, lookups: RouteLookups): boolean {
  return twoSegmentAddressExists(pathname, lookups) === false || scopedFileAddressExists(pathname, lookups) === false;
}

export type LayerOptions = {
  /** Take the framework out of HTML pages (production); `next dev` needs its runtime for reloading. */
  frameworkFree: boolean;
  /** What the address check asks of the content; the content store as readers see it now, unless a test says otherwise. */
  lookups?: () => RouteLookups;
};

export type RequestDecision =
  | { kind: 'pass'; url: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'answer'; verdict: Exclude<TargetVerdict, { kind: 'route' }> }
  | { kind: 'refuse'; verdict: Extract<RequestVerdict, { ok: false }> };

/**
 * What the layer does with a request: pass it on (with the URL Next is to route), or answer it
 * here. Pure given the content lookups, so unit tests can ask it directly.
 */
export function decideRequest(
  req: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  lookups: RouteLookups,
): RequestDecision {
  const target = checkRequestLine(req.method, req.url);
  if (target.kind !== 'route') return { kind: 'answer', verdict: target };
  const transferEncoding = req.headers['transfer-encoding'];
  if (!transferEncodingUnderstood(typeof transferEncoding === 'string' ? transferEncoding : undefined)) {
    return { kind: 'answer', verdict: { kind: 'reject' } };
  }
  const url = target.url;
  if (url.startsWith(STATIC_FILES_PREFIX)) return { kind: 'pass', url };
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const search = queryStart === -1 ? '' : url.slice(queryStart);
  const verdict = checkRequest({ method: req.method, pathname, search });
  if (!verdict.ok) return { kind: 'refuse', verdict };
  // An article's old address, the query kept, as Next's `redirects()` did when the table was built in.
  const current = lookups.redirectTarget(pathname);
  if (current !== undefined) return { kind: 'redirect', location: `${current}${search}` };
  const cookie = req.headers.cookie;
  if (!hasDraftModeCookie(typeof cookie === 'string' ? cookie : undefined) && isMadeUpAddress(pathname, lookups)) {
    return { kind: 'pass', url: UNKNOWN_ADDRESS };
  }
  return { kind: 'pass', url };
}

/** Answers a request the request-line check does not pass on, with the site's security headers. */
function answer(res: ServerResponse, verdict: Exclude<TargetVerdict, { kind: 'route' }>): void {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (verdict.kind === 'redirect') {
    res.writeHead(308, { Location: verdict.location });
    res.end(`Permanent Redirect: ${verdict.location}\n`);
  } else if (verdict.kind === 'method not allowed') {
    res.writeHead(405, { Allow: 'GET, HEAD', Connection: 'close' });
    res.end('Method Not Allowed\n');
  } else {
    res.writeHead(400, { Connection: 'close' });
    res.end('Bad Request\n');
  }
}

/**
 * Answers an article's old address as Next's `redirects()` did: 308, `Location` and `Refresh`, the
 * address as the body, and no `Cache-Control` (a permanent redirect is for keeping); with the site's
 * security headers.
 */
function redirect(res: ServerResponse, location: string): void {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.writeHead(308, { Location: location, Refresh: `0;url=${location}` });
  res.end(location);
}

const REFUSAL_TEXT = { 400: 'Bad Request', 405: 'Method Not Allowed', 414: 'URI Too Long' } as const;

/** Answers a request the request guard refuses (400, 405 or 414), with the site's security headers. */
function refuse(res: ServerResponse, verdict: Extract<RequestVerdict, { ok: false }>): void {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (verdict.allow) res.setHeader('Allow', verdict.allow);
  res.writeHead(verdict.status);
  res.end(`${REFUSAL_TEXT[verdict.status]}\n`);
}

/** A 405 for CONNECT, written to the raw socket (there is no response object), with the security headers. */
function refuseConnect(_req: IncomingMessage, socket: Socket): void {
  const body = 'Method Not Allowed\n';
  const headers = [
    'HTTP/1.1 405 Method Not Allowed',
    ...securityHeaders.map(({ key, value }) => `${key}: ${value}`),
    'Allow: GET, HEAD',
    'Content-Type: text/plain; charset=utf-8',
    'Cache-Control: no-store',
    `Content-Length: ${body.length}`,
    'Connection: close',
  ];
  socket.on('error', () => socket.destroy());
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}

/** Runs the layer for one request; false when the request was answered here and Next must not see it. */
function handle(req: IncomingMessage, res: ServerResponse, options: LayerOptions): boolean {
  const lookups = options.lookups?.() ?? contentLookups(new Date());
  const decision = decideRequest({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }, lookups);
  if (decision.kind === 'answer') {
    answer(res, decision.verdict);
    return false;
  }
  if (decision.kind === 'refuse') {
    refuse(res, decision.verdict);
    return false;
  }
  if (decision.kind === 'redirect') {
    redirect(res, decision.location);
    return false;
  }
  req.url = decision.url;
  dropIgnoredHeaders(req.method ?? '', req.headers);
  if (options.frameworkFree) {
    if (serveFromCache(req, res)) return false;
    // A revalidation through this instance makes every kept copy stale at once.
    if (req.method === 'POST' && decision.url.split('?')[0] === REVALIDATE_ROUTE) {
      res.on('finish', () => {
        if (res.statusCode === 200) clearResponseCache();
      });
    }
  }
  compressResponse(req, res);
  // Every HTML page is held to put the breaking-news line in; in production also to take the framework out.
  deliverPages(req, res, { frameworkFree: options.frameworkFree });
  return true;
}

const installed = Symbol.for('meridian.httpLayer');

/**
 * Installs the layer on every HTTP server in this process, ahead of Next's own request listener
 * (Next's standalone server creates its server itself, so there is no other place to stand in
 * front of it in the same process). Called once from `instrumentation.ts`; a second call does nothing.
 */
export function installHttpLayer(options: LayerOptions): void {
  const proto = Server.prototype;
  if (Reflect.get(proto, installed) === true) return;
  Reflect.set(proto, installed, true);
  const emit = proto.emit;
  proto.emit = function layeredEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    // Node hands CONNECT to 'connect' listeners, not 'request' ones, and without one (Next has none)
    // drops the connection unanswered: so each server gets one, before its first request is parsed.
    if (event === 'connection' && this.listenerCount('connect') === 0) this.on('connect', refuseConnect);
    if (event === 'request') {
      const [req, res] = args;
      if (req instanceof IncomingMessage && res instanceof ServerResponse) {
        let passOn: boolean;
        try {
          passOn = handle(req, res, options);
        } catch (error) {
          // An exception here would escape into Node's HTTP parser and end the process.
          console.error('http-layer: request failed before routing', error);
          res.destroy();
          return true;
        }
        if (!passOn) return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}
