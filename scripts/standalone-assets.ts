/**
 * Run after `next build` (part of `npm run build`): puts `public/` and `.next/static/` into
 * `.next/standalone/`, which Next leaves out on purpose (they belong on a CDN), and the content store
 * the pages read at run time (the body-free index and one JSON file per document; not contentlayer's
 * caches or collection files), the Pagefind search index that app/pagefind serves and the enhancement
 * modules that app/enhance serves (`.enhancements/`, from `npm run enhancements`). With them in
 * place `node .next/standalone/server.js` serves the whole site without node_modules.
 *
 * Files are hard-linked, not copied: at 10,000 articles the store and the index are ~20,000 files,
 * and copying them took seconds of every build. A link costs no space or time, and the standalone
 * folder is rebuilt by every `next build` anyway. Where linking is impossible (another file system)
 * the file is copied.
 *
 * `content` in the standalone folder is a symbolic link to the project's content/ (relative, so the
 * checkout may move): the server reads the breaking-news line from content/breaking.yml while it runs
 * (lib/serving/breaking-news-file.ts), so it must see the file a `git pull` writes, not a copy.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENHANCEMENT_DIR } from '../lib/serving/enhancements';

const started = performance.now();
const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error('standalone-assets: .next/standalone/server.js is missing; is output: "standalone" set?');
  process.exit(1);
}

/** Of .contentlayer only the index and the per-document files are read at run time. */
const skip = (name: string): boolean => name === '.cache' || name === '_index.json' || name === '_index.mjs';

let files = 0;
/** Mirrors the regular files under `from` into `to`: linked where possible, else copied. Symbolic links are not followed. */
function mirror(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) mirror(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      files++;
    }
  }
}

for (const [from, to] of [
  [path.join(root, 'public'), path.join(standalone, 'public')],
  [path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static')],
  [path.join(root, '.contentlayer'), path.join(standalone, '.contentlayer')],
  [path.join(root, '.pagefind'), path.join(standalone, '.pagefind')],
  [path.join(root, ENHANCEMENT_DIR), path.join(standalone, ENHANCEMENT_DIR)],
] as const) {
  rmSync(to, { recursive: true, force: true });
  mirror(from, to);
}
const contentLink = path.join(standalone, 'content');
rmSync(contentLink, { recursive: true, force: true });
symlinkSync(path.relative(standalone, path.join(root, 'content')), contentLink);

console.log(
  `standalone-assets: ${files} files of public/, .next/static/, the content store, the search index and the enhancement modules in .next/standalone/, content/ linked (${Math.round(performance.now() - started)} ms)`,
);
