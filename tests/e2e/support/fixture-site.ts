/**
 * `npx tsx tests/e2e/support/fixture-site.ts --port P --scheduled-at ISO`
 *
 * Starts the fixture site for the end-to-end tests: a temporary copy of this project (in
 * FIXTURE_SITE_DIR, where tests may write content the running server reads, as an editor's commit
 * would) with test articles added (one scheduled for `--scheduled-at`, one renamed and corrected, a live
 * blog), committed to a git repository of its own, built for production and served by the production
 * server (`npm start`) on 127.0.0.1:P with the e2e preview and revalidation secrets. The copy is
 * deleted when the server stops. Nothing is written into this checkout.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_SITE_DIR, PREVIEW_SECRET } from './e2e-config';
import { fixtureArticles, LIVE } from './fixture-articles';
import { E2E_REVALIDATE_SECRET } from './servers';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = flag('port');
const scheduledAt = flag('scheduled-at');
if (!port || !scheduledAt || Number.isNaN(Date.parse(scheduledAt))) {
  console.error('usage: fixture-site --port P --scheduled-at ISO');
  process.exit(2);
}

const project = process.cwd();
const site = FIXTURE_SITE_DIR;
mkdirSync(site);
let server: ReturnType<typeof spawn> | undefined;

/**
 * Deletes the copy in a process of its own session: deleting 40,000 hard links takes a few seconds,
 * and Playwright kills this process group soon after asking it to stop.
 */
function cleanUp(): void {
  server?.kill('SIGTERM');
  spawn('rm', ['-rf', site], { detached: true, stdio: 'ignore' }).unref();
}
// Playwright stops this web server with SIGTERM to its whole process group (gracefulShutdown in
// playwright.config.ts): the server gets it too, and the copy is deleted here.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(0);
  });
}

const skip = new Set(['node_modules', '.next', '.contentlayer', '.git', 'test-results', 'playwright-report']);
cpSync(project, site, {
  recursive: true,
  filter: (src) => !skip.has(path.relative(project, src).split(path.sep)[0] ?? ''),
});
// Hard links: a full copy of node_modules in about a second, without the disk space. Writes during
// the build go to new files (.next/, .contentlayer/), never into node_modules.
execFileSync('cp', ['-al', path.join(project, 'node_modules'), path.join(site, 'node_modules')]);
rmSync(path.join(site, 'node_modules', '.cache'), { recursive: true, force: true });

for (const article of fixtureArticles(new Date(scheduledAt))) {
  const file = path.join(site, article.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, article.text);
}

// A repository of its own, as a newsroom's checkout is: tests publish by committing there and
// running `npm run publish` (tests/e2e/live-blog.spec.ts). The .gitignore keeps node_modules out.
const git = (...args: string[]) => execFileSync('git', args, { cwd: site, stdio: ['ignore', 'ignore', 'inherit'] });
git('init', '--quiet', '--initial-branch=main');
git('config', 'user.name', 'E2E Newsroom');
git('config', 'user.email', 'e2e@newsroom.invalid');
git('config', 'commit.gpgsign', 'false');
git('add', '--all');
git('commit', '--quiet', '--message', 'The fixture site');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LIVE_POLL_SECONDS: String(LIVE.pollSeconds) };
console.log(`fixture site: building ${site} (scheduled article goes live at ${scheduledAt})`);
try {
  execFileSync('npm', ['run', 'build'], { cwd: site, env, stdio: 'inherit' });
} catch {
  cleanUp();
  console.error('fixture site: the build failed (see above)');
  process.exit(1);
}

server = spawn('node', ['.next/standalone/server.js'], {
  cwd: site,
  // The revalidation secret lets `npm run publish` (and tests) revalidate pages on this server.
  env: { ...env, PREVIEW_SECRET, REVALIDATE_SECRET: E2E_REVALIDATE_SECRET, PORT: port, HOSTNAME: '127.0.0.1' },
  stdio: 'inherit',
});
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
