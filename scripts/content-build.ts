/**
 * `npm run content` (after `npm run check`; `-- --version V` names the store, as `npm run publish`
 * does with the content commit): runs contentlayer2 over the archive in shards and writes the content
 * store the site reads (.contentlayer/content-index.json and redirects.json).
 *
 * Each shard (lib/content/shards.ts) is a folder `.contentlayer/shards/<k>/` holding a `content/` tree
 * of symbolic links to its share of the editors' files (same relative paths, so every document,
 * slug and error message is exactly what one run over `content/` gives), a link to `public/` (hero
 * sizes are read from the images), and its own `.contentlayer/` output and cache. Articles are split
 * between the numbered shards; everything else — authors, standing pages, topic hubs and every live
 * blog with its entries (content/live/, joined per shard by lib/content/content-index.ts) — is the
 * `site` shard, never mixed with articles, so a live entry or an author edit re-runs one small run.
 * contentlayer runs in each shard's folder with the project's contentlayer.config.ts, two shards at a
 * time; a shard whose files and code did not change since its last successful run is not run again.
 * When every shard has succeeded, their indexes are merged into the project's, with the store's
 * version (the `--version` given, else a hash of the index) and build time; if any fails, the build
 * stops with its errors and the previous store is left as it was.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { mergeContentIndexes, readContentIndex, writeContentStore } from '../lib/content/content-index';
import { shardCount, shardFingerprint, shardOf, type SourceStat } from '../lib/content/shards';
import { BREAKING_NEWS_FILE_NAME, siteConfig } from '../lib/config/site-config';

const started = performance.now();
const root = process.cwd();
const versionFlag = process.argv.indexOf('--version');
const givenVersion = versionFlag >= 0 ? process.argv[versionFlag + 1] : undefined;
if (versionFlag >= 0 && (givenVersion === undefined || !/^[\w.:-]{1,100}$/.test(givenVersion))) {
  console.error('usage: content-build [--version V] (V: letters, digits, . _ : -)');
  process.exit(2);
}
const contentDir = path.join(root, 'content');
const storeDir = path.join(root, '.contentlayer');
const shardsDir = path.join(storeDir, 'shards');

/**
 * Every file contentlayer would look at under content/ (its own pattern), relative, with `/`; not the
 * breaking-news line, which contentlayer.config.ts excludes (the server reads it while it runs).
 */
function sourceFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...sourceFiles(path.join(dir, entry.name), `${relative}/`));
    else if (/\.(md|mdx|json|ya?ml)$/.test(entry.name) && relative !== BREAKING_NEWS_FILE_NAME) files.push(relative);
  }
  return files;
}

/** The lib/ folders whose code contentlayer.config.ts runs (lib/serving, lib/seo and the rest never do). */
const CONTENT_LAYERS = ['content', 'config', 'media', 'mdx', 'format'] as const;

/** Hash of the code that turns files into documents: a change re-runs every shard. */
function codeHash(): string {
  const hash = createHash('sha1');
  const lib = path.join(root, 'lib');
  const files = [
    path.join(root, 'contentlayer.config.ts'),
    path.join(root, 'scripts/contentlayer.mjs'),
    path.join(root, 'node_modules/contentlayer2/package.json'),
    // Every source file of the layers contentlayer.config.ts reaches (the schema and decoder, the
    // config they read, image sizes, word counts), so a change to any of them re-runs the shards.
    ...CONTENT_LAYERS.flatMap((layer) =>
      readdirSync(path.join(lib, layer))
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => path.join(lib, layer, f)),
    ),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Makes `dir` hold exactly a link for each of `files` (relative to content/), removing any other. */
function syncLinks(dir: string, files: readonly string[]): void {
  const missing = new Set(files);
  const walk = (current: string, prefix: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(full, `${relative}/`);
      else if (
        entry.isSymbolicLink() &&
        missing.has(relative) &&
        readlinkSync(full) === path.join(contentDir, relative)
      ) {
        missing.delete(relative);
      } else unlinkSync(full);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  for (const relative of missing) {
    const link = path.join(dir, relative);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(contentDir, relative), link);
  }
}

/** The shard of everything that is not an article (see above). */
const SITE_SHARD = 'site';

/** A shard: `name` is its folder under .contentlayer/shards/ (`0`, `1`, … or `site`), `label` how messages name it. */
type Shard = { name: string; label: string; dir: string; files: string[]; fingerprint: string };

/** Runs contentlayer in the shard's folder; resolves with its exit code and output. */
function runContentlayer(shard: Shard): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=8192',
        path.join(root, 'scripts/contentlayer.mjs'),
        'build',
        '--config',
        path.join(root, 'contentlayer.config.ts'),
      ],
      // contentlayer takes its working folder from PWD (set by shells, not by spawn), then process.cwd().
      { cwd: shard.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PWD: shard.dir } },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const all = sourceFiles(contentDir);
const isArticle = (f: string) => f.startsWith('articles/') && f.endsWith('.mdx');
const articles = all.filter(isArticle);
const others = all.filter((f) => !isArticle(f));
const count = shardCount(articles.length, siteConfig.contentShardSize);
const code = codeHash();

const articleShards: Shard[] = Array.from({ length: count }, (_, k) => ({
  name: String(k),
  label: `${k + 1}/${count}`,
  dir: path.join(shardsDir, String(k)),
  files: [],
  fingerprint: '',
}));
for (const file of articles) articleShards[shardOf(file, count)]!.files.push(file);
// Authors, pages, topics, live blogs — and anything contentlayer should refuse as unknown.
const siteShard: Shard = {
  name: SITE_SHARD,
  label: SITE_SHARD,
  dir: path.join(shardsDir, SITE_SHARD),
  files: others,
  fingerprint: '',
};
const shards: Shard[] = [...articleShards, siteShard];

// Shards of an earlier, differently sized split (or an earlier layout) are removed.
if (existsSync(shardsDir)) {
  const current = new Set(shards.map((s) => s.name));
  for (const name of readdirSync(shardsDir)) {
    if (!current.has(name)) rmSync(path.join(shardsDir, name), { recursive: true, force: true });
  }
}

const pending: Shard[] = [];
for (const shard of shards) {
  mkdirSync(shard.dir, { recursive: true });
  syncLinks(path.join(shard.dir, 'content'), shard.files);
  const publicLink = path.join(shard.dir, 'public');
  if (!lstatSync(publicLink, { throwIfNoEntry: false })) symlinkSync(path.join(root, 'public'), publicLink);
  const stats: SourceStat[] = shard.files.map((f) => {
    const s = statSync(path.join(contentDir, f));
    return { path: f, size: s.size, mtimeMs: s.mtimeMs };
  });
  // The site shard's output does not depend on how the articles are split.
  shard.fingerprint = shardFingerprint(
    stats,
    shard === siteShard ? `${code}:${SITE_SHARD}` : `${code}:${count}:${shard.name}`,
  );
  const fingerprintFile = path.join(shard.dir, 'fingerprint');
  const current =
    existsSync(path.join(shard.dir, '.contentlayer/content-index.json')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8') === shard.fingerprint;
  if (!current) pending.push(shard);
}

const failures: { shard: Shard; output: string }[] = [];
const queue = [...pending];
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const fingerprintFile = path.join(shard.dir, 'fingerprint');
      rmSync(fingerprintFile, { force: true });
      const t = performance.now();
      const { code: exit, output } = await runContentlayer(shard);
      if (exit === 0) {
        writeFileSync(fingerprintFile, shard.fingerprint);
        console.log(
          `content: shard ${shard.label}: ${shard.files.length} files in ${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
      } else {
        failures.push({ shard, output });
      }
    }
  }),
);

if (failures.length > 0) {
  for (const { shard, output } of failures) {
    console.error(
      `content: contentlayer failed on shard ${shard.label} (.contentlayer/shards/${shard.name}):\n${output}`,
    );
  }
  console.error('content: the content store was not updated; fix the errors above and build again.');
  process.exit(1);
}

const merged = mergeContentIndexes(
  shards.map((s) => ({
    prefix: `shards/${s.name}/.contentlayer/`,
    index: readContentIndex(path.join(s.dir, '.contentlayer')),
  })),
);
// Without a given version, one that changes exactly when the content does.
const version =
  givenVersion ?? `content-${createHash('sha1').update(JSON.stringify(merged)).digest('hex').slice(0, 12)}`;
writeContentStore(storeDir, { ...merged, version, builtAt: new Date().toISOString() });
console.log(
  `content: ${merged.articles.length} articles, ${merged.authors.length} authors from ${shards.length} shard(s), ${pending.length} run, ${shards.length - pending.length} unchanged, version ${version}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
