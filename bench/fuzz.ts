/**
 * `npm run bench:fuzz`: sends 10,000 (or --count) generated hostile requests to the production server
 * on 127.0.0.1 (tests/e2e/support/fuzz-requests.ts; seeded, so a run can be repeated exactly), then
 * re-checks with a plain GET every address that got an odd method or header (a cached answer to one
 * request must not break the next), and asks /api/health. Prints counts by status class, every 5xx,
 * every body that shows internals, and the server's error lines; exits 1 if there was any of them,
 * a request went unanswered, or health is not 200.
 *
 *   npm run bench:fuzz                                   # starts .next/standalone/server.js itself
 *   npm run bench:fuzz -- --url http://127.0.0.1:3000    # a production server already running
 *   options: --count 10000 --duration 600 (s) --concurrency 8 --seed 1 --port (own server)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { stopServer, waitForServer, type Server } from './servers';
import {
  describeRequest,
  generateFuzzRequests,
  leakIn,
  loadFuzzSite,
  originPath,
  refusedGet,
  sendFuzzRequest,
  sendFuzzRequests,
  type FuzzOutcome,
  type FuzzRequest,
} from '../tests/e2e/support/fuzz-requests';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    port: { type: 'string' },
    count: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
  },
});

const count = Number(values.count);
const durationMs = Number(values.duration) * 1000;
const concurrency = Number(values.concurrency);
const seed = Number(values.seed);
for (const [name, value] of Object.entries({ count, duration: durationMs, concurrency, seed })) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The server's own log lines that report an error (Next prints them with ⨯). */
const serverErrors: string[] = [];

async function startOwnServer(port: number): Promise<Server> {
  const child = spawn('node', ['.next/standalone/server.js'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (/⨯|Error|error/.test(line) && serverErrors.length < 200) serverErrors.push(line);
    });
  }
  const server = { name: 'production', url: `http://127.0.0.1:${port}`, process: child };
  await waitForServer(`${server.url}/api/health`);
  return server;
}

function target(url: string): number {
  const parsed = new URL(url);
  if (parsed.hostname !== '127.0.0.1' || parsed.protocol !== 'http:') {
    throw new Error('--url must be http://127.0.0.1:PORT: the fuzz only ever talks to this machine');
  }
  return Number(parsed.port || 80);
}

function run(port: number, requests: readonly FuzzRequest[], deadline: number): Promise<FuzzOutcome[]> {
  return sendFuzzRequests(port, requests, { concurrency, deadline });
}

/** A plain GET of every address an odd request touched: what a reader gets after the fuzz. */
function followUps(outcomes: readonly FuzzOutcome[]): FuzzRequest[] {
  const paths = new Set<string>();
  for (const { request } of outcomes) {
    const p = originPath(request);
    if (p && (request.method !== 'GET' || request.headers.length > 0)) paths.add(p);
  }
  return [...paths].map((p) => ({ method: 'GET', target: p, headers: [] }));
}

function classOf(status: number): string {
  return status === 0 ? 'no answer' : `${Math.floor(status / 100)}xx`;
}

function report(title: string, outcomes: readonly FuzzOutcome[]): { failures: number } {
  const classes = new Map<string, number>();
  const statuses = new Map<number, number>();
  for (const { response } of outcomes) {
    classes.set(classOf(response.status), (classes.get(classOf(response.status)) ?? 0) + 1);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
  console.log(`\n${title}: ${outcomes.length} requests`);
  for (const name of ['1xx', '2xx', '3xx', '4xx', '5xx', 'no answer'])
    console.log(`  ${name.padEnd(9)} ${classes.get(name) ?? 0}`);
  console.log(
    `  statuses  ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
  const errors = outcomes.filter(({ response }) => response.status >= 500 || response.status === 0);
  const leaks = outcomes
    .map((o) => ({ ...o, pattern: leakIn(o.response, o.request) }))
    .filter((o): o is FuzzOutcome & { pattern: RegExp } => o.pattern !== undefined);
  const refused = outcomes.filter(
    ({ request, response }) => request.headers.length === 0 && refusedGet(request, response),
  );
  console.log(`  5xx or no answer: ${errors.length}`);
  for (const { request, response } of errors.slice(0, 50)) {
    console.log(`    ${response.status || (response.timedOut ? 'timeout' : 'closed')}  ${describeRequest(request)}`);
  }
  console.log(`  bodies showing internals: ${leaks.length}`);
  for (const { request, response, pattern } of leaks.slice(0, 20)) {
    const at = response.body.search(pattern);
    const excerpt = response.body.slice(Math.max(0, at - 60), at + 100).replace(/\s+/g, ' ');
    console.log(`    ${response.status}  ${describeRequest(request)}\n      ${pattern}: …${excerpt}…`);
  }
  if (refused.length > 0) {
    console.log(`  plain GETs refused with 405 (another method's answer, cached): ${refused.length}`);
    for (const { request } of refused.slice(0, 20)) console.log(`    ${describeRequest(request)}`);
  }
  return { failures: errors.length + leaks.length + refused.length };
}

async function main(): Promise<void> {
  const site = loadFuzzSite();
  const requests = generateFuzzRequests(site, count, seed);
  let server: Server | undefined;
  let port: number;
  if (values.url) {
    port = target(values.url);
  } else {
    port = values.port ? Number(values.port) : await freePort();
    server = await startOwnServer(port);
  }
  const stop = async () => {
    if (server) await stopServer(server);
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    console.log(`fuzz: ${requests.length} requests (seed ${seed}, concurrency ${concurrency}) to 127.0.0.1:${port}`);
    const started = Date.now();
    const deadline = started + durationMs;
    const outcomes = await run(port, requests, deadline);
    const seconds = (Date.now() - started) / 1000;
    let failures = report(
      `fuzz (${seconds.toFixed(1)} s, ${(outcomes.length / seconds).toFixed(0)} req/s)`,
      outcomes,
    ).failures;
    if (outcomes.length < requests.length) console.log(`  stopped by --duration after ${outcomes.length} requests`);

    // Give background regenerations started by the fuzz a moment to land, then read every touched address.
    await sleep(1000);
    const again = await run(port, followUps(outcomes), Date.now() + Math.max(60_000, durationMs / 4));
    failures += report('plain GET of every address an odd request touched', again).failures;

    const health = await sendFuzzRequest(port, { method: 'GET', target: '/api/health', headers: [] });
    console.log(`\n/api/health afterwards: ${health.status}`);
    if (health.status !== 200) failures++;
    if (server) {
      console.log(`server log lines reporting an error: ${serverErrors.length}`);
      for (const line of serverErrors.slice(0, 20)) console.log(`  ${line}`);
      failures += serverErrors.length;
    }
    console.log(failures === 0 ? '\nfuzz: OK' : `\nfuzz: FAILED (${failures} problems)`);
    process.exitCode = failures === 0 ? 0 : 1;
  } finally {
    await stop();
  }
}

await main();
