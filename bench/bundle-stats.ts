/**
 * Per-route first-load client JavaScript from `.next/diagnostics/route-bundle-stats.json`
 * (Next 16 no longer prints it), gzipped, and the part over the framework floor: the chunks that
 * `/_not-found`, which holds nothing of ours, does not load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export type RouteJavaScript = { route: string; uncompressed: number; gzip: number; overFloorGzip: number };

function isRouteStats(value: unknown): value is RouteStats {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.route === 'string' && Array.isArray(v.firstLoadChunkPaths);
}

/** Gzipped size (level 9) of a file. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** First-load JS of every route in the build at `root`. */
export function routeJavaScript(root: string = process.cwd()): RouteJavaScript[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
  if (!Array.isArray(raw) || !raw.every(isRouteStats)) {
    throw new Error('.next/diagnostics/route-bundle-stats.json has an unexpected shape');
  }
  const sizes = new Map<string, number>();
  const chunkGzip = (chunk: string): number => {
    let size = sizes.get(chunk);
    if (size === undefined) {
      size = gzipSize(readFileSync(path.join(root, chunk)));
      sizes.set(chunk, size);
    }
    return size;
  };
  const floor = new Set(raw.find((r) => r.route === '/_not-found')?.firstLoadChunkPaths ?? []);
  return raw.map((r) => ({
    route: r.route,
    uncompressed: r.firstLoadUncompressedJsBytes,
    gzip: r.firstLoadChunkPaths.reduce((sum, c) => sum + chunkGzip(c), 0),
    overFloorGzip: r.firstLoadChunkPaths.filter((c) => !floor.has(c)).reduce((sum, c) => sum + chunkGzip(c), 0),
  }));
}

/** "12.3 KiB". */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
