import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { E2E_REVALIDATE_SECRET, parseResponse, startStandalone, type RunningServer } from './support/servers';

// Ports 3710–3799 belong to this checkout's extra servers.
const PORT = 3712;

test.describe.configure({ mode: 'serial' });

let server: RunningServer | undefined;

test.afterAll(async () => {
  await server?.stop(1000);
});

test('SIGTERM lets an in-flight request finish, refuses new ones, then the server exits by itself', async () => {
  test.setTimeout(60_000);
  server = await startStandalone(PORT);
  const running = server;

  // A slow client: the request line and headers now, the body in two parts, SIGTERM in between.
  const body = JSON.stringify({ paths: ['/', '/world'] });
  const socket = connect(PORT, '127.0.0.1');
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  socket.write(
    [
      'POST /api/revalidate HTTP/1.1',
      `Host: 127.0.0.1:${PORT}`,
      `Authorization: Bearer ${E2E_REVALIDATE_SECRET}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body.slice(0, 10),
    ].join('\r\n'),
  );
  await new Promise((r) => setTimeout(r, 500));

  process.kill(running.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));

  // Shutting down: no new connections, while the request above is still open.
  await expect(fetch(`${running.origin}/api/health`)).rejects.toThrow();
  expect(answer).toBe('');

  socket.write(body.slice(10));
  await closed;
  const response = parseResponse(answer);
  expect(response.status).toBe(200);
  expect(JSON.parse(response.body)).toMatchObject({ revalidated: ['/', '/world'] });

  // Next's own SIGTERM handler closes the server, waits for in-flight requests, then exits with
  // 143 (128 + SIGTERM) on purpose; a process killed without that handler would report the signal.
  const exit = await Promise.race([
    running.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('server did not exit')), 10_000)),
  ]);
  expect(exit).toEqual({ code: 143, signal: null });
});
