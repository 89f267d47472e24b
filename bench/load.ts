/**
 * `npm run bench:load [-- --duration 60 --connections 100 --port 3730]`: a load benchmark (not a
 * test). Starts the standalone production server (build first) on 127.0.0.1, warms it, then drives
 * it with autocannon over a mix of article, home and listing pages for the given time, and prints
 * requests/s, p50/p99 latency, errors and the server's resident memory before and after.
 * `--url http://127.0.0.1:PORT` benchmarks a server that is already running instead (`--pid PID` to
 * report its memory). Extra environment (e.g. REDIS_URL) is passed on to the server it starts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { flag } from './cli';

const duration = Number(flag('duration') ?? '60');
const connections = Number(flag('connections') ?? '100');
const port = Number(flag('port') ?? '3730');
const externalUrl = flag('url') ?? '';

/** Resident set size of `pid` in MiB, from /proc (Linux). */
function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10;
  } catch {
    return undefined;
  }
}

async function waitUntilUp(origin: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server answering at ${origin}`);
}

/** Site links found in `html`: articles (/section/slug) and listings (sections, tags, authors). */
function links(html: string): { articles: string[]; listings: string[] } {
  const hrefs = [...html.matchAll(/href="(\/[a-z0-9/-]*)"/g)].map((m) => m[1] ?? '');
  const unique = [...new Set(hrefs)].filter((h) => h !== '/');
  return {
    articles: unique.filter((h) => /^\/[a-z]+\/[a-z0-9-]+$/.test(h) && !/^\/(?:tags|authors)\//.test(h)),
    listings: unique.filter((h) => /^\/[a-z]+$/.test(h) || /^\/(?:tags|authors)\/[a-z0-9-]+$/.test(h)),
  };
}

function num(value: unknown, where: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`autocannon result: ${where} is not a number`);
  return value;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

async function main(): Promise<void> {
  let pid = externalUrl ? Number(flag('pid') ?? 'NaN') : undefined;
  if (pid !== undefined && Number.isNaN(pid)) pid = undefined;
  let stop = async () => {};
  const origin = externalUrl || `http://127.0.0.1:${port}`;

  if (!externalUrl) {
    const server = spawn(process.execPath, [path.join('.next', 'standalone', 'server.js')], {
      detached: true, // its own process group, ended as a whole below
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
      },
    });
    const serverPid = server.pid;
    pid = serverPid;
    const exited = new Promise((resolve) => server.on('exit', resolve));
    stop = async () => {
      if (serverPid !== undefined) {
        try {
          process.kill(-serverPid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await exited;
    };
  }

  try {
    await waitUntilUp(origin);
    const home = await (await fetch(`${origin}/`)).text();
    const section = await (await fetch(`${origin}/world`)).text();
    const found = links(home + section);
    if (found.articles.length === 0 || found.listings.length === 0)
      throw new Error('found no article or listing links');
    // A news site's traffic: about half articles, a fifth the front page, the rest listings.
    const mix: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      mix.push(found.articles[i % found.articles.length] ?? '/');
      if (i % 2 === 0) mix.push(found.listings[i % found.listings.length] ?? '/');
      if (i % 3 === 0) mix.push('/');
    }
    // Warm every page once so the run measures serving, not first renders.
    for (const p of new Set(mix)) await fetch(`${origin}${p}`).then((r) => r.arrayBuffer());

    const rssBefore = rssMiB(pid);
    let rssPeak = rssBefore ?? 0;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(pid) ?? 0)), 1000);
    console.log(
      `bench: ${connections} connections for ${duration} s against ${origin}, ${new Set(mix).size} URLs ` +
        `(${mix.filter((p) => found.articles.includes(p)).length} article, ${mix.filter((p) => p === '/').length} home, ` +
        `${mix.filter((p) => found.listings.includes(p)).length} listing requests per cycle of ${mix.length}), gzip accepted`,
    );
    const result = await autocannon({
      url: origin,
      connections,
      duration,
      headers: { 'accept-encoding': 'gzip' },
      requests: mix.map((p) => ({ method: 'GET', path: p })),
    });
    clearInterval(sampler);
    const rssAfter = rssMiB(pid);
    await new Promise((r) => setTimeout(r, 10_000));
    const rssSettled = rssMiB(pid);

    const latency = field(result, 'latency');
    const requests = field(result, 'requests');
    const errors = num(field(result, 'errors'), 'errors');
    const timeouts = num(field(result, 'timeouts'), 'timeouts');
    const non2xx = num(field(result, 'non2xx'), 'non2xx');
    const total = num(field(requests, 'total'), 'requests.total');
    const mib = (v: number | undefined) => (v === undefined ? 'n/a' : `${v} MiB`);
    console.log(
      [
        `requests:        ${total} in ${num(field(result, 'duration'), 'duration')} s`,
        `requests/s:      ${num(field(requests, 'average'), 'requests.average')} (average)`,
        `latency p50:     ${num(field(latency, 'p50'), 'latency.p50')} ms`,
        `latency p99:     ${num(field(latency, 'p99'), 'latency.p99')} ms`,
        `latency max:     ${num(field(latency, 'max'), 'latency.max')} ms`,
        `errors:          ${errors + timeouts + non2xx} (connection errors ${errors}, timeouts ${timeouts}, non-2xx ${non2xx})`,
        `server RSS:      before ${mib(rssBefore)}, peak ${mib(rssPeak || undefined)}, after ${mib(rssAfter)}, 10 s later ${mib(rssSettled)}`,
      ].join('\n'),
    );
    process.exitCode = errors + timeouts + non2xx === 0 ? 0 : 1;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
