/**
 * `npm run bench:dev [-- --count 5000]`
 *
 * In a temporary copy of the project with a synthetic archive of N articles, runs the development
 * setup (a content build, then contentlayer in watch mode beside `next dev`, as `npm run dev`), opens an article once, then edits its MDX
 * three times and measures how long each edit takes to appear in the page `next dev` serves.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { copyProject } from './project-copy';
import { startServer, stopServer, waitForServer } from './servers';
import { flag } from './cli';

const count = Number(flag('count') ?? '5000');
const repo = process.cwd();
const PORT = 3970;
const base = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const dir = copyProject(repo, 'newsroom-dev-');
execFileSync('npx', ['tsx', 'bench/generate-archive.ts', '--count', String(count), '--root', dir], {
  cwd: dir,
  stdio: 'inherit',
  env,
});

// The newest archive article: one an editor would be working on.
const archiveDir = path.join(dir, 'content/articles/archive');
const year = readdirSync(archiveDir).sort().at(-1) ?? '';
const file = path.join(archiveDir, year, readdirSync(path.join(archiveDir, year)).sort().at(-1) ?? '');
const url = `/${/\nsection: (\w+)/.exec(execFileSync('cat', [file], { encoding: 'utf8' }))?.[1]}/${path.basename(file, '.mdx')}`;

// As `npm run dev` does: one content build, then contentlayer in watch mode beside next dev.
execFileSync('node', ['scripts/contentlayer.mjs', 'build'], {
  cwd: dir,
  stdio: 'ignore',
  env: { ...env, INIT_CWD: dir, PWD: dir },
});
const started = Date.now();
const content = startServer(
  'contentlayer',
  '',
  'node',
  ['scripts/contentlayer.mjs', 'dev'],
  { ...env, INIT_CWD: dir, PWD: dir },
  dir,
);
const next = startServer(
  'next',
  base,
  'npx',
  ['next', 'dev', '-H', '127.0.0.1', '-p', String(PORT)],
  { ...env, INIT_CWD: dir, PWD: dir },
  dir,
);
const delays: number[] = [];
try {
  await waitForServer(`${base}/`, 300_000);
  for (;;) {
    const response = await fetch(base + url);
    if (response.status === 200) break;
    await sleep(500);
  }
  console.log(
    `dev server ready with ${count} articles after ${((Date.now() - started) / 1000).toFixed(1)} s; editing ${url}`,
  );
  for (let i = 1; i <= 3; i++) {
    const marker = `edit-marker-${Date.now()}-${i}`;
    const t0 = Date.now();
    appendFileSync(file, `\nAn editor's correction ${marker}.\n`);
    for (;;) {
      const html = await (await fetch(base + url)).text();
      if (html.includes(marker)) break;
      if (Date.now() - t0 > 60_000) throw new Error('the edit did not appear within 60 s');
      await sleep(100);
    }
    delays.push((Date.now() - t0) / 1000);
    console.log(`edit ${i}: visible after ${delays.at(-1)?.toFixed(2)} s`);
    await sleep(1000);
  }
} finally {
  await stopServer(next);
  await stopServer(content);
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...delays].sort((a, b) => a - b);
console.log(
  `\nMDX edit → visible in next dev at ${count} articles: median ${sorted[1]?.toFixed(2)} s (runs: ${delays.map((d) => d.toFixed(2)).join(', ')})`,
);
