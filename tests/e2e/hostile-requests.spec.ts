/**
 * Hostile and malformed requests against the production server, sent as raw bytes over TCP so that
 * nothing normalises them on the way: every one must get a calm 4xx (or, where stated, a same-site
 * redirect or the ordinary page) — never a 5xx, a stack trace, a server path or a file from outside
 * the site — and the server must stay up.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../lib/serving/security-headers.mjs';
import { rawRequest, type RawResponse } from './support/servers';

type Case = {
  category: string;
  /** Request line, e.g. `GET /x HTTP/1.1`. */
  line: string;
  /** Extra header lines; `Host: 127.0.0.1` (unless given here) and `Connection: close` are added unless `bareHeaders`. */
  headers?: string[];
  bareHeaders?: boolean;
  /** Statuses accepted for this request. */
  expect: (status: number) => boolean;
  /** Rejected by Node's HTTP parser before Next (or our code) sees it: no security headers. */
  nodeLevel?: boolean;
};

const ARTICLE = '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks';
const IMAGE = '%2Fimages%2F2024%2Ftrilateral-summit.jpg';
const is4xx = (s: number) => s >= 400 && s < 500;
const is =
  (...statuses: number[]) =>
  (s: number) =>
    statuses.includes(s);

/** What must never appear in an answer: stack frames, server paths, error codes. */
const INTERNALS = [
  /\bat [\w$.<>[\] ]+ \(/, // a stack frame
  /\bat (?:file:\/\/)?\/[\w./-]+:\d+:\d+/,
  new RegExp(process.cwd().replaceAll('/', '\\/')),
  /\/(?:home|root|srv|work|usr)\/[\w.-]+\//,
  /node_modules/,
  /\.next\/(?:server|standalone)/,
  /\b(?:ENOENT|EACCES|EISDIR|ERR_[A-Z_]+)\b/,
];
/** Contents of files that are on the server but not part of the site. */
const OUTSIDE_FILES = [
  /root:x:0:0/, // /etc/passwd
  /"devDependencies"\s*:/, // package.json
  /REVALIDATE_SECRET|REDIS_URL/,
];

/** A path ending in `/` is redirected to the same path without it (checked: same-site), then routed. */
const endsInSlash = (path: string) => /.\/$/.test(path.split('?')[0] ?? '');

function get(path: string, category: string, expect?: Case['expect'], headers?: string[]): Case {
  return {
    category,
    line: `GET ${path} HTTP/1.1`,
    expect: expect ?? (endsInSlash(path) ? is(308) : is4xx),
    ...(headers ? { headers } : {}),
  };
}

function buildCases(): Case[] {
  const cases: Case[] = [];

  // Unknown paths, including probes for files that exist on the server but are not the site.
  for (const path of [
    '/wp-admin/',
    '/wp-login.php',
    '/xmlrpc.php',
    '/.env',
    '/.env.local',
    '/.git/config',
    '/.git/HEAD',
    '/admin',
    '/phpmyadmin/index.php',
    '/server-status',
    '/cgi-bin/test.cgi',
    '/index.php',
    '/config.json',
    '/package.json',
    '/package-lock.json',
    '/next.config.mjs',
    '/cache-handler.mjs',
    '/security-headers.mjs',
    '/server.js',
    '/.next/BUILD_ID',
    '/.next/required-server-files.json',
    '/.contentlayer/generated/index.mjs',
    '/node_modules/next/package.json',
    '/public/images/2024/trilateral-summit.jpg',
    '/api',
    '/api/unknown',
    '/api/health/extra',
    '/world/no-such-story',
    '/weather',
    '/authors/nobody',
    '/tags/no-such-tag',
    '/a/b/c/d',
    '/_next/unknown',
    '/_next/static/chunks/no-such-chunk.js',
    '/_next/static/../../package.json',
    '/_next/data/x/index.json',
    '/.well-known/unknown',
    '/images/',
    '/images/no-such.jpg',
    '/feed.php',
  ]) {
    cases.push(get(path, 'unknown paths'));
  }

  // Path traversal, plain, percent-encoded, double-encoded and overlong-UTF-8-encoded.
  const traversals = [
    '../../../../etc/passwd',
    '..%2f..%2f..%2f..%2fetc%2fpasswd',
    '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%5c..%5c..%5cetc%5cpasswd',
    '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
    '..%c0%af..%c0%afetc%c0%afpasswd',
    '..;/..;/etc/passwd',
    '%2e%2e%2fpackage.json',
    '../package.json',
    '..%2f.next%2fBUILD_ID',
    '.%2e/.%2e/.%2e/etc/passwd',
  ];
  for (const prefix of ['/', '/images/', '/_next/static/', '/_next/static/chunks/', '/world/', '/api/']) {
    for (const t of traversals) cases.push(get(`${prefix}${t}`, 'path traversal'));
  }
  // Repeated slashes are redirected to the collapsed, same-site path (checked below), then 404.
  for (const path of ['/....//....//etc/passwd', '//etc/passwd', '/\\..\\..\\etc\\passwd', '///world']) {
    cases.push(get(path, 'path traversal', is(308)));
  }

  // NUL and other control characters, raw or encoded.
  for (const path of [
    '/%00',
    '/world%00',
    '/world%00.html',
    '/images/2024/trilateral-summit.jpg%00.html',
    '/%0d%0aSet-Cookie:%20x=1',
    '/%0a',
    '/%7f',
    '/world/%00',
    '/tags/%00north-korea',
    '/api/health%00',
    '/%1b[31m',
  ]) {
    cases.push(get(path, 'NUL and control characters', is(400)));
  }

  // Double encoding: decoded once it is an ordinary (unknown) name.
  for (const path of ['/%2500', '/%252e%252e/', '/world%252f..%252f..', '/%25c3%2528', '/%25%25', '/images/%2525']) {
    cases.push(get(path, 'double encoding'));
  }

  // Invalid UTF-8 and malformed percent-encodings, under every kind of route.
  const badEncodings = [
    '%',
    '%%',
    '%zz',
    '%c3',
    '%c3%28',
    '%a0%a1',
    '%e2%28%a1',
    '%e2%82%28',
    '%f0%28%8c%bc',
    '%f0%90%28%bc',
    '%f8%a1%a1%a1%a1',
    '%ff',
    '%fe',
    '%c0%80',
    '%ed%a0%80',
  ];
  for (const prefix of ['/', '/world/', '/tags/', '/authors/', '/images/', '/api/', '/_next/']) {
    for (const bad of badEncodings.slice(0, prefix === '/' ? badEncodings.length : 4)) {
      cases.push(get(`${prefix}${bad}`, 'invalid UTF-8 percent-encoding', is(400)));
    }
  }
  // A malformed query is parsed leniently by Next and ignored by pages: the page, never an error.
  for (const query of ['?q=%', '?%zz=1', '?q=%c3%28', '?q=%ff%fe', '?a=%00']) {
    cases.push(get(`/world${query}`, 'invalid UTF-8 percent-encoding', is(200)));
  }

  // Over-long paths, queries and headers.
  for (const n of [1025, 2048, 4096, 8000]) cases.push(get(`/${'a'.repeat(n)}`, 'over-long', is(414)));
  cases.push(get(`${'/a'.repeat(600)}`, 'over-long', is(414)));
  cases.push(get(`/world/${'x'.repeat(3000)}`, 'over-long', is(414)));
  for (const n of [2049, 4096, 8000]) cases.push(get(`/world?q=${'b'.repeat(n)}`, 'over-long', is(414)));
  cases.push(get(`/?${Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join('&')}`, 'over-long', is(414)));
  // Past Node's 16 KiB header limit the parser answers 431 itself.
  cases.push({ ...get(`/${'c'.repeat(20_000)}`, 'over-long', is(431)), nodeLevel: true });
  cases.push({ ...get('/', 'over-long', is(431), [`X-Padding: ${'d'.repeat(20_000)}`]), nodeLevel: true });
  // Many small headers: Node keeps the first 2000 and the page is served, or refuses them all.
  cases.push({
    ...get(
      '/',
      'over-long',
      is(200, 431),
      Array.from({ length: 2000 }, (_, i) => `X-H${i}: v`),
    ),
    nodeLevel: true,
  });

  // Odd methods: pages and assets answer GET and HEAD only; API routes only what they define.
  const pagePaths = [
    '/',
    '/world',
    ARTICLE,
    '/tags/north-korea',
    '/images/2024/trilateral-summit.jpg',
    `/_next/image?url=${IMAGE}&w=640&q=75`,
  ];
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK']) {
    for (const path of pagePaths.slice(0, method === 'POST' || method === 'PUT' ? pagePaths.length : 3)) {
      cases.push({
        category: 'odd methods',
        line: `${method} ${path} HTTP/1.1`,
        headers: ['Content-Length: 0'],
        expect: is(405),
      });
    }
  }
  for (const [method, path] of [
    ['PUT', '/api/health'],
    ['DELETE', '/api/health'],
    ['GET', '/api/revalidate'],
    ['PATCH', '/api/revalidate'],
  ] as const) {
    cases.push({
      category: 'odd methods',
      line: `${method} ${path} HTTP/1.1`,
      headers: ['Content-Length: 0'],
      expect: is(405),
    });
  }
  for (const line of [
    'FOO / HTTP/1.1',
    'GETT / HTTP/1.1',
    'get / HTTP/1.1',
    'G\u00c9T / HTTP/1.1',
    'GET world HTTP/1.1',
  ]) {
    cases.push({ category: 'odd methods', line, expect: is(400), nodeLevel: true });
  }
  for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET http://evil.example//world HTTP/1.1']) {
    cases.push({ category: 'odd methods', line, expect: line.includes('//world') ? is(308) : is(400) });
  }

  // The image optimiser: only our images, only configured widths and quality, only GET.
  const image = (query: string, expectStatus: Case['expect'] = is(400)) =>
    get(`/_next/image?${query}`, 'image optimiser abuse', expectStatus, ['Accept: image/avif,image/webp,*/*']);
  for (const url of [
    'http://evil.example/x.jpg',
    'https://evil.example/x.jpg',
    '//evil.example/x.jpg',
    'http://127.0.0.1:22/',
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost:3700/images/2024/trilateral-summit.jpg',
    'file:///etc/passwd',
    'data:image/png;base64,AAAA',
    'javascript:alert(1)',
    'ftp://evil.example/x.jpg',
    '%2Fimages%2F..%2F..%2Fpackage.json',
    '%2Fimages%2F%2e%2e%2Fpackage.json',
    '%2F_next%2Fstatic%2F..%2F..%2Fpackage.json',
    '%2Fapi%2Fhealth',
    '%2Ffavicon.ico',
    `${IMAGE}%3Fv%3D1`,
    '%2Fimages',
    '%2F%2Fevil.example%2Fx.jpg',
    '%',
  ]) {
    cases.push(image(`url=${url}&w=640&q=75`));
  }
  for (const w of ['99999', '1000000000', '0', '-1', '641', '3841', 'abc', '1.5', '']) {
    cases.push(image(`url=${IMAGE}&w=${w}&q=75`));
  }
  for (const q of ['100', '1', '0', '101', 'x', '74']) cases.push(image(`url=${IMAGE}&w=640&q=${q}`));
  for (const query of [
    `w=640&q=75`,
    `url=${IMAGE}&q=75`,
    `url=${IMAGE}&w=640`,
    `url=${IMAGE}&url=${IMAGE}&w=640&q=75`,
    `url=${IMAGE}&w=640&w=750&q=75`,
  ]) {
    cases.push(image(query));
  }
  // Unknown or unsupported formats: files that are not images, or not ours to convert.
  for (const url of [
    '%2Fimages%2Fx.svg',
    '%2Fimages%2Fx.txt',
    '%2Fimages%2Fx.php',
    '%2Fimages%2F2024%2F',
    '%2Fimages%2Fno-such.jpg',
  ]) {
    cases.push(image(`url=${url}&w=640&q=75`, is4xx));
  }

  // Requests with odd headers: the site's own URL is used, never the one the client claims.
  for (const header of [
    'Host: evil.example',
    'X-Forwarded-Host: evil.example',
    'X-Forwarded-Proto: gopher',
    'Host: 127.0.0.1:1',
  ]) {
    cases.push(get('/world', 'odd headers', is(200), [header]));
  }
  // The header that once let requests skip Next middleware (CVE-2025-29927) must not skip proxy.ts.
  cases.push({
    category: 'odd headers',
    line: 'PUT /world HTTP/1.1',
    headers: [
      'Content-Length: 0',
      'X-Middleware-Subrequest: proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware',
    ],
    expect: is(405),
  });
  cases.push({
    category: 'odd headers',
    line: 'GET /world HTTP/1.1',
    bareHeaders: true,
    headers: ['Connection: close'],
    expect: is(400),
    nodeLevel: true,
  });
  // Next answers these with 500 on static files; the server ignores them on GET (lib/serving/request-target.ts).
  const js = `/_next/static/chunks/${readdirSync(path.join(process.cwd(), '.next', 'static', 'chunks')).find((f) => f.endsWith('.js'))}`;
  for (const header of [
    'Range: bytes=999999999-',
    'Range: bytes=5-1',
    'Range: bytes=abc',
    'If-Match: "nope"',
    'If-Unmodified-Since: Mon, 01 Jan 2001 00:00:00 GMT',
  ]) {
    cases.push(get('/images/2024/trilateral-summit.jpg', 'odd headers', is(200), [header]));
    cases.push(get(js, 'odd headers', is(200), [header]));
  }

  return cases;
}

const CASES = buildCases();

function send(port: number, c: Case): Promise<RawResponse> {
  const extra = c.headers ?? [];
  const host = extra.some((h) => /^host:/i.test(h)) ? [] : ['Host: 127.0.0.1'];
  const headers = c.bareHeaders ? extra : [...host, 'Connection: close', ...extra];
  return rawRequest(port, [c.line, ...headers].join('\r\n'));
}

function checkAnswer(c: Case, res: RawResponse): string[] {
  const problems: string[] = [];
  const label = `${c.line.slice(0, 90)}`;
  if (res.status === 0) problems.push(`${label}: no answer`);
  if (res.status >= 500) problems.push(`${label}: ${res.status}`);
  if (res.status !== 0 && !c.expect(res.status)) problems.push(`${label}: unexpected ${res.status}`);
  // Our own scripts and images legitimately contain framework strings; nothing else may.
  const siteAsset =
    res.status === 200 && /^(?:(?:application|text)\/javascript|image\/)/.test(res.headers.get('content-type') ?? '');
  for (const pattern of siteAsset ? OUTSIDE_FILES : [...INTERNALS, ...OUTSIDE_FILES]) {
    if (pattern.test(res.body)) problems.push(`${label}: body matches ${pattern}`);
  }
  if (res.status === 308) {
    const location = res.headers.get('location') ?? '';
    if (!/^\/(?!\/)/.test(location)) problems.push(`${label}: redirects off-site to ${location}`);
  }
  if (!c.nodeLevel && res.status !== 0) {
    for (const { key } of securityHeaders) {
      if (!res.headers.has(key.toLowerCase())) problems.push(`${label}: no ${key}`);
    }
  }
  return problems;
}

test(`the suite has ${CASES.length} distinct requests (at least 200) over every category`, () => {
  const distinct = new Set(CASES.map((c) => `${c.line}\n${(c.headers ?? []).join('\n')}`));
  expect(distinct.size).toBe(CASES.length);
  expect(CASES.length).toBeGreaterThanOrEqual(200);
  expect(new Set(CASES.map((c) => c.category))).toEqual(
    new Set([
      'unknown paths',
      'path traversal',
      'NUL and control characters',
      'double encoding',
      'invalid UTF-8 percent-encoding',
      'over-long',
      'odd methods',
      'image optimiser abuse',
      'odd headers',
    ]),
  );
});

for (const category of [...new Set(CASES.map((c) => c.category))]) {
  test(`hostile requests: ${category}`, async ({ baseURL, request }) => {
    const port = Number(new URL(baseURL ?? '').port);
    const before = (await (await request.get('/api/health')).json()) as { uptimeSeconds: number };
    const batch = CASES.filter((c) => c.category === category);
    const problems: string[] = [];
    // A few at a time: steady pressure without starving the other tests of the two CPU cores.
    for (let i = 0; i < batch.length; i += 8) {
      const slice = batch.slice(i, i + 8);
      const answers = await Promise.all(slice.map((c) => send(port, c)));
      slice.forEach((c, j) => {
        const res = answers[j];
        if (res) problems.push(...checkAnswer(c, res));
      });
    }
    expect(problems).toEqual([]);

    // Still up, and the same process (not restarted in between).
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    const after = (await health.json()) as { uptimeSeconds: number };
    expect(after.uptimeSeconds).toBeGreaterThanOrEqual(before.uptimeSeconds);
  });
}

test('a request naming another host is answered with the site’s own URLs', async ({ baseURL }) => {
  const port = Number(new URL(baseURL ?? '').port);
  for (const headers of [['Host: evil.example'], ['Host: 127.0.0.1', 'X-Forwarded-Host: evil.example']]) {
    const res = await rawRequest(port, ['GET /world HTTP/1.1', ...headers, 'Connection: close'].join('\r\n'));
    expect(res.status).toBe(200);
    expect(res.body).toContain('<link rel="canonical"');
    expect(res.body).not.toContain('evil.example');
  }
});
