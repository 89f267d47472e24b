/**
 * `npm run bench:live-updates [-- --entries 200] [--duration 20] [--connections 50] [--port 3750] [--keep]`
 *
 * What a crowd of open live pages costs the server. In a temporary copy of the committed project
 * (bench/project-copy.ts), adds one live blog of N entries (default 200; one pinned, every tenth a
 * key event), runs the production build (`npm run build`, production settings), serves it with the
 * production server (`npm start`) on 127.0.0.1, and drives with wrk (50 connections for 20 s, gzip
 * accepted), one after the other:
 *
 *   updates       GET <blog>/updates: what every open tab polls (one JSON for everybody, memoised per store)
 *   updates 304   the same with If-None-Match: what a browser sends once its 5-second copy is stale
 *   page          GET <blog>: the live page itself, side by side
 *
 * and prints requests/s, latency p50/p99, errors and the bytes of one response (gzip, as sent), and
 * how many open tabs one server answers at one poll per 20 s.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyProject } from './project-copy';
import { startProductionServer, stopServer, waitForServer } from './servers';
import { flag } from './cli';

const entries = Number(flag('entries') ?? '200');
const duration = Number(flag('duration') ?? '20');
const connections = Number(flag('connections') ?? '50');
const port = Number(flag('port') ?? '3750');
const keep = process.argv.includes('--keep');
if (![entries, duration, connections, port].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(
    'usage: npm run bench:live-updates -- [--entries N] [--duration S] [--connections C] [--port P] [--keep]',
  );
  process.exit(2);
}

/** The poll interval readers' pages use in production (LIVE_POLL_SECONDS' default). */
const POLL_SECONDS = 20;
const SLUG = 'bench-live-blog';
const BLOG = `/world/${SLUG}`;

/** The live blog: its index and N entries, the newest five minutes old, two minutes apart. */
function writeLiveBlog(dir: string): void {
  const folder = path.join(dir, 'content', 'live', SLUG);
  mkdirSync(path.join(folder, 'entries'), { recursive: true });
  const newest = Date.now() - 5 * 60_000;
  const at = (n: number) => new Date(newest - (entries - n) * 2 * 60_000).toISOString();
  writeFileSync(
    path.join(folder, 'index.mdx'),
    `---
title: 'Benchmark live blog: the storm surge, hour by hour'
standfirst: A long-running live blog for the live-updates benchmark, with as many entries as a day of coverage.
publishedAt: ${at(0)}
author: world-desk
section: world
hero:
  src: /images/2026/kestrel-bay-harbour.jpg
  alt: Illustration of a harbour district seen from above in teal and sand tones
status: live
---

The storm surge reached the harbour at high tide. Updates below, newest first.
`,
  );
  for (let n = 1; n <= entries; n++) {
    const id = `update-${String(n).padStart(3, '0')}`;
    writeFileSync(
      path.join(folder, 'entries', `${id}.mdx`),
      `---
publishedAt: ${at(n)}
${n % 3 === 0 || n % 10 === 0 ? `title: 'Report ${n}: the water at the north quay'\n` : ''}author: world-desk
${n === 1 ? 'pinned: true\n' : ''}${n % 10 === 0 ? 'keyEvent: true\n' : ''}---

Report ${n}: the water stood ${n % 50} centimetres above the quay wall as the tide turned, and the barrier crews held the gates half closed. Harbour staff walked the sea wall every hour and asked people to keep away from the edge.

The council said the pumps at the old lock were running at full power and that **buses** would take the Saltings road until the water went down.
`,
    );
  }
}

/** One response as a browser accepting gzip gets it: status and body bytes on the wire. */
function wireSize(url: string, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    // A connection of its own (no agent): nothing left open for the wrk run that follows.
    const req = http.get(url, { agent: false, headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.on('error', reject);
  });
}

type WrkResult = { rps: number; p50: string; p99: string; requests: number; errors: number };

/** Runs wrk against `url` and reads its summary. */
function wrk(url: string, headers: Record<string, string>): WrkResult {
  const args = ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', '-H', 'Accept-Encoding: gzip'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const match = (re: RegExp, what: string) => {
    const found = re.exec(out)?.[1];
    if (found === undefined) throw new Error(`wrk printed no ${what}:\n${out}`);
    return found;
  };
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0');
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    rps: Number(match(/Requests\/sec:\s+([\d.]+)/, 'requests/s')),
    p50: match(/\s50%\s+(\S+)/, 'p50'),
    p99: match(/\s99%\s+(\S+)/, 'p99'),
    requests: Number(match(/(\d+) requests in/, 'request count')),
    // A 304 is what the revalidation run asks for: wrk counts it as "3xx".
    errors: socketErrors + (headers['If-None-Match'] ? 0 : non2xx),
  };
}

// Production defaults, whatever the caller's shell says.
const {
  LISTING_PAGE_SIZE: _pageSize,
  PRERENDER_ARTICLES: _prerender,
  LIVE_POLL_SECONDS: _poll,
  ...inherited
} = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1' };

const dir = copyProject(process.cwd(), 'newsroom-live-');
console.log(`== a live blog of ${entries} entries in ${dir}`);
writeLiveBlog(dir);
let started = performance.now();
execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
console.log(`build: ${((performance.now() - started) / 1000).toFixed(0)} s`);

const server = startProductionServer('live', port, env, dir);
try {
  await waitForServer(`${server.url}/api/health`);
  const endpoint = `${server.url}${BLOG}/updates`;
  const page = `${server.url}${BLOG}`;
  // First requests render: warm both, and check what the endpoint says.
  started = performance.now();
  const first = await fetch(endpoint);
  const firstMs = performance.now() - started;
  const body: { status?: string; entries?: { html?: string }[] } = await first.json();
  const etag = first.headers.get('etag') ?? '';
  if (first.status !== 200 || body.status !== 'live' || body.entries?.length !== entries || !etag) {
    throw new Error(
      `${endpoint}: unexpected answer (${first.status}, ${body.entries?.length} entries, ETag "${etag}")`,
    );
  }
  const withHtml = body.entries.filter((e) => e.html !== undefined).length;
  console.log(`first answer: ${firstMs.toFixed(0)} ms (renders ${withHtml} entries; later ones come from the memo)`);
  for (let i = 0; i < 20; i++) {
    await fetch(page).then((r) => r.arrayBuffer());
    await fetch(endpoint).then((r) => r.arrayBuffer());
  }

  const runs: { name: string; url: string; headers: Record<string, string> }[] = [
    { name: 'updates', url: endpoint, headers: {} },
    { name: 'updates 304', url: endpoint, headers: { 'If-None-Match': etag } },
    { name: 'page', url: page, headers: {} },
  ];
  console.log(`wrk: ${connections} connections, ${duration} s each, gzip accepted, 127.0.0.1:${port}`);
  const rows: string[][] = [['', 'req/s', 'p50', 'p99', 'errors', 'bytes/response', `tabs at 1 poll/${POLL_SECONDS}s`]];
  for (const run of runs) {
    const size = await wireSize(run.url, run.headers);
    const result = wrk(run.url, run.headers);
    rows.push([
      run.name,
      result.rps.toFixed(0),
      result.p50,
      result.p99,
      String(result.errors),
      `${size.bytes} (${size.status})`,
      run.name === 'page' ? '' : Math.round(result.rps * POLL_SECONDS).toLocaleString('en-GB'),
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
} finally {
  await stopServer(server);
  if (keep) console.log(`kept ${dir}`);
  // Thousands of hard links: deleted in the background.
  else spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
}
