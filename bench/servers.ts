/**
 * Servers for the benchmarks: start each in its own process group (so stopping it ends every
 * child a command starts), wait until it answers, stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export type Server = { name: string; url: string; process: ChildProcess };

/** Starts `command` detached in its own process group (so stopping it ends every child). */
export function startServer(
  name: string,
  url: string,
  command: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
): Server {
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: env ?? process.env,
  });
  return { name, url, process: child };
}

/** The command that serves the production build (`npm start`): Next's standalone server. */
export const PRODUCTION_SERVER = ['node', ['.next/standalone/server.js']] as const;

/** Starts the production server (`npm start`) of the build in `cwd` on 127.0.0.1:`port`. */
export function startProductionServer(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Server {
  const [command, args] = PRODUCTION_SERVER;
  return startServer(
    name,
    `http://127.0.0.1:${port}`,
    command,
    args,
    { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    cwd,
  );
}

/** Resolves once `url` answers (any status), or throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Ends the server's whole process group and waits for it to exit. */
export async function stopServer(server: Server): Promise<void> {
  const pid = server.process.pid;
  if (pid === undefined || server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([exited, sleep(10_000)]);
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
