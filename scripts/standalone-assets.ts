/**
 * Run after `next build` (part of `npm run build`): copies `public/` and `.next/static/` into
 * `.next/standalone/`, which Next leaves out on purpose (they belong on a CDN), and the content store
 * the pages read at run time (the body-free index and one JSON file per document; not contentlayer's
 * cache or collection files) and the Pagefind search index that app/pagefind serves. With them in place `node .next/standalone/server.js` serves the whole
 * site without node_modules.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error('standalone-assets: .next/standalone/server.js is missing; is output: "standalone" set?');
  process.exit(1);
}
for (const [from, to] of [
  [path.join(root, 'public'), path.join(standalone, 'public')],
  [path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static')],
  [path.join(root, '.contentlayer'), path.join(standalone, '.contentlayer')],
  [path.join(root, '.pagefind'), path.join(standalone, '.pagefind')],
] as const) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, {
    recursive: true,
    // Of .contentlayer only the index and the per-document files are read at run time.
    filter: (src) => !/[\\/]\.cache([\\/]|$)|[\\/]_index\.(json|mjs)$/.test(src),
  });
}
console.log('standalone-assets: copied public/, .next/static/, the content store and the search index into .next/standalone/');
