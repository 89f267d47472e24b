/**
 * Run after `next build` (part of `npm run build`): puts into `.next/standalone/` what Next leaves out
 * on purpose, so that `node .next/standalone/server.js` serves the whole site without node_modules.
 *
 * The build's own outputs — `.next/static/` and the enhancement modules (`.enhancements/`, from
 * `npm run enhancements`, served by app/enhance) — are mirrored: hard-linked, not copied (a link
 * costs no space or time, and the standalone folder is rebuilt by every `next build` anyway), copied
 * where linking is impossible (another file system).
 *
 * What content changes without a build — `content/` (the breaking-news line is read from it while
 * the server runs), the content store `.contentlayer/` (the body-free index and one file per
 * document), the Pagefind index `.pagefind/` and `public/` (images) — are relative symbolic links to
 * the checkout's (relative, so the checkout may move). The standalone server chdirs to its folder
 * and reads them through the links on every request, so `npm run publish` in the checkout
 * (docs/decisions/016-publishing-without-a-build.md) reaches the running server: it notices the new
 * index within a second. (Next lists `public/` once, when it starts: a file added to it later is
 * not served until a restart; see docs/operations.md.)
 *
 * Finally it records the revision the build was made from (`git rev-parse HEAD`) as the last
 * published one, where `npm run publish` starts its next diff, and keeps the index it built to
 * compare the next publish's with.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENHANCEMENT_DIR } from '../lib/serving/enhancements';
import { CONTENT_INDEX_FILE } from '../lib/content/content-index';
import { mirrorFiles } from '../lib/search/bundle-files';
import {
  PUBLISHED_REVISION_FILE,
  REVALIDATED_INDEX_FILE,
  REVALIDATED_REVISION_FILE,
} from '../lib/serving/publish-plan';

const started = performance.now();
const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error('standalone-assets: .next/standalone/server.js is missing; is output: "standalone" set?');
  process.exit(1);
}

let files = 0;
for (const [from, to] of [
  [path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static')],
  [path.join(root, ENHANCEMENT_DIR), path.join(standalone, ENHANCEMENT_DIR)],
] as const) {
  rmSync(to, { recursive: true, force: true });
  files += mirrorFiles(from, to);
}

/** What content publishing changes in the checkout, linked rather than mirrored. */
const LINKED = ['content', 'public', '.contentlayer', '.pagefind'] as const;
for (const name of LINKED) {
  const link = path.join(standalone, name);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(path.relative(standalone, path.join(root, name)), link);
}

let revision: string | undefined;
try {
  revision = execFileSync('git', ['rev-parse', '--verify', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  // Not a git checkout: `npm run publish` then needs --from.
}
if (revision) {
  // The store this build serves, kept for the next publish to compare with (a hard link: see scripts/publish.ts).
  rmSync(path.join(root, REVALIDATED_INDEX_FILE), { force: true });
  linkSync(path.join(root, '.contentlayer', CONTENT_INDEX_FILE), path.join(root, REVALIDATED_INDEX_FILE));
  writeFileSync(path.join(root, PUBLISHED_REVISION_FILE), `${revision}\n`);
  // A new build starts with an empty page cache: nothing published before it needs revalidating.
  writeFileSync(path.join(root, REVALIDATED_REVISION_FILE), `${revision}\n`);
}

console.log(
  `standalone-assets: ${files} files of .next/static/ and the enhancement modules in .next/standalone/, ${LINKED.join(', ')} linked${revision ? `, revision ${revision.slice(0, 12)} recorded` : ''} (${Math.round(performance.now() - started)} ms)`,
);
