/**
 * `npm run bench:check [-- --count 10000] [--keep]`
 *
 * Times `npm run check` on a synthetic archive of `--count` articles (bench/generate-archive.ts)
 * in a temporary copy of content/ and public/ — never in this checkout:
 *   cold      no cache: every file parsed (worker threads as the checker chooses)
 *   warm      nothing changed since the cold run: every file from the cache
 *   one edit  one article changed: one file parsed, the rest from the cache
 * Prints wall-clock times (process start to exit, as an editor sees them), CPU time, the checker's
 * own summary line, and the load average, since other work on the machine slows every figure.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { flag } from './cli';

const count = Number(flag('count') ?? '10000');
const root = mkdtempSync(path.join(tmpdir(), 'bench-check-'));
cpSync('content', path.join(root, 'content'), { recursive: true });
cpSync('public', path.join(root, 'public'), { recursive: true });
const generated = spawnSync('npx', ['tsx', 'bench/generate-archive.ts', '--count', String(count), '--root', root], {
  encoding: 'utf8',
});
if (generated.status !== 0) throw new Error(generated.stderr);

const TIME = '/usr/bin/time';
const timed = existsSync(TIME);

function run(label: string): void {
  const command = ['npx', 'tsx', 'scripts/check-content.ts', '--root', root, '--since', 'none'];
  const started = performance.now();
  // GNU time adds the CPU seconds used (user + system, all threads), which load on the machine
  // affects far less than wall time.
  const result = timed
    ? spawnSync(TIME, ['-f', 'cpu %U+%S s', ...command], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command[0] ?? 'npx', command.slice(1), { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Math.round(performance.now() - started);
  const lines = `${result.stdout}${result.stderr}`.split('\n');
  const summary = lines.find((line) => line.startsWith('content check:')) ?? '(no summary)';
  const cpu = lines.find((line) => line.startsWith('cpu ')) ?? '';
  console.log(`${label.padEnd(9)} ${String(wall).padStart(6)} ms wall  ${cpu.padEnd(18)} ${summary}`);
}

console.log(
  `${count} generated articles in ${root}; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
rmSync(path.join(root, 'node_modules', '.cache'), { recursive: true, force: true });
run('cold');
run('warm');
const archiveDir = path.join(root, 'content/articles/archive');
const one = readdirSync(archiveDir, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.mdx'));
if (one) appendFileSync(path.join(archiveDir, one), '\nOne more sentence for the benchmark.\n');
run('one edit');
console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
