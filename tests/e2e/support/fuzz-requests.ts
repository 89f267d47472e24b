/**
 * Hostile requests generated from a seed, for `npm run bench:fuzz` (bench/fuzz.ts, 10,000 and more)
 * and tests/e2e/fuzz.spec.ts (a few hundred). Paths under every route and every static folder of
 * the build, real and made up, mutated with traversal, encodings, over-long segments, control
 * characters and prototype-pollution atoms; odd methods; odd Range, Host, Accept, cookie and
 * Next-internal headers. Sent as raw bytes over TCP, so nothing normalises them on the way; only
 * ever to a server on 127.0.0.1.
 */
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { sectionChildRoutes, sectionSlugs } from '../../../lib/config/sections';
import { readContentIndex } from '../../../lib/content/content-index';
import { LONG_TAIL_ARTICLE } from './e2e-config';
import { parseResponse } from './servers';
import { prng } from '../../helpers/prng';

/** What the generator needs to know about the site under test. */
export type FuzzSite = {
  sections: readonly string[];
  /** Article addresses, `/<section>/<slug>`. */
  articles: readonly string[];
  tags: readonly string[];
  authors: readonly string[];
  /** Files under public/, site paths (`/images/2024/a.jpg`, `/logo.png`). */
  publicFiles: readonly string[];
  /** Files under .next/static/, site paths (`/_next/static/chunks/x.js`). */
  staticFiles: readonly string[];
  /** Files of the search bundle, site paths (`/pagefind/pagefind.js`). */
  pagefindFiles: readonly string[];
};

export type FuzzRequest = {
  method: string;
  /** The request target exactly as sent (origin form, or now and then another form). */
  target: string;
  /** Header lines beyond the defaults; a `Host` here replaces the default one. */
  headers: readonly (readonly [string, string])[];
  body?: string;
};

export type FuzzResponse = {
  /** The status code, or 0 when the connection closed (or timed out) without an answer. */
  status: number;
  headers: Map<string, string>;
  body: string;
  timedOut: boolean;
};

function filesUnder(dir: string, prefix: string, limit = 400): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) => `${prefix}/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
    )
    .sort()
    .slice(0, limit);
}

/** The site of the build in `root`: its content index, public/, .next/static/ and .pagefind/. */
export function loadFuzzSite(root: string = process.cwd()): FuzzSite {
  const index = readContentIndex(path.join(root, '.contentlayer'));
  const live = index.articles.filter((a) => !a.draft);
  return {
    sections: sectionSlugs,
    // The long-tail article's first request must be tests/e2e/long-tail.spec.ts's own.
    articles: live.map((a) => a.url).filter((url) => url !== LONG_TAIL_ARTICLE),
    tags: [...new Set(live.flatMap((a) => a.tags))].sort(),
    authors: index.authors.map((a) => a.slug),
    publicFiles: filesUnder(path.join(root, 'public'), ''),
    staticFiles: filesUnder(path.join(root, '.next/static'), '/_next/static'),
    pagefindFiles: filesUnder(path.join(root, '.pagefind'), '/pagefind', 60),
  };
}

/** Names of the site's route files and other things worth trying under any folder. */
const FILE_NAMES = [
  ...sectionChildRoutes,
  'page/1',
  'page/2',
  'page/999999',
  'index.html',
  'index.json',
  'sitemap.xml',
  'sitemap-1.xml',
  'robots.txt',
  'icon.svg',
  'apple-icon.png',
  'favicon.ico',
  'pagefind.js',
  'made-up',
  'made-up.jpg',
  'x.rsc',
  '.env',
];
const PROTO_ATOMS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__'];
const TRAVERSALS = [
  '../',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/package.json',
  '%2e%2e%2f%2e%2e%2f.next%2fBUILD_ID',
  '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  '..%5c..%5cpackage.json',
  '..%c0%af..%c0%afetc%c0%afpasswd',
  '.%2e/.%2e/next.config.mjs',
  '..;/',
  './',
  '//',
  '\\..\\',
];
const CONTROL = ['%00', '%01', '%0a', '%0d%0a', '%1b', '%7f', '%00.html', '%09'];
const RAW_CONTROL = ['\u0000', '\u0001', '\t', '\u007f', '\u001b'];
const ENCODED_JUNK = ['%', '%%', '%zz', '%c3%28', '%ff', '%c0%80', '%ed%a0%80', '%2500', '%252f', '%25', '%u002e'];
const ODD_METHODS = [
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'SEARCH',
  'PURGE',
  'TRACE',
  'CONNECT',
  'get',
  'Get',
  'options',
  'BREW',
  'GETT',
];
const RANGES = [
  'bytes=0-0',
  'bytes=5-1',
  'bytes=0-1,2-3,4-5',
  'bytes=-0',
  'bytes=-1',
  'bytes=0-',
  'bytes=999999999-',
  'bytes=abc',
  'items=0-1',
  `bytes=${Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',')}`,
];
const HOSTS = [
  'evil.example',
  'localhost',
  '127.0.0.1:1',
  '[::1]',
  '',
  'a'.repeat(2000),
  '127.0.0.1, evil.example',
  'xn--80ak6aa92e.com',
  'localhost:99999',
  'evil.example/path',
];
const ACCEPTS = [
  'text/x-component',
  'application/json',
  'image/avif,image/webp,*/*',
  '*/*;q=0',
  '',
  'text/html;q=abc',
  'application/xml;q=1,'.repeat(200),
  '../../etc/passwd',
];
const COOKIES = [
  '__prerender_bypass=1',
  '__prerender_bypass=anything; __next_preview_data=x',
  '__next_preview_data=eyJ',
  'next-internal=1',
  '__next_hmr_refresh_hash__=1',
  'NEXT_LOCALE=../../etc',
  '__proto__=polluted; constructor=x',
  '=; ;;=;a',
  'a=%ff%fe; b="unterminated',
  `big=${'x'.repeat(12_000)}`,
  Array.from({ length: 300 }, (_, i) => `c${i}=v`).join('; '),
];
const NEXT_HEADERS: readonly (readonly [string, string])[] = [
  ['rsc', '1'],
  ['rsc', '0'],
  ['next-router-prefetch', '1'],
  ['next-router-prefetch', '2'],
  ['next-router-segment-prefetch', '/_tree'],
  ['next-router-segment-prefetch', '/__PAGE__'],
  ['next-router-state-tree', '%5B%22%22%2C%7B%7D%5D'],
  ['next-router-state-tree', '{"__proto__":{"x":1}}'],
  ['next-router-state-tree', 'not json'],
  ['next-action', 'abcdef0123456789'],
  ['next-action', '__proto__'],
  ['next-hmr-refresh', '1'],
  ['next-url', '/world'],
  ['next-url', '../../etc/passwd'],
  ['x-middleware-prefetch', '1'],
  ['x-nextjs-data', '1'],
  ['x-middleware-subrequest', 'middleware:middleware:middleware:middleware:middleware'],
  ['x-middleware-subrequest', 'proxy:proxy:proxy:proxy:proxy'],
  ['x-middleware-invoke', '1'],
  ['x-invoke-path', '/api/health'],
  ['x-invoke-status', '500'],
  ['x-now-route-matches', '1'],
  ['x-prerender-revalidate', 'x'],
  ['x-prerender-revalidate-if-generated', '1'],
  ['x-next-revalidated-tags', 'a,b'],
  ['x-next-revalidate-tag-token', 'x'],
  ['x-matched-path', '/api/health'],
  ['x-forwarded-host', 'evil.example'],
  ['x-forwarded-proto', 'gopher'],
  ['x-forwarded-proto', 'https'],
  ['x-forwarded-for', '1.2.3.4, ::1'],
  ['purpose', 'prefetch'],
  ['sec-purpose', 'prefetch;prerender'],
  ['x-purpose', 'preview'],
  ['if-none-match', '*'],
  ['if-none-match', 'W/"x"'],
  ['if-modified-since', 'Thu, 01 Jan 2099 00:00:00 GMT'],
  ['if-match', '"nope"'],
  ['if-unmodified-since', 'Thu, 01 Jan 1970 00:00:00 GMT'],
  ['if-range', '"x"'],
  ['accept-encoding', 'br;q=2, gzip;q=-1, identity;q=0'],
  ['content-type', 'multipart/form-data; boundary=x'],
  ['transfer-encoding', 'identity'],
  ['expect', '100-continue'],
  ['origin', 'null'],
  ['__proto__', 'x'],
  ['constructor', 'x'],
];

/** Every address of the site worth starting from: real ones and made-up ones under every folder. */
export function fuzzBasePaths(site: FuzzSite): string[] {
  const paths = new Set<string>(['/', '/tags', '/authors', '/search', '/search?q=harbour', '/search?q=%3Cscript%3E']);
  for (const p of ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt'])
    paths.add(p);
  for (const p of ['/sitemaps/sitemap-1.xml', '/sitemaps/sitemap-2.xml', '/sitemaps/sitemap-0.xml', '/sitemaps/x.xml'])
    paths.add(p);
  for (const p of ['/og-image.png', '/icon.svg', '/apple-icon.png', '/favicon.ico', '/logo.png']) paths.add(p);
  for (const p of ['/api', '/api/health', '/api/preview', '/api/preview?secret=x&slug=/world', '/api/preview/exit'])
    paths.add(p);
  paths.add('/api/revalidate');
  const scopes = [
    ...site.sections.map((s) => `/${s}`),
    ...site.tags.slice(0, 12).map((t) => `/tags/${t}`),
    ...site.authors.slice(0, 6).map((a) => `/authors/${a}`),
  ];
  for (const scope of scopes) {
    paths.add(scope);
    for (const file of [...sectionChildRoutes, 'page/2', 'page/3', 'page/0', 'page/01', 'page/99999999999']) {
      paths.add(`${scope}/${file}`);
    }
  }
  for (const article of site.articles.slice(0, 40)) paths.add(article);
  const heroes = site.publicFiles.filter((f) => f.startsWith('/images/') && /\.(?:jpe?g|png)$/i.test(f));
  for (const hero of heroes.slice(0, 20)) {
    paths.add(hero);
    for (const ratio of ['16x9', '4x3', '1x1', '2x1']) paths.add(`/crops/${ratio}${hero.replace(/\.\w+$/, '.jpg')}`);
    for (const w of [96, 640, 1200, 9999]) paths.add(`/_next/image?url=${encodeURIComponent(hero)}&w=${w}&q=75`);
  }
  for (const file of site.publicFiles.slice(0, 40)) paths.add(file);
  for (const file of site.staticFiles.slice(0, 60)) paths.add(file);
  for (const file of site.pagefindFiles) paths.add(file);
  paths.add('/_next/image?url=%2Fapi%2Fhealth&w=96&q=75');
  paths.add('/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=96&q=75');
  paths.add('/_next/image?url=%2Fimages%2F&w=96&q=75');
  // Made-up addresses under every folder, including the names of the site's own route files.
  const folders = [
    '',
    '/images',
    '/images/2024',
    '/images/authors',
    '/pagefind',
    '/pagefind/fragment',
    '/crops',
    '/crops/16x9',
    '/crops/16x9/images',
    '/_next',
    '/_next/static',
    '/_next/static/chunks',
    '/_next/static/media',
    '/_next/data',
    '/api',
    '/api/health',
    '/api/preview',
    '/sitemaps',
    '/tags',
    '/authors',
    '/search',
    `/${site.sections[0] ?? 'world'}`,
    site.articles[0] ?? '/world/x',
    '/.well-known',
    '/.next',
    '/node_modules',
    '/public',
  ];
  for (const folder of folders) {
    for (const name of FILE_NAMES) paths.add(`${folder}/${name}`);
    for (const atom of PROTO_ATOMS) paths.add(`${folder}/${atom}`);
  }
  return [...paths];
}

/** Generates `count` requests from `seed`: the same seed and site give the same requests. */
export function generateFuzzRequests(site: FuzzSite, count: number, seed = 1): FuzzRequest[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('fuzz: pick from an empty list');
    return item;
  };
  const chance = (p: number) => random() < p;
  const bases = fuzzBasePaths(site);
  // Made-up addresses named like the site's own route files (`/api/feed.xml`, `/_next/page/2`): where
  // Next's dynamic routes answer for a folder that is not a section, and cache the answer.
  const routeFileAddresses = bases.filter((p) =>
    /^\/(?:api|_next|images|pagefind|crops)\/(?:[^/]+\.\w+|page\/\d+)$/.test(p),
  );
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    let target = chance(0.08) ? pick(routeFileAddresses) : pick(bases);
    if (chance(0.45)) target = mutatePath(target, pick, chance);
    if (chance(0.15)) target += `${target.includes('?') ? '&' : '?'}${pick(queryAtoms)}`;
    if (chance(0.02)) target = pick(otherTargetForms)(target);

    const roll = random();
    const method = roll < 0.5 ? 'GET' : roll < 0.6 ? 'HEAD' : roll < 0.7 ? 'OPTIONS' : pick(ODD_METHODS);
    const headers: (readonly [string, string])[] = [];
    if (chance(0.12)) headers.push(['Range', pick(RANGES)]);
    if (chance(0.1)) headers.push(['Host', pick(HOSTS)]);
    if (chance(0.15)) headers.push(['Accept', pick(ACCEPTS)]);
    if (chance(0.15)) headers.push(['Cookie', pick(COOKIES)]);
    const internal = chance(0.45) ? 1 + Math.floor(random() * 3) : 0;
    for (let n = 0; n < internal; n++) headers.push(pick(NEXT_HEADERS));
    if (chance(0.02)) headers.push(['X-Bad', `a${pick(RAW_CONTROL)}b`]);

    const request: FuzzRequest = { method, target, headers };
    if (['POST', 'PUT', 'PATCH'].includes(method) && chance(0.6)) {
      request.body = pick(['{"__proto__":{"polluted":true}}', 'a=1&__proto__[x]=1', '[]', '{', 'x'.repeat(5000)]);
    }
    requests.push(request);
  }
  return requests;
}

const queryAtoms = [
  '__proto__[polluted]=1',
  'constructor[prototype][x]=1',
  'q=%00',
  'q=%ff',
  'url=/etc/passwd',
  '_rsc=1',
  '_rsc=abc',
  'nxtPslug=x',
  'nxtPsection=__proto__',
  'page=-1',
  'w=1&q=1000',
  `q=${'z'.repeat(3000)}`,
  '__nextDataReq=1',
  '__nextDefaultLocale=x',
];

const otherTargetForms: readonly ((target: string) => string)[] = [
  () => '*',
  (target) => `http://evil.example${target}`,
  (target) => `https://127.0.0.1${target}`,
  (target) => target.slice(1) || 'x',
  (target) => `//${target}`,
];

function mutatePath(target: string, pick: <T>(items: readonly T[]) => T, chance: (p: number) => boolean): string {
  const queryAt = target.indexOf('?');
  let p = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  const folder = p.slice(0, p.lastIndexOf('/') + 1) || '/';
  const mutations: readonly (() => string)[] = [
    () => `${folder}${pick(TRAVERSALS)}`,
    () => `${p}/${pick(TRAVERSALS)}`,
    () => `${p}${pick(CONTROL)}`,
    () => `${folder}${pick(CONTROL)}${p.slice(folder.length)}`,
    () => `${p}${pick(RAW_CONTROL)}`,
    () => `${folder}${pick(ENCODED_JUNK)}`,
    () => `${p}${pick(ENCODED_JUNK)}`,
    () => `${folder}${pick(PROTO_ATOMS)}`,
    () => `${p}/${pick(PROTO_ATOMS)}`,
    () => `${folder}${'a'.repeat(pick([255, 256, 1025, 4096, 9000]))}`,
    () => `${p}/${Array.from({ length: pick([50, 300]) }, () => 'x').join('/')}`,
    () => encodeSome(p, false),
    () => encodeSome(p, true),
    () => `${p}/`,
    () => `${p}.rsc`,
    () => `${p}.json`,
    () => `${p}%2f`,
    () => p.toUpperCase(),
    () => `${p};jsessionid=1`,
    () => `${p}#frag`,
  ];
  p = pick(mutations)();
  if (chance(0.2)) p = pick(mutations)();
  return p + query;
}

/** Percent-encodes letters of `p` (once, or twice when `double`), leaving slashes alone mostly. */
function encodeSome(p: string, double: boolean): string {
  return [...p]
    .map((ch, i) => {
      if (ch === '/' && i % 3 !== 0) return ch;
      if (i % 2 === 0) return ch;
      const once = `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
      return double ? once.replace('%', '%25') : once;
    })
    .join('');
}

/** The request as bytes (latin1): request line, headers (Host and Connection: close unless given), body. */
export function rawRequestBytes(request: FuzzRequest, port: number): Buffer {
  const lines = [`${request.method} ${request.target} HTTP/1.1`];
  if (!request.headers.some(([name]) => name.toLowerCase() === 'host')) lines.push(`Host: 127.0.0.1:${port}`);
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  if (request.body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(request.body, 'latin1')}`);
  lines.push('Connection: close');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${request.body ?? ''}`, 'latin1');
}

/** Longest body kept of an answer (the rest is read and dropped). */
const MAX_BODY = 4 * 1024 * 1024;

/** Sends `request` to 127.0.0.1:`port` over a fresh TCP connection and reads the whole answer. */
export function sendFuzzRequest(port: number, request: FuzzRequest, timeoutMs = 15_000): Promise<FuzzResponse> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    socket.setTimeout(timeoutMs, () => {
      timedOut = true;
      socket.destroy();
    });
    socket.on('data', (d: Buffer) => {
      if (size < MAX_BODY) chunks.push(d);
      size += d.length;
    });
    socket.on('error', () => {
      // A reset after a partial or no answer: report what arrived.
    });
    socket.on('close', () => resolve({ ...parseAnswer(Buffer.concat(chunks).toString('latin1')), timedOut }));
    socket.write(rawRequestBytes(request, port));
  });
}

/** A request and the answer it got. */
export type FuzzOutcome = { request: FuzzRequest; response: FuzzResponse };

/**
 * Sends `requests` to 127.0.0.1:`port`, `concurrency` at a time, until all are answered or `deadline`
 * (epoch ms) passes; returns the outcomes in the order the answers came.
 */
export async function sendFuzzRequests(
  port: number,
  requests: readonly FuzzRequest[],
  { concurrency, deadline, timeoutMs }: { concurrency: number; deadline: number; timeoutMs?: number },
): Promise<FuzzOutcome[]> {
  const outcomes: FuzzOutcome[] = [];
  const queue = [...requests].reverse();
  const worker = async () => {
    for (let request = queue.pop(); request !== undefined && Date.now() < deadline; request = queue.pop()) {
      outcomes.push({ request, response: await sendFuzzRequest(port, request, timeoutMs) });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return outcomes;
}

function parseAnswer(raw: string): Omit<FuzzResponse, 'timedOut'> {
  // A 100 Continue may come first.
  let rest = raw;
  while (/^HTTP\/1\.[01] 1\d\d /.test(rest) && rest.includes('\r\n\r\n'))
    rest = rest.slice(rest.indexOf('\r\n\r\n') + 4);
  const { status, headers, body } = parseResponse(rest);
  return { status, headers, body };
}

/** What must never appear in an answer: stack traces, server paths, Node error codes, Next's error text. */
export const INTERNALS: readonly RegExp[] = [
  /\bat async\b/,
  /\n\s*at [\w$.<>[\] ]+ \(/,
  /\bat (?:file:\/\/)?\/[\w./-]+:\d+:\d+/,
  /\/(?:home|root|srv|work|usr|tmp)\/[\w.-]+\//,
  /node_modules/,
  /\.next\/(?:server|standalone|cache)/,
  /\b(?:ENOENT|EACCES|EISDIR|ENOTDIR|ERR_[A-Z_]{4,})\b/,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError): /,
  // (Not "digest": every 404 page's inline payload carries Next's NEXT_HTTP_ERROR_FALLBACK;404 marker.)
  /Invariant: |Internal Server Error|Response constructor|server-side exception|NEXT_REDIRECT/,
  /root:x:0:0|"devDependencies"\s*:|REVALIDATE_SECRET|PREVIEW_SECRET|REDIS_URL/,
];

/**
 * Bodies checked for internals: everything but the static files the site serves verbatim (scripts,
 * styles, images, fonts, the search bundle's binary files), whose bytes are code or data, not answers.
 */
export function bodyToCheck(response: FuzzResponse): boolean {
  if (response.status < 200 || response.status >= 300) return true;
  const type = response.headers.get('content-type') ?? '';
  return !/javascript|css|image\/|font\/|wasm|octet-stream|application\/x-/.test(type);
}

/**
 * The first pattern of INTERNALS `response`'s body matches, if any. The request's own path segments
 * are taken out of the body first: a 308 or a 404 page may name the address asked for
 * (`/node_modules/x` is a probe, not a leak).
 */
export function leakIn(response: FuzzResponse, request?: FuzzRequest): RegExp | undefined {
  if (!bodyToCheck(response)) return undefined;
  let body = response.body;
  if (request) {
    const segments = request.target
      .split(/[/?#&=]/)
      .flatMap((segment) => [segment, safelyDecoded(segment)])
      .filter((segment) => segment.length >= 3);
    for (const segment of segments.sort((a, b) => b.length - a.length)) body = body.split(segment).join('');
  }
  return INTERNALS.find((pattern) => pattern.test(body));
}

function safelyDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A one-line description of a request: method, target and extra headers, control characters escaped. */
export function describeRequest(request: FuzzRequest): string {
  const printable = (s: string) =>
    // eslint-disable-next-line no-control-regex
    (s.length > 160 ? `${s.slice(0, 160)}…(${s.length})` : s).replace(/[\u0000-\u001f\u007f]/g, (c) => {
      return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
  const headers = request.headers.map(([n, v]) => `${n}: ${printable(v)}`).join(' | ');
  return `${printable(request.method)} ${printable(request.target)}${headers ? `  [${headers}]` : ''}`;
}

/**
 * True when a plain GET was refused with 405: only the POST-only API routes may do that, so anywhere
 * else it is another method's answer replayed from the cache.
 */
export function refusedGet(request: FuzzRequest, response: FuzzResponse): boolean {
  if (request.method !== 'GET' || response.status !== 405) return false;
  const p = safelyDecoded(request.target.split(/[?#]/)[0] ?? '');
  return p !== '/api/revalidate' && p !== '/api/preview/exit';
}

/** The origin-form path of a request, if it has one (for re-checking addresses after a run). */
export function originPath(request: FuzzRequest): string | undefined {
  return request.target.startsWith('/') && !request.target.startsWith('//') ? request.target : undefined;
}
