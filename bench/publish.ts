/**
 * `npm run bench:publish [-- --count 10000] [--port 3600] [--keep]`
 *
 * How long a commit takes to reach readers through the publishing pipeline (`npm run publish`,
 * scripts/publish.ts), on a production build of a large archive. In a temporary copy of the
 * project (the files git tracks, bench/project-copy.ts) with N generated articles
 * (bench/generate-archive.ts) and a live blog of 50 entries, it commits everything into a new git
 * repository, builds (`npm run build`, timed) and starts the standalone server; then, for each
 * scenario, commits one change, runs `npm run publish -- --target <server>` at once, and polls the
 * server every 100 ms (through its one-second response copy, as readers get it: pages ignore query
 * strings, so nothing can bust it) until readers see the change:
 *
 *   a. live entry   a new entry file → the live page has `data-entry="<id>"` and the updates
 *                   endpoint lists it (goal ≤ 15 s);
 *   b. new article  its page answers 200 with its headline, its section front links it, and the
 *                   search page finds it by a word only its body contains (goal ≤ 30 s);
 *   c. edit         a changed headline (with a correction) → page, section front and search show it;
 *   d. takedown     the file deleted → the page answers 404, the section front and search drop it.
 *
 * Times are from the moment the commit exists (`git commit` has returned; its own few milliseconds
 * are printed, not counted) and include the whole of `npm run publish`. The search check is a fresh
 * Chromium context each time (no cached index), typing the word on /search as a reader does; one
 * attempt takes ~0.5–2 s, which bounds that figure's resolution. Prints a table and the load
 * average; stops the server's process group and deletes the copy unless --keep.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from '@playwright/test';
import { sectionPath } from '../lib/config/urls';
import { isPlainObject } from '../lib/format/json';
import { flag } from './cli';
import { runMeasured } from './process-tree';
import { copyProject } from './project-copy';
import { startProductionServer, stopServer, waitForServer } from './servers';
import {
  articleFile,
  articlePlan,
  BENCH_BYLINE,
  formatTable,
  liveBlogFiles,
  liveBlogPlan,
  liveEntryFile,
  parsePublishSteps,
  seconds,
  uniqueWord,
  type BenchFile,
  type ScenarioResult,
} from './publish-timing';

const count = Number(flag('count') ?? '10000');
const port = Number(flag('port') ?? '3600');
const keep = process.argv.includes('--keep');
const repo = process.cwd();
const base = `http://127.0.0.1:${port}`;
/** How often readers' checks run. */
const POLL_MS = 100;
/** A check not true this long after the commit is reported as never. */
const DEADLINE_MS = 180_000;
/** After a failed publish, how long the checks keep going (the failure may have come late). */
const AFTER_FAILURE_MS = 10_000;
/** Entries the live blog starts with. */
const LIVE_ENTRIES = 50;
const BYLINE = BENCH_BYLINE;
const GOALS = { live: 15, article: 30 };

if (!Number.isInteger(count) || count < 1 || !Number.isInteger(port)) {
  console.error('usage: npm run bench:publish [-- --count 10000] [--port 3600] [--keep]');
  process.exit(2);
}
if (!existsSync(path.join(repo, 'scripts/publish.ts'))) {
  console.error('scripts/publish.ts is missing: this benchmark times `npm run publish`.');
  process.exit(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  REVALIDATE_SECRET: randomBytes(24).toString('hex'),
};

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 26 });
}

function writeFiles(dir: string, files: readonly BenchFile[]): void {
  for (const file of files) {
    const full = path.join(dir, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.text);
  }
}

type Answer = { status: number; text: string };

async function get(pathname: string): Promise<Answer> {
  try {
    const response = await fetch(base + pathname, { redirect: 'manual' });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** What the search page shows for `word`: its status line and the result headlines. */
type SearchAnswer = { summary: string; headlines: string[] };

/** A reader with an empty cache opens /search and types `word`, as tests/e2e/search.spec.ts does. */
async function search(browser: Browser, word: string): Promise<SearchAnswer | undefined> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search`, { waitUntil: 'load' });
    // One input event, one search (as the spec's first test fills the box): typing key by key would
    // search for every prefix too, and a prefix's "No stories match" is not the word's answer.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill(word);
    // The full-text answer for the whole word, found or not (or the module saying it cannot search).
    await page.waitForFunction(
      (heading) =>
        document.querySelector('[data-search="heading"]')?.textContent === heading &&
        /full text\.|No stories match|cannot be searched/.test(
          document.querySelector('[data-search="status"]')?.textContent ?? '',
        ),
      `Results for “${word}”`,
      { timeout: 15_000 },
    );
    return {
      summary: (await page.locator('[data-search="status"]').textContent()) ?? '',
      headlines: await page.locator('[data-search="results"] li h3').allTextContents(),
    };
  } catch {
    return undefined;
  } finally {
    await context.close();
  }
}

/** A reader's check: true once readers see the change. */
type Check = { name: 'page' | 'section' | 'updates' | 'search'; seen: () => Promise<boolean> };

type Scenario = {
  name: string;
  message: string;
  /** Writes or deletes the scenario's files in the copy. */
  change: () => void;
  checks: Check[];
  goalSeconds?: number;
};

/** Runs `npm run publish` now; resolves with its exit code, its output and each line's arrival (ms after `t0`). */
function publish(
  dir: string,
  t0: number,
  onLine: (line: string) => void,
): Promise<{ code: number | null; output: string; lines: string[]; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'publish', '--', '--target', base], { cwd: dir, env });
    let output = '';
    const lines: string[] = [];
    let pending = '';
    const take = (data: Buffer) => {
      const text = data.toString();
      output += text;
      pending += text;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      const at = ((performance.now() - t0) / 1000).toFixed(1).padStart(6);
      for (const part of parts) {
        if (part.trim() === '') continue;
        lines.push(`${at} s  ${part}`);
        onLine(part);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      if (pending.trim() !== '')
        lines.push(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${pending}`);
      resolve({ code, output, lines, ms: performance.now() - t0 });
    });
  });
}

async function runScenario(dir: string, scenario: Scenario): Promise<ScenarioResult> {
  console.log(`\n== ${scenario.name} (load average ${load()})`);
  // Nothing readers check may be true before the commit, or the figure would mean nothing.
  for (const check of scenario.checks) {
    if (await check.seen()) throw new Error(`${scenario.name}: "${check.name}" is already true before the commit`);
  }
  scenario.change();
  git(dir, ['add', '-A', '--', 'content', 'public']);
  const commitStarted = performance.now();
  git(dir, ['commit', '-q', '-m', scenario.message]);
  const t0 = performance.now();
  // The search index changes only in publish's last step, after the revalidation; a Chromium reader
  // searching over and over before then would only load the two cores the publish runs on. So the
  // search check starts when publish reports the revalidation (or ends), and is timed from the commit.
  let searchMayChange!: () => void;
  const searchGate = new Promise<void>((resolve) => (searchMayChange = resolve));
  const run = publish(dir, t0, (line) => {
    if (/publish: (revalidated|nothing to revalidate|search delta)/.test(line)) searchMayChange();
  });
  void run.then(() => searchMayChange());
  let stopAt = t0 + DEADLINE_MS;
  void run.then((r) => {
    if (r.code !== 0) stopAt = Math.min(stopAt, performance.now() + AFTER_FAILURE_MS);
  });
  const seen = new Map<Check['name'], number>();
  // How many times each check ran and its slowest run: a figure is at most that much late.
  const runs = new Map<Check['name'], { count: number; longestMs: number }>();
  await Promise.all(
    scenario.checks.map(async (check) => {
      const stats = { count: 0, longestMs: 0 };
      runs.set(check.name, stats);
      if (check.name === 'search') await searchGate;
      while (performance.now() < stopAt) {
        const started = performance.now();
        const ok = await check.seen();
        stats.count++;
        stats.longestMs = Math.max(stats.longestMs, performance.now() - started);
        if (ok) {
          seen.set(check.name, (performance.now() - t0) / 1000);
          return;
        }
        await sleep(Math.max(0, POLL_MS - (performance.now() - started)));
      }
    }),
  );
  const published = await run;
  console.log(`git commit took ${Math.round(t0 - commitStarted)} ms (not counted); npm run publish output:`);
  for (const line of published.lines) console.log(`  ${line}`);
  for (const check of scenario.checks) {
    const stats = runs.get(check.name);
    console.log(
      `commit → ${check.name}: ${seen.has(check.name) ? seconds(seen.get(check.name)) : 'never'}` +
        (stats ? ` (checked ${stats.count} times, the slowest check ${Math.round(stats.longestMs)} ms)` : ''),
    );
  }
  return {
    name: scenario.name,
    steps: parsePublishSteps(published.output),
    publishCode: published.code,
    publishSeconds: published.ms / 1000,
    page: seen.get('page'),
    section: seen.get('section'),
    updates: seen.get('updates'),
    search: seen.get('search'),
    missing: scenario.checks.filter((c) => !seen.has(c.name)).map((c) => c.name),
    ...(scenario.goalSeconds === undefined ? {} : { goalSeconds: scenario.goalSeconds }),
  };
}

console.log(`bench:publish — ${count} articles; load average ${load()} (1 / 5 / 15 min)`);
const dir = copyProject(repo, 'newsroom-publish-');
console.log(`copy of the committed project (git-tracked files) in ${dir}`);
let server: ReturnType<typeof startProductionServer> | undefined;
let browser: Browser | undefined;
const results: ScenarioResult[] = [];
try {
  execFileSync('npx', ['tsx', 'bench/generate-archive.ts', '--count', String(count), '--root', dir], {
    cwd: dir,
    stdio: 'inherit',
    env,
  });
  const blog = liveBlogPlan('harbour-vote-live', 'politics');
  writeFiles(dir, liveBlogFiles(blog, BYLINE, { now: Date.now(), entries: LIVE_ENTRIES }));

  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Publish Benchmark']);
  git(dir, ['config', 'user.email', 'bench@localhost']);
  git(dir, ['add', '-A']);
  // The generated archive is git-ignored in the project; here it is the newsroom's committed archive.
  git(dir, ['add', '-f', 'content/articles/archive', 'content/authors', 'public/images/archive']);
  git(dir, ['commit', '-q', '-m', `The site with ${count} articles and a live blog`]);

  console.log(`\nnpm run build (load average ${load()}) …`);
  const build = await runMeasured('npm', ['run', 'build'], { cwd: dir, env });
  writeFileSync(path.join(dir, 'build.log'), build.output);
  console.log(
    `build: ${build.seconds.toFixed(1)} s, peak RSS ${(build.peakRssBytes / 1024 ** 3).toFixed(2)} GiB, exit ${build.code}`,
  );
  if (build.code !== 0) {
    console.log(build.output.split('\n').slice(-40).join('\n'));
    throw new Error('npm run build failed');
  }

  const serverStarted = performance.now();
  server = startProductionServer('publish-bench', port, env, dir);
  await waitForServer(`${base}/api/health`, 120_000);
  console.log(`server ready on ${base} after ${((performance.now() - serverStarted) / 1000).toFixed(1)} s`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const reader = browser;

  // Readers are already on the site: the routes' code is loaded, the pages have been rendered once.
  for (const warm of [blog.url, blog.updatesUrl, sectionPath('world'), '/', '/search']) {
    const answer = await get(warm);
    if (answer.status !== 200) throw new Error(`${warm} answered ${answer.status} before any change`);
  }
  await search(reader, 'harbour');

  const entryId = `bench-${Date.now().toString(36)}`;
  const word = uniqueWord(Math.random);
  const born = Date.now();
  const article = articlePlan(
    `harbour-authority-report-${born.toString(36)}`,
    'world',
    'Harbour authority publishes the report the council asked for',
    word,
    born,
  );
  const edited = { ...article, headline: 'Harbour authority report shows higher costs than the council was told' };

  const scenarios: Scenario[] = [
    {
      name: 'a. live entry',
      message: 'Live: a new entry',
      goalSeconds: GOALS.live,
      change: () =>
        writeFiles(dir, [liveEntryFile(blog.slug, entryId, { author: BYLINE.author, publishedAt: Date.now() - 1000 })]),
      checks: [
        { name: 'page', seen: async () => (await get(blog.url)).text.includes(`data-entry="${entryId}"`) },
        {
          name: 'updates',
          seen: async () => {
            const answer = await get(blog.updatesUrl);
            if (answer.status !== 200) return false;
            const body: unknown = JSON.parse(answer.text);
            const entries: unknown = isPlainObject(body) ? body.entries : undefined;
            return Array.isArray(entries) && entries.some((e: unknown) => isPlainObject(e) && e.id === entryId);
          },
        },
      ],
    },
    {
      name: 'b. new article',
      message: 'A new article',
      goalSeconds: GOALS.article,
      change: () => writeFiles(dir, [articleFile(article, BYLINE, born - 1000)]),
      checks: [
        {
          name: 'page',
          seen: async () => {
            const answer = await get(article.url);
            return answer.status === 200 && answer.text.includes(article.headline);
          },
        },
        {
          name: 'section',
          seen: async () => (await get(sectionPath(article.section))).text.includes(`href="${article.url}"`),
        },
        {
          name: 'search',
          seen: async () => (await search(reader, word))?.headlines.includes(article.headline) ?? false,
        },
      ],
    },
    {
      name: 'c. edit (headline)',
      message: 'A changed headline',
      change: () =>
        writeFiles(dir, [
          articleFile(edited, BYLINE, born - 1000, {
            date: Date.now(),
            text: 'An earlier version of this headline understated the costs in the report.',
          }),
        ]),
      checks: [
        {
          name: 'page',
          seen: async () => {
            const answer = await get(article.url);
            return answer.status === 200 && answer.text.includes(edited.headline);
          },
        },
        { name: 'section', seen: async () => (await get(sectionPath(article.section))).text.includes(edited.headline) },
        {
          name: 'search',
          seen: async () => (await search(reader, word))?.headlines.includes(edited.headline) ?? false,
        },
      ],
    },
    {
      name: 'd. takedown',
      message: 'A takedown',
      change: () => rmSync(path.join(dir, article.path)),
      checks: [
        { name: 'page', seen: async () => (await get(article.url)).status === 404 },
        {
          name: 'section',
          seen: async () => {
            const answer = await get(sectionPath(article.section));
            return answer.status === 200 && !answer.text.includes(`href="${article.url}"`);
          },
        },
        {
          name: 'search',
          seen: async () => (await search(reader, word))?.summary.startsWith('No stories match') ?? false,
        },
      ],
    },
  ];
  for (const scenario of scenarios) {
    try {
      results.push(await runScenario(dir, scenario));
    } catch (error) {
      // A scenario that cannot be measured (its change already visible) does not stop the others.
      console.log(`${scenario.name}: not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
    await sleep(2000);
  }
} finally {
  await browser?.close();
  if (server) await stopServer(server);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}

console.log(`\n${count} articles; times after the commit (reader checks every ${POLL_MS} ms):\n`);
console.log(formatTable(results));
console.log(`\nload average ${load()} (1 / 5 / 15 min)`);
