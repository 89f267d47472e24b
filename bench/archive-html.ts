/**
 * `npm run bench:archive-html [-- --count 2000] [--port 3410] [--keep]`
 *
 * Shows that reader pages stay small however large the archive: in a temporary copy of the
 * project, adds a synthetic archive of N articles (default 2,000) beside the example content,
 * runs the production build (`npm run build`, default settings: 20 stories a listing page), serves
 * it with the production server (`npm start`) on 127.0.0.1 and prints the HTML size (raw and gzip) of the front page, a
 * section page and the other listing pages, and the size of the search bundle.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { copyProject } from './project-copy';
import { PRODUCTION_SERVER } from './servers';
import { flag } from './cli';

const count = Number(flag('count') ?? '2000');
const port = Number(flag('port') ?? '3410');
const keep = process.argv.includes('--keep');
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(port)) {
  console.error('usage: npm run bench:archive-html -- [--count N] [--port P] [--keep]');
  process.exit(2);
}

// Production defaults, whatever the caller's shell says.
const { LISTING_PAGE_SIZE: _pageSize, PRERENDER_ARTICLES: _prerender, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1' };

const dir = copyProject(process.cwd(), 'newsroom-html-');
console.log(`== ${count} generated articles in ${dir}`);
execFileSync('npx', ['tsx', 'bench/generate-archive.ts', '--count', String(count), '--root', dir], {
  cwd: dir,
  stdio: 'inherit',
  env,
});

let started = performance.now();
execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
console.log(`build: ${((performance.now() - started) / 1000).toFixed(0)} s`);

type Summary = {
  url: string;
  section: string;
  tags: string[];
  authorSlug: string;
  draft: boolean;
  publishedAt: string;
};
const index: { articles: Summary[] } = JSON.parse(
  readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8'),
);
const now = Date.now();
const published = index.articles.filter((a) => !a.draft && Date.parse(a.publishedAt) <= now);
const most = (keys: string[]) => {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
};
const [topSection, sectionCount] = most(published.map((a) => a.section));
const [topTag, tagCount] = most(published.flatMap((a) => a.tags));
const [topAuthor, authorCount] = most(published.map((a) => a.authorSlug));
const oldest = [...published].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))[0];

const pages: [string, string][] = [
  ['front page', '/'],
  [`section (${sectionCount} stories)`, `/${topSection}`],
  ['section, page 2', `/${topSection}/page/2`],
  ['section, last page', `/${topSection}/page/${Math.ceil(sectionCount / 20)}`],
  [`tag (${tagCount} stories)`, `/tags/${topTag}`],
  [`author (${authorCount} stories)`, `/authors/${topAuthor}`],
  ['topics index', '/tags'],
  ['authors index', '/authors'],
  ['search, no JavaScript', '/search?q=harbour'],
  ['oldest article (rendered on demand)', oldest?.url ?? '/'],
];

const [command, args] = PRODUCTION_SERVER;
const server = spawn(command, args, {
  cwd: dir,
  env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  detached: true,
  stdio: 'ignore',
});
const stop = () => {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
};
process.on('exit', stop);

try {
  started = performance.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > 60_000) throw new Error('the production server did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }

  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`\n${count} generated + example articles (${published.length} published)\n`);
  console.log(`${'page'.padEnd(38)}${'path'.padEnd(52)}${'HTML'.padStart(11)}${'gzip'.padStart(11)}  status`);
  for (const [label, url] of pages) {
    const response = await fetch(`http://127.0.0.1:${port}${url}`);
    const body = Buffer.from(await response.arrayBuffer());
    console.log(
      `${label.padEnd(38)}${url.slice(0, 50).padEnd(52)}${kib(body.length).padStart(11)}${kib(gzipSync(body).length).padStart(11)}  ${response.status}`,
    );
  }

  const bundle = path.join(dir, '.pagefind');
  const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(path.join(bundle, f)).isFile(),
  );
  const fragments = files.filter((f) => f.startsWith('fragment/'));
  const bytes = (list: string[]) => list.reduce((sum, f) => sum + statSync(path.join(bundle, f)).size, 0);
  const entry: unknown = await (await fetch(`http://127.0.0.1:${port}/pagefind/pagefind-entry.json`)).json();
  console.log(
    `\nsearch bundle: ${files.length} files, ${kib(bytes(files))} in all (${fragments.length} fragments, ${kib(bytes(fragments))}); a query loads only the chunks it needs`,
  );
  console.log(`pagefind-entry.json: ${JSON.stringify(entry)}`);
} finally {
  stop();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
