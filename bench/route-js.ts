/**
 * `npm run measure [-- --no-build]`: a cold production build (contentlayer and Next caches removed
 * first), its wall time, then each route's first-load client JavaScript, gzipped, from
 * `.next/diagnostics/route-bundle-stats.json`, and how much of it is over the framework floor
 * (the `/_not-found` route, which holds nothing of ours).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { kib, routeJavaScript } from './bundle-stats';

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

console.log('\nfirst-load client JavaScript per route (gzip level 9)');
console.log(
  ['route'.padEnd(24), 'uncompressed'.padStart(14), 'gzip'.padStart(12), 'over floor (gzip)'.padStart(20)].join(''),
);
for (const row of routeJavaScript(root)) {
  console.log(
    [
      row.route.padEnd(24),
      kib(row.uncompressed).padStart(14),
      kib(row.gzip).padStart(12),
      kib(row.overFloorGzip).padStart(20),
    ].join(''),
  );
}
