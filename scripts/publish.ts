/**
 * `npm run publish -- [--from REV] [--to REV] [--target ORIGIN]… [--no-revalidate] [--timeout SECONDS]
 * [--paths-out FILE]`: puts a content-only change in front of readers in seconds, without `next build`
 * (docs/decisions/016-publishing-without-a-build.md; docs/operations.md → Publishing content without
 * a build). Run it in a checkout that has been built once with `npm run build`, with the commit to
 * publish (TO, default HEAD) checked out.
 *
 * 1. `git diff --name-status FROM TO`, FROM being the revision the store holds (recorded in
 *    .contentlayer/published-revision by the build and by every publish). Anything changed outside
 *    content/ and public/images/ refuses the publish (exit 3), touching nothing: code deploys with
 *    `npm run build`. So does content in the working tree that is not TO's (exit 2).
 * 2. `npm run check` (cached; headlines compared with FROM): on any error, exit 1 with its
 *    file:line:column lines, the store untouched.
 * 3. The content build (scripts/content-build.ts: only the changed shards run), the store renamed
 *    into place with version TO; TO is recorded as published.
 * 4. Unless --no-revalidate: wait until every target's `/api/health` reports content version TO, then
 *    `POST /api/revalidate` (Bearer REVALIDATE_SECRET) with exactly the paths the change affects
 *    (lib/serving/publish-plan.ts: the index as last revalidated against the new one), at most 100 a
 *    request — through one target when they all share Redis, through each otherwise. Waiting first
 *    keeps an instance still on the old store from rendering old content into a shared cache after
 *    the revalidation. TO is then recorded as revalidated. A checkout already built at TO (by
 *    `--no-revalidate`, or a run whose wait timed out) goes straight to this step.
 * 5. The search index (`scripts/build-search-index.ts --delta`), after the pages are live.
 *
 * Targets: each --target, else PUBLISH_TARGETS (comma-separated), else http://127.0.0.1:$PORT (3000).
 * Exit codes: 0 published (or nothing to publish); 1 check or content build failed; 2 usage or
 * precondition; 3 code changed; 4 targets did not serve the new content or revalidation failed;
 * 5 search index not updated (the content is published).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONTENT_INDEX_FILE, type ContentIndex } from '../lib/content/content-index';
import {
  affectedPaths,
  chunkPaths,
  classifyChanges,
  CONTENT_ROOTS,
  parseNameStatus,
  PUBLISHED_REVISION_FILE,
  REVALIDATED_INDEX_FILE,
  REVALIDATED_REVISION_FILE,
  publishTargets,
  readTargetHealth,
  revalidationTargets,
  type TargetHealth,
} from '../lib/serving/publish-plan';
import { REVALIDATE_ROUTE } from '../lib/serving/request-guard';
import { revalidateSecret } from '../lib/config/site-config';

const started = performance.now();
const root = process.cwd();
const storeDir = path.join(root, '.contentlayer');
const lockFile = path.join(storeDir, 'publish.lock');
const HEALTH_ROUTE = '/api/health';
const POLL_MS = 250;

const USAGE =
  'usage: npm run publish -- [--from REV] [--to REV] [--target ORIGIN]… [--no-revalidate] [--timeout SECONDS] [--paths-out FILE]';

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function parseArgs(argv: readonly string[]) {
  const targets: string[] = [];
  let from: string | undefined;
  let to = 'HEAD';
  let revalidate = true;
  let timeoutSeconds = 30;
  let pathsOut: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Exit(2, `${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--from') from = value();
    else if (arg === '--to') to = value();
    else if (arg === '--target') targets.push(value());
    else if (arg === '--no-revalidate') revalidate = false;
    else if (arg === '--paths-out') pathsOut = value();
    else if (arg === '--timeout') {
      timeoutSeconds = Number(value());
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
        throw new Exit(2, `--timeout must be a number of seconds\n${USAGE}`);
    } else throw new Exit(2, `unknown argument ${arg}\n${USAGE}`);
  }
  return { targets, from, to, revalidate, timeoutSeconds, pathsOut };
}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The full commit id of `rev`, or an exit naming it. */
function commitOf(rev: string, what: string): string {
  try {
    return git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`).trim();
  } catch {
    throw new Exit(2, `${what} "${rev}" is not a commit in this checkout`);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const short = (rev: string) => rev.slice(0, 12);

/** Runs one step and prints `publish: <label> (<time>)`; `describe` may say what it did. */
async function step<T>(label: string, run: () => Promise<T> | T, describe?: (result: T) => string): Promise<T> {
  const t = performance.now();
  const result = await run();
  console.log(`publish: ${describe ? describe(result) : label} (${seconds(performance.now() - t)})`);
  return result;
}

/** Runs a TypeScript script of this project with tsx, its output passed through; resolves with its exit code. */
function runScript(script: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PWD: root },
    });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** The content store's index (or the kept copy of the last published one, `relative` to the checkout). */
function readIndex(relative: string = path.join('.contentlayer', CONTENT_INDEX_FILE)): ContentIndex {
  const file = path.join(root, relative);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Exit(2, `no content store at ${file}: build this checkout once with \`npm run build\``);
  }
}

async function health(origin: string): Promise<TargetHealth> {
  const response = await fetch(`${origin}${HEALTH_ROUTE}`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${HEALTH_ROUTE} answered ${response.status}`);
  const read = readTargetHealth(await response.json());
  if (!read) throw new Error(`${HEALTH_ROUTE} did not answer a health report`);
  return read;
}

/** Waits until every target reports content `version`; the last health of each. */
async function waitForVersion(
  targets: readonly string[],
  version: string,
  timeoutMs: number,
): Promise<{ origin: string; health: TargetHealth }[]> {
  const deadline = performance.now() + timeoutMs;
  const last = new Map<string, string>();
  const done = new Map<string, TargetHealth>();
  while (done.size < targets.length) {
    await Promise.all(
      targets
        .filter((t) => !done.has(t))
        .map(async (origin) => {
          try {
            const h = await health(origin);
            if (h.contentVersion === version) done.set(origin, h);
            else last.set(origin, `serves content ${h.contentVersion ?? 'of unknown version'}`);
          } catch (error) {
            last.set(origin, `unreachable (${error instanceof Error ? error.message : String(error)})`);
          }
        }),
    );
    if (done.size === targets.length) break;
    if (performance.now() > deadline) {
      const waiting = targets.filter((t) => !done.has(t)).map((t) => `  ${t}: ${last.get(t) ?? 'no answer'}`);
      throw new Exit(
        4,
        `targets did not serve content ${short(version)} within ${seconds(timeoutMs)}:\n${waiting.join('\n')}\n` +
          'Each instance must read this store (run from this checkout or a volume it writes), or publish its own ' +
          'checkout first (npm run publish -- --no-revalidate). Nothing was revalidated; run this publish again once they do.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return targets.map((origin) => ({ origin, health: done.get(origin)! }));
}

async function revalidate(origin: string, paths: readonly string[], secret: string): Promise<void> {
  const response = await fetch(`${origin}${REVALIDATE_ROUTE}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ paths }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok)
    throw new Exit(4, `${origin}${REVALIDATE_ROUTE} answered ${response.status}: ${await response.text()}`);
}

/**
 * Records `revision` as revalidated, and keeps the index it served (a hard link: the next content
 * build renames a new index into place, leaving this one as it is) for the next publish to compare with.
 */
function recordRevalidated(revision: string): void {
  const keptIndex = path.join(root, REVALIDATED_INDEX_FILE);
  rmSync(keptIndex, { force: true });
  linkSync(path.join(storeDir, CONTENT_INDEX_FILE), keptIndex);
  writeFileSync(path.join(root, REVALIDATED_REVISION_FILE), `${revision}\n`);
}

/** Takes the checkout's publish lock (one publish at a time), or exits naming the holder. */
function lock(): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch {
      const holder = Number(readFileSync(lockFile, 'utf8'));
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = Number.isInteger(holder) && holder > 0;
      } catch {
        alive = false;
      }
      if (alive) throw new Exit(2, `another publish (process ${holder}) is running in this checkout`);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Exit(2, `cannot take the publish lock ${lockFile}`);
}

/** A recorded revision (a file of .contentlayer/), or undefined. */
function recorded(file: string): string | undefined {
  const full = path.join(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8').trim() || undefined : undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (
    !existsSync(path.join(root, '.next/standalone/server.js')) ||
    !existsSync(path.join(storeDir, CONTENT_INDEX_FILE))
  ) {
    throw new Exit(2, 'this checkout has not been built: run `npm run build` once, then publish');
  }
  const fromRev = args.from ?? recorded(PUBLISHED_REVISION_FILE);
  if (!fromRev) throw new Exit(2, `no published revision recorded (${PUBLISHED_REVISION_FILE}): pass --from REV`);
  const from = commitOf(fromRev, '--from');
  const to = commitOf(args.to, '--to');
  // Where the readers' pages were last revalidated from (by a publish, or a build): the base of the
  // affected paths. Behind FROM when this checkout was published with --no-revalidate since.
  const revalidatedRev = recorded(REVALIDATED_REVISION_FILE);
  const kept = revalidatedRev !== undefined && existsSync(path.join(root, REVALIDATED_INDEX_FILE));
  const base = kept ? commitOf(revalidatedRev, REVALIDATED_REVISION_FILE) : from;

  const secret = revalidateSecret();
  const targets = args.revalidate ? publishTargets(args.targets, process.env) : [];
  if (args.revalidate && secret === undefined) {
    throw new Exit(2, 'REVALIDATE_SECRET is unset or shorter than 16 characters (or pass --no-revalidate)');
  }

  const changed = await step(
    'diff',
    () => classifyChanges(parseNameStatus(git('diff', '--name-status', '--no-renames', '-z', from, to))),
    (c) => `diff ${short(from)}..${short(to)}: ${c.content.length} content file(s), ${c.code.length} other`,
  );
  if (changed.code.length > 0) {
    for (const f of changed.code) console.error(`  ${f.status}\t${f.path}`);
    throw new Exit(3, 'code changed: deploy with npm run build');
  }
  // The store is built from the working tree, and named after TO: they must be the same content.
  const roots = CONTENT_ROOTS.map((r) => r.slice(0, -1));
  const differs = git('diff', '--name-only', to, '--', ...roots).trim();
  const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...roots).trim();
  if (differs !== '' || untracked !== '') {
    throw new Exit(
      2,
      `the working tree's content is not ${short(to)}:\n${[differs, untracked].filter(Boolean).join('\n')}\ncommit it, or check out ${short(to)}`,
    );
  }
  const build = changed.content.length > 0;
  const revalidateOnly = !build && args.revalidate && base !== to;
  if (!build && !revalidateOnly) {
    console.log(`publish: nothing to publish between ${short(from)} and ${short(to)}`);
    return;
  }
  if (targets.length > 0) {
    await step(`${targets.length} target(s) answering`, () =>
      Promise.all(
        targets.map((t) =>
          health(t).catch((error: unknown) => {
            throw new Exit(
              2,
              `target ${t} is not answering ${HEALTH_ROUTE} (${error instanceof Error ? error.message : String(error)}); nothing was changed`,
            );
          }),
        ),
      ),
    );
  }

  lock();
  try {
    // The index as of BASE: kept (a hard link) until a revalidating publish completes, so a publish
    // run again after a failed wait, or after --no-revalidate, still compares with what readers had.
    const before = readIndex(kept ? REVALIDATED_INDEX_FILE : undefined);
    if (build) {
      const checkCode = await step('check', () => runScript('scripts/check-content.ts', ['--since', from]));
      if (checkCode !== 0)
        throw new Exit(1, 'the content check failed (above): nothing was published, the store is untouched');
      const buildCode = await step('content build', () => runScript('scripts/content-build.ts', ['--version', to]));
      if (buildCode !== 0)
        throw new Exit(1, 'the content build failed (above): nothing was published, the store is untouched');
      writeFileSync(path.join(root, PUBLISHED_REVISION_FILE), `${to}\n`);
    } else {
      console.log(`publish: ${short(to)} is built here; its pages were not revalidated yet (since ${short(base)})`);
    }

    if (args.revalidate) {
      const files =
        base === from
          ? changed.content
          : classifyChanges(parseNameStatus(git('diff', '--name-status', '--no-renames', '-z', base, to))).content;
      const paths = affectedPaths(
        before,
        readIndex(),
        files.map((f) => f.path),
        new Date(),
      );
      console.log(`publish: ${paths.length} path(s) affected${args.pathsOut ? `, listed in ${args.pathsOut}` : ''}`);
      // For a CDN purge after the revalidation: the same paths, one a line.
      if (args.pathsOut) writeFileSync(path.resolve(root, args.pathsOut), paths.map((p) => `${p}\n`).join(''));
      const serving = await step(
        'wait',
        () => waitForVersion(targets, to, args.timeoutSeconds * 1000),
        () => `${targets.length} target(s) serve content ${short(to)}`,
      );
      const through = revalidationTargets(serving);
      const chunks = chunkPaths(paths);
      await step(
        'revalidate',
        async () => {
          for (const origin of through) for (const chunk of chunks) await revalidate(origin, chunk, secret!);
        },
        () =>
          `revalidated ${paths.length} path(s) in ${chunks.length} request(s) through ${through.length} target(s)` +
          (through.length === 1 && targets.length > 1 ? ' (shared cache)' : ''),
      );
      recordRevalidated(to);
    }

    if (build) {
      const searchCode = await step('search delta', () => runScript('scripts/build-search-index.ts', ['--delta']));
      if (searchCode !== 0) {
        throw new Exit(5, 'the content is published, but the search index was not updated: run `npm run search-index`');
      }
    }
    console.log(`publish: published ${short(to)} in ${seconds(performance.now() - started)}`);
  } finally {
    rmSync(lockFile, { force: true });
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof Exit) {
    console.error(`publish: ${error.message} (${seconds(performance.now() - started)})`);
    process.exit(error.code);
  }
  throw error;
}
