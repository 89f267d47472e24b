/**
 * Run after `next build` (part of `npm run build`): copies `public/` and `.next/static/` into
 * `.next/standalone/`, which Next leaves out on purpose (they belong on a CDN). With them in place
 * `node .next/standalone/server.js` serves the whole site without node_modules.
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
] as const) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
console.log('standalone-assets: copied public/ and .next/static/ into .next/standalone/');
