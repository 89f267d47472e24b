/**
 * How `npm run content` splits the archive between contentlayer runs (scripts/content-build.ts).
 *
 * contentlayer2 holds every document of a run in memory with its effect-runtime structures (~300 KB
 * an article): one run over 50,000 articles passed 17 GB. Split into shards of at most a few
 * thousand articles, each run stays small, two run side by side on two cores, and a shard whose
 * files did not change is not run at all — so a rebuild after one edit runs one small shard.
 *
 * Pure functions, unit-tested; the script does the file work.
 */
import { createHash } from 'node:crypto';

/**
 * How many shards for `articleCount` articles at most `shardSize` (siteConfig.contentShardSize) on
 * average: a power of two, so that the count — and with it every article's shard, and every shard's
 * cache — changes only when the archive doubles.
 */
export function shardCount(articleCount: number, shardSize: number): number {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shard size must be a whole number ≥ 1 (got ${shardSize})`);
  let count = 1;
  while (articleCount / count > shardSize) count *= 2;
  return count;
}

/**
 * The shard of the article at `relativePath` (e.g. `articles/2024/foo.mdx`): from a hash of the path,
 * so an article stays in its shard when others are added or removed, and shards fill evenly whatever
 * the folder layout.
 */
export function shardOf(relativePath: string, count: number): number {
  return createHash('sha1').update(relativePath).digest().readUInt32BE(0) % count;
}

/** A source file as the fingerprint sees it. */
export type SourceStat = { path: string; size: number; mtimeMs: number };

/**
 * What a shard's output depends on: its files (path, size, modification time) and the code that
 * turns them into documents (`codeHash`). Equal fingerprints mean the shard's last output is current.
 */
export function shardFingerprint(files: readonly SourceStat[], codeHash: string): string {
  const hash = createHash('sha1').update(codeHash);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`\n${f.path}\t${f.size}\t${f.mtimeMs}`);
  return hash.digest('hex');
}
