/**
 * `npm run measure [-- --no-build]`: a cold production build (contentlayer and Next caches removed
 * first), its wall time, then each route's first-load client JavaScript, gzipped, from
 * `.next/diagnostics/route-bundle-stats.json`, and how much of it is over the framework floor
 * (the `/_not-found` route, which holds nothing of ours).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

function isRouteStats(value: unknown): value is RouteStats {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.route === 'string' && Array.isArray(v.firstLoadChunkPaths);
}

const root = process.cwd();

if (!process.argv.includes('--no-build')) {
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  rmSync(path.join(root, '.contentlayer'), { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(`build failed (exit ${build.status})`);
    process.exit(1);
  }
  console.log(`\ncold build (npm run build, caches removed): ${seconds.toFixed(1)} s`);
}

const raw: unknown = JSON.parse(readFileSync(path.join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
if (!Array.isArray(raw) || !raw.every(isRouteStats)) {
  throw new Error('.next/diagnostics/route-bundle-stats.json has an unexpected shape');
}

const gzipCache = new Map<string, number>();
function gzipBytes(chunk: string): number {
  let size = gzipCache.get(chunk);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(root, chunk)), { level: 9 }).length;
    gzipCache.set(chunk, size);
  }
  return size;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = raw.map((r) => ({
  route: r.route,
  uncompressed: r.firstLoadUncompressedJsBytes,
  gzip: r.firstLoadChunkPaths.reduce((sum, c) => sum + gzipBytes(c), 0),
  chunks: new Set(r.firstLoadChunkPaths),
}));
const floor = rows.find((r) => r.route === '/_not-found');

console.log('\nfirst-load client JavaScript per route (gzip level 9)');
console.log(['route'.padEnd(24), 'uncompressed'.padStart(14), 'gzip'.padStart(12), 'over floor (gzip)'.padStart(20)].join(''));
for (const row of rows) {
  const extra = floor ? [...row.chunks].filter((c) => !floor.chunks.has(c)).reduce((s, c) => s + gzipBytes(c), 0) : 0;
  console.log(
    [row.route.padEnd(24), kib(row.uncompressed).padStart(14), kib(row.gzip).padStart(12), kib(extra).padStart(20)].join(''),
  );
}
