/**
 * Helpers shared by the benchmark scripts: start and stop servers in their own process group,
 * wait for them, and find a representative URL of each page type in the current build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'ignore', 'inherit'], env: env ?? process.env });
  return { name, url, process: child };
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

/** Resident memory of the members of process group `pgid`, in bytes (Linux /proc). */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc').map(Number).filter(Number.isInteger)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces: state, ppid, pgrp, … rss is 22nd.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * 4096;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

export type SampleUrls = { home: string; section: string; article: string };

/**
 * A representative URL of each page type from the content index of the current build: the home
 * page, the busiest section, and the newest article in it.
 */
export function sampleUrls(root: string = process.cwd()): SampleUrls {
  const index: { articles: { url: string; section: string; publishedAt: string; draft: boolean }[] } = JSON.parse(
    readFileSync(path.join(root, '.contentlayer/content-index.json'), 'utf8'),
  );
  const now = Date.now();
  const live = index.articles
    .filter((a) => !a.draft && Date.parse(a.publishedAt) <= now)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const newest = live[0];
  if (!newest) throw new Error('no published article in the content index');
  return { home: '/', section: `/${newest.section}`, article: newest.url };
}
