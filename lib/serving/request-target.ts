/**
 * The request target is the part of the request line between the method and the HTTP version.
 * Browsers send the origin form (`/path?query`). Next's router answers other forms badly, before
 * any app code, proxy or configured header runs: the asterisk form (`OPTIONS *`, `GET *`) makes it
 * throw "Invalid URL" and reply 500; the absolute form (`GET http://elsewhere.example/ HTTP/1.1`,
 * which HTTP/1.1 servers must accept) gets a 308 redirect to that other host; and its own 308 for
 * repeated or trailing slashes goes out without the security headers. So these are handled at the
 * HTTP server, ahead of Next (see `installRequestTargetGuard`), as are the methods the Fetch API
 * forbids (TRACE makes Next's proxy fail with a 500).
 *
 * Likewise a few request headers: Next's static file server answers an unsatisfiable or malformed
 * `Range` and a failed `If-Match`/`If-Unmodified-Since` with a 500 (it tries to render a /416 or
 * /412 page the app router does not have). HTTP lets a server ignore ranges, and these
 * preconditions guard against lost updates, which GET and HEAD cannot cause; so they are dropped
 * from GET and HEAD requests. `If-None-Match`/`If-Modified-Since` (304 revalidation) are kept.
 */
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { securityHeaders } from '@/lib/serving/security-headers.mjs';

export type TargetVerdict =
  | { kind: 'route'; url: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'reject' }
  | { kind: 'method not allowed' };

/**
 * Methods the Fetch API forbids: Next's proxy cannot even construct a request for them (TRACE gets
 * a 500), and no page or API route of ours answers them.
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** `normalizeRequestTarget`, after refusing methods no part of the site answers. */
export function checkRequestLine(method: string, target: string): TargetVerdict {
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) return { kind: 'method not allowed' };
  return normalizeRequestTarget(target);
}

/**
 * What to do with request target `target`: route it (origin form as is; absolute http(s) form reduced
 * to its path and query, as RFC 9112 §3.2.2 has the server ignore the host it names), redirect it
 * (repeated slashes, backslashes or a trailing slash in the path, to the tidied path, as Next itself
 * would — but here the redirect carries the security headers), or reject it (asterisk form and
 * anything else).
 */
export function normalizeRequestTarget(target: string): TargetVerdict {
  let url: string;
  if (target.startsWith('/')) {
    url = target;
  } else if (/^https?:\/\//i.test(target)) {
    // Only the path and query are kept; the scheme and host named in the target are ignored.
    const afterScheme = target.slice(target.indexOf('//') + 2);
    const pathStart = afterScheme.search(/[/?]/);
    if (pathStart === -1) url = '/';
    else url = afterScheme[pathStart] === '?' ? `/${afterScheme.slice(pathStart)}` : afterScheme.slice(pathStart);
  } else {
    return { kind: 'reject' };
  }
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (/\/\/|\\/.test(path) || (path.length > 1 && path.endsWith('/'))) {
    const collapsed = path.replaceAll('\\', '/').replace(/\/{2,}/g, '/');
    const trimmed = collapsed.length > 1 ? collapsed.replace(/\/+$/, '') || '/' : collapsed;
    return { kind: 'redirect', location: trimmed + (queryStart === -1 ? '' : url.slice(queryStart)) };
  }
  return { kind: 'route', url };
}

/** Request headers dropped from GET and HEAD requests (see above). */
export const IGNORED_ON_SAFE_METHODS = ['range', 'if-range', 'if-match', 'if-unmodified-since'] as const;

/** Removes from `headers` (in place) what Next cannot answer calmly on a GET or HEAD. */
export function dropIgnoredHeaders(method: string, headers: Record<string, unknown>): void {
  if (method !== 'GET' && method !== 'HEAD') return;
  for (const name of IGNORED_ON_SAFE_METHODS) Reflect.deleteProperty(headers, name);
}

const installed = Symbol.for('meridian.requestTargetGuard');

/**
 * Installs the check on every HTTP server in this process, ahead of Next's own request listener.
 * Called once from `instrumentation.ts`; a second call does nothing.
 */
export function installRequestTargetGuard(): void {
  const proto = Server.prototype;
  if (Reflect.get(proto, installed) === true) return;
  Reflect.set(proto, installed, true);
  const emit = proto.emit;
  proto.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    const [req, res] = args;
    if (event === 'request' && isRequest(req) && isResponse(res)) {
      let verdict: TargetVerdict;
      try {
        verdict = checkRequestLine(req.method ?? '', req.url ?? '');
        if (verdict.kind !== 'route') answer(res, verdict);
      } catch {
        // An exception here would escape into Node's HTTP parser and end the process.
        res.destroy();
        return true;
      }
      if (verdict.kind !== 'route') return true;
      req.url = verdict.url;
      dropIgnoredHeaders(req.method ?? '', req.headers);
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
}

/** Answers a request the guard does not pass on, with the site's security headers. */
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

function isRequest(value: unknown): value is IncomingMessage {
  return value instanceof IncomingMessage;
}

function isResponse(value: unknown): value is ServerResponse {
  return value instanceof ServerResponse;
}
