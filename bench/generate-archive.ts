/**
 * `npm run archive -- --count N [--root DIR] [--seed S] [--now ISO]`
 *
 * Writes a synthetic archive of N valid articles into DIR (default: this project) beside the real
 * content: articles under content/articles/archive/, authors content/authors/archive-*.mdx, and a
 * small pool of hero images and avatars under public/images/archive/. Deterministic for a seed.
 * Earlier archive output in DIR is removed first. Used by the benchmarks and large-archive tests;
 * never commit its output.
 */
import { mkdirSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { buildArchive, ARCHIVE_ARTICLE_DIR, ARCHIVE_IMAGE_DIR, ARCHIVE_AUTHOR_PREFIX } from './synthetic-archive';
import { flag } from './cli';

const count = Number(flag('count') ?? '1000');
const root = path.resolve(flag('root') ?? process.cwd());
const seed = Number(flag('seed') ?? '1');
const now = new Date(flag('now') ?? Date.now());
if (!Number.isInteger(count) || count < 1 || Number.isNaN(now.getTime())) {
  console.error('usage: npm run archive -- --count N [--root DIR] [--seed S] [--now ISO-DATE]');
  process.exit(2);
}

const started = Date.now();
const archive = buildArchive({ count, seed, now });

// Remove the previous run's output so counts are exact.
rmSync(path.join(root, 'content', ARCHIVE_ARTICLE_DIR), { recursive: true, force: true });
rmSync(path.join(root, 'public', ARCHIVE_IMAGE_DIR), { recursive: true, force: true });
const authorsDir = path.join(root, 'content/authors');
mkdirSync(authorsDir, { recursive: true });
for (const name of readdirSync(authorsDir)) {
  if (name.startsWith(ARCHIVE_AUTHOR_PREFIX)) rmSync(path.join(authorsDir, name));
}

const dirs = new Set<string>();
for (const file of archive.files) {
  const full = path.join(root, file.path);
  const dir = path.dirname(full);
  if (!dirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    dirs.add(dir);
  }
  writeFileSync(full, file.text);
}

for (const image of archive.images) {
  const full = path.join(root, image.path);
  mkdirSync(path.dirname(full), { recursive: true });
  await sharp(Buffer.from(image.svg)).jpeg({ quality: 70, progressive: true, mozjpeg: true }).toFile(full);
}

console.log(
  `generated ${archive.articleCount} articles, ${archive.authorCount} authors and ${archive.images.length} images in ${root} (${Date.now() - started} ms)`,
);
