/**
 * `npm run bench:build [-- --counts 1000,10000,50000] [--keep]`
 *
 * For each N: copies the project into a temporary folder, adds a synthetic archive of N articles
 * (bench/generate-archive.ts) beside the example content, then measures
 *   1. a cold full build (`npm run build` with no .contentlayer, no .next),
 *   2. a warm rebuild after one article's body changes (caches kept),
 * printing wall time and peak RSS of the whole process tree for each.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runMeasured, type RunResult } from './process-tree';
import { copyProject } from './project-copy';
import { flag } from './cli';

const counts = (flag('counts') ?? '1000,10000,50000').split(',').map(Number);
const keep = process.argv.includes('--keep');
const repo = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: process.env.NODE_OPTIONS ?? '' };

function firstArchiveArticle(dir: string): string {
  const base = path.join(dir, 'content/articles/archive');
  const year = readdirSync(base).sort()[0];
  if (!year) throw new Error('no archive generated');
  const file = readdirSync(path.join(base, year)).sort()[0];
  if (!file) throw new Error('no archive article');
  return path.join(base, year, file);
}

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const rows: string[] = [];

function report(n: number, label: string, r: RunResult): void {
  const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`;
  const line = `${String(n).padStart(6)}  ${label.padEnd(22)} ${r.seconds.toFixed(1).padStart(8)} s  ${gib(r.peakRssBytes).padStart(10)}  ${status}`;
  rows.push(line);
  console.log(line);
  if (r.code !== 0) console.log(r.output.split('\n').slice(-40).join('\n'));
}

for (const n of counts) {
  const dir = copyProject(repo, 'newsroom-bench-');
  console.log(`\n== N = ${n} in ${dir}`);
  execFileSync('npx', ['tsx', 'bench/generate-archive.ts', '--count', String(n), '--root', dir], {
    cwd: dir,
    stdio: 'inherit',
    env,
  });
  writeFileSync(path.join(dir, 'build-cold.log'), '');
  const cold = await runMeasured('npm', ['run', 'build'], { cwd: dir, env });
  writeFileSync(path.join(dir, 'build-cold.log'), cold.output);
  report(n, 'cold build', cold);
  if (cold.code === 0) {
    appendFileSync(firstArchiveArticle(dir), '\nAn editor added this sentence to measure a warm rebuild.\n');
    const warm = await runMeasured('npm', ['run', 'build'], { cwd: dir, env });
    writeFileSync(path.join(dir, 'build-warm.log'), warm.output);
    report(n, 'rebuild, 1 changed', warm);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

console.log('\n     N  step                       wall time   peak RSS  status');
for (const row of rows) console.log(row);
