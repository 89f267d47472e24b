import { spawn, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';

/**
 * `scripts/publish.ts` (`npm run publish`) in a git checkout of the example content that has been
 * "built" (content store, standalone folder and recorded revision, without `next build`), against a
 * stand-in instance: an HTTP server whose `/api/health` reports the version of the store it reads
 * from that checkout, as the real server does, and which records every revalidation it is sent.
 */
const repo = process.cwd();
const SECRET = 'publish-test-secret-0123456789';
let dir: string;
let instance: Server;
let origin: string;
/** When set, the stand-in reports this version instead of the store's: an instance still on old content. */
let stuckOn: string | undefined;
const revalidations: { authorization: string | undefined; paths: string[] }[] = [];

function run(script: string, args: readonly string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir, PWD: dir, REVALIDATE_SECRET: SECRET, ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

const publish = (...args: string[]) => run('scripts/publish.ts', ['--target', origin, ...args]);

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

function commit(message: string): string {
  git('add', '-A');
  git('-c', 'user.email=test@example.com', '-c', 'user.name=Test', 'commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}

const indexFile = () => path.join(dir, '.contentlayer/content-index.json');
const index = (): ContentIndex => JSON.parse(readFileSync(indexFile(), 'utf8'));
const published = () => readFileSync(path.join(dir, '.contentlayer/published-revision'), 'utf8').trim();

const story = 'content/articles/2026/kestrel-bay-votes-to-pedestrianise-old-harbour-district.mdx';
const takenDown = 'content/articles/2025/port-avenir-customs-house-reopens-as-museum-of-sound.mdx';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
  for (const item of [
    'contentlayer.config.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'lib',
    'scripts',
    'public',
    'content',
  ]) {
    cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.contentlayer/\n.next/\n.pagefind/\n.enhancements/\n');
  git('init', '-q');
  commit('baseline');
  // What `npm run build` leaves behind, without `next build`: the content store, a standalone
  // folder, then scripts/standalone-assets.ts (links, the recorded revision, the kept index).
  const content = await run('scripts/content-build.ts', []);
  expect(content.status, content.output).toBe(0);
  mkdirSync(path.join(dir, '.next/standalone'), { recursive: true });
  mkdirSync(path.join(dir, '.next/static'), { recursive: true });
  mkdirSync(path.join(dir, '.enhancements'), { recursive: true });
  writeFileSync(path.join(dir, '.next/standalone/server.js'), '');
  const assets = await run('scripts/standalone-assets.ts', []);
  expect(assets.status, assets.output).toBe(0);

  instance = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/api/health') {
      const version = stuckOn ?? index().version;
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          status: 'ok',
          cache: { store: 'filesystem' },
          content: { version, loadedAt: new Date().toISOString() },
        }),
      );
      return;
    }
    if (req.method === 'POST' && req.url === '/api/revalidate') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const { paths } = JSON.parse(body) as { paths: string[] };
        revalidations.push({ authorization: req.headers.authorization, paths });
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ revalidated: paths }));
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(instance.address() as AddressInfo).port}`;
}, 240_000);

afterAll(async () => {
  await new Promise((resolve) => instance?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run publish', () => {
  it('has the build link the store into the standalone folder and record the revision', () => {
    expect(published()).toBe(git('rev-parse', 'HEAD'));
    for (const name of ['.contentlayer', '.pagefind', 'public', 'content']) {
      const link = path.join(dir, '.next/standalone', name);
      expect(lstatSync(link).isSymbolicLink(), name).toBe(true);
      expect(readlinkSync(link), name).toBe(path.join('..', '..', name));
    }
  });

  it('publishes an edit and a takedown, waits for the instance, then revalidates exactly the affected paths', async () => {
    const source = readFileSync(path.join(dir, story), 'utf8');
    writeFileSync(path.join(dir, story), source.replace('  - transport\n', '  - transport\n  - harbours\n'));
    appendFileSync(path.join(dir, story), '\nA line added by the publish test.\n');
    rmSync(path.join(dir, takenDown));
    const to = commit('edit and takedown');

    const { status, output } = await publish();
    expect(status, output).toBe(0);
    for (const step of ['diff', 'check', 'content build', 'serve content', 'revalidated', 'search delta']) {
      expect(output, step).toMatch(new RegExp(`publish: .*${step}.*\\(\\d+\\.\\d s\\)`));
    }
    expect(output).toMatch(new RegExp(`publish: published ${to.slice(0, 12)} in \\d+\\.\\d s`));
    expect(index().version).toBe(to);
    expect(published()).toBe(to);
    expect(index().articles.some((a) => a.sourceFile === takenDown.replace('content/', ''))).toBe(false);

    expect(revalidations).toHaveLength(1);
    expect(revalidations[0]?.authorization).toBe(`Bearer ${SECRET}`);
    const paths = revalidations[0]!.paths;
    expect(paths).toEqual(
      expect.arrayContaining([
        '/politics/kestrel-bay-votes-to-pedestrianise-old-harbour-district',
        '/tags/harbours',
        '/tags/transport',
        '/culture/port-avenir-customs-house-reopens-as-museum-of-sound',
        '/culture',
        '/',
        '/sitemap.xml',
      ]),
    );
    // Nothing unrelated: an article nobody touched is not among them.
    expect(paths).not.toContain('/world/biden-hosts-south-korea-japan-leaders-north-korea-talks');
  }, 180_000);

  it('refuses a change to code, naming the files, and touches nothing', async () => {
    const before = statSync(indexFile()).mtimeMs;
    const revision = published();
    appendFileSync(path.join(dir, 'lib/config/urls.ts'), '\n');
    appendFileSync(path.join(dir, story), '\nAnother line.\n');
    commit('code and content');
    const { status, output } = await publish();
    expect(status, output).toBe(3);
    expect(output).toContain('M\tlib/config/urls.ts');
    expect(output).toContain('code changed: deploy with npm run build');
    expect(statSync(indexFile()).mtimeMs).toBe(before);
    expect(published()).toBe(revision);
    // As a deployment would: build, and the revision is recorded.
    writeFileSync(path.join(dir, '.contentlayer/published-revision'), `${git('rev-parse', 'HEAD')}\n`);
  }, 60_000);

  it('fails on a broken article naming the file and field, and loses nothing', async () => {
    const before = readFileSync(indexFile(), 'utf8');
    const revision = published();
    const source = readFileSync(path.join(dir, story), 'utf8');
    writeFileSync(path.join(dir, 'content/articles/2026/broken.mdx'), source.replace(/^standfirst: .*\n/m, ''));
    commit('broken article');
    const { status, output } = await publish();
    expect(status, output).toBe(1);
    expect(output).toMatch(/content\/articles\/2026\/broken\.mdx:\d+:\d+: standfirst/);
    expect(output).toContain('the store is untouched');
    expect(readFileSync(indexFile(), 'utf8')).toBe(before);
    expect(published()).toBe(revision);
    rmSync(path.join(dir, 'content/articles/2026/broken.mdx'));
    commit('broken article removed');
  }, 60_000);

  it('does not revalidate while an instance still serves the old content, and a second run completes', async () => {
    const revalidated = () => readFileSync(path.join(dir, '.contentlayer/revalidated-revision'), 'utf8').trim();
    const before = revalidated();
    revalidations.length = 0;
    rmSync(path.join(dir, 'content/articles/2026/orrin-valley-dairy-cooperative-raises-milk-prices.mdx'));
    const to = commit('second takedown');
    stuckOn = 'an-old-version';
    const stuck = await publish('--timeout', '1');
    stuckOn = undefined;
    expect(stuck.status, stuck.output).toBe(4);
    expect(stuck.output).toContain(`${origin}: serves content an-old-version`);
    expect(revalidations).toHaveLength(0);
    // The store is built (and recorded as such); the pages are not revalidated yet.
    expect(published()).toBe(to);
    expect(revalidated()).toBe(before);

    // Once the instance serves it, publishing again revalidates what the first run replaced.
    const again = await publish();
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toMatch(/publish: check/);
    expect(revalidations.flatMap((r) => r.paths)).toContain(
      '/business/orrin-valley-dairy-cooperative-raises-milk-prices',
    );
    expect(revalidated()).toBe(to);
  }, 120_000);

  it('refuses content that is not committed, and says when there is nothing to publish', async () => {
    appendFileSync(path.join(dir, story), '\nNot committed.\n');
    const dirty = await publish();
    expect(dirty.status, dirty.output).toBe(2);
    expect(dirty.output).toContain(story);
    git('checkout', '--', story);
    const nothing = await publish();
    expect(nothing.status, nothing.output).toBe(0);
    expect(nothing.output).toContain('nothing to publish');
  }, 60_000);

  it('publishes an instance’s own checkout with --no-revalidate; the publisher then only waits and revalidates', async () => {
    revalidations.length = 0;
    const ethics = path.join(dir, 'content/pages/ethics.mdx');
    appendFileSync(ethics, '\nA line added to the ethics policy.\n');
    const to = commit('ethics policy');
    const instance = await run('scripts/publish.ts', ['--no-revalidate']);
    expect(instance.status, instance.output).toBe(0);
    expect(instance.output).toMatch(/publish: content build/);
    expect(instance.output).not.toMatch(/revalidated/);
    expect(revalidations).toHaveLength(0);
    expect(published()).toBe(to);

    const publisher = await publish();
    expect(publisher.status, publisher.output).toBe(0);
    expect(publisher.output).toContain('its pages were not revalidated yet');
    expect(publisher.output).not.toMatch(/publish: check/);
    expect(revalidations.flatMap((r) => r.paths)).toEqual(expect.arrayContaining(['/about/ethics', '/about']));
    const done = await publish();
    expect(done.output).toContain('nothing to publish');
  }, 120_000);
});
