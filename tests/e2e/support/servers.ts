/**
 * Helpers for end-to-end tests that need more than the one server Playwright starts: extra
 * production servers (the standalone build) and Redis, each in its own process group so that
 * ending it ends everything it started, and raw HTTP requests that send a request line verbatim.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';

/** The secret every test server is started with; tests use it to call /api/revalidate. */
export const E2E_REVALIDATE_SECRET = 'e2e-revalidate-secret-not-for-production';

/** Redis for tests: this checkout's port (other checkouts use others). */
export const REDIS_PORT = 6390;

const root = path.resolve(import.meta.dirname, '..', '..', '..');
export const STANDALONE_SERVER = path.join(root, '.next', 'standalone', 'server.js');

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type RunningServer = {
  port: number;
  origin: string;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  /** Everything the server printed. */
  output: () => string;
  /** Ends the server's whole process group (SIGTERM, then SIGKILL after `graceMs`). */
  stop: (graceMs?: number) => Promise<Exit>;
};

function track(child: ChildProcess, port: number): RunningServer {
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`server on port ${port} did not start`);
  let done = false;
  void exited.then(() => (done = true));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    pid,
    exited,
    output: () => log,
    async stop(graceMs = 5000) {
      if (!done) signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      signalGroup('SIGKILL'); // anything the process left behind in its group
      return exit;
    },
  };
}

/** Waits until `check` resolves true, or throws after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the standalone production server on 127.0.0.1:`port` and waits until it is healthy. */
export async function startStandalone(port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [STANDALONE_SERVER], {
    detached: true, // its own process group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
      ...env,
    },
  });
  const server = track(child, port);
  try {
    await waitFor(`the server on port ${port}`, async () => {
      const res = await fetch(`${server.origin}/api/health`);
      return res.ok;
    });
  } catch (error) {
    await server.stop();
    throw new Error(`${String(error)}\n${server.output()}`);
  }
  return server;
}

/** True when something answers Redis PING on 127.0.0.1:`port`. */
export function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.includes('\r\n')) {
        socket.end();
        resolve(reply.startsWith('+PONG'));
      }
    });
  });
}

/**
 * A Redis server on 127.0.0.1:`port`: the one already running there (e.g. started by .ci/run), or
 * one started now and ended by the returned `stop`.
 */
export async function ensureRedis(port = REDIS_PORT): Promise<{ startedHere: boolean; stop: () => Promise<void> }> {
  if (await redisAnswers(port)) return { startedHere: false, stop: async () => {} };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does this)');
  }
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { detached: true, stdio: 'ignore' },
  );
  const server = track(child, port);
  await waitFor(`redis on port ${port}`, () => redisAnswers(port), 10_000);
  return {
    startedHere: true,
    stop: async () => {
      await server.stop();
    },
  };
}

export type RawResponse = {
  /** The status code, or 0 when the server closed the connection without answering. */
  status: number;
  headers: Map<string, string>;
  body: string;
  raw: string;
};

/**
 * Sends `head` (request line and headers, without the final blank line) and `body` over a fresh TCP
 * connection, exactly as given, and reads the whole answer (the request asks to close).
 */
export function rawRequest(port: number, head: string, body = '', timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${head.split('\r\n')[0]?.slice(0, 100)}`));
    });
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => {
      // A reset after a partial or no answer: report what arrived.
    });
    socket.on('close', () => resolve(parseResponse(Buffer.concat(chunks).toString('latin1'))));
    socket.write(Buffer.from(`${head}\r\n\r\n${body}`, 'latin1'));
  });
}

/** Reads a raw HTTP/1.1 response (status, headers, de-chunked body). */
export function parseResponse(raw: string): RawResponse {
  const headEnd = raw.indexOf('\r\n\r\n');
  const headText = headEnd === -1 ? raw : raw.slice(0, headEnd);
  const [statusLine = '', ...headerLines] = headText.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = new Map<string, string>();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = headEnd === -1 ? '' : raw.slice(headEnd + 4);
  if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') body = dechunk(body);
  return { status, headers, body, raw };
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    if (lineEnd === -1) return out;
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!Number.isFinite(size) || size === 0) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
