import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';

/**
 * `scripts/content-build.ts` (`npm run content` after the checker) on a copy of the example content,
 * split into shards of at most 4 articles plus the `site` shard (authors, pages, topics, live blogs):
 * the merged store must be what one run gives, unchanged shards must not run again, a live entry or
 * author edit must run the site shard alone, and a failing shard must leave the previous store in place.
 */
const repo = process.cwd();
let dir: string;

function build(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/content-build.ts', ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir, PWD: dir, CONTENT_SHARD_SIZE: '4' },
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

function index(): ContentIndex {
  return JSON.parse(readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8'));
}

const launchFile = 'content/articles/2024/biden-hosts-south-korea-japan-leaders-north-korea-talks.mdx';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-build-'));
  for (const item of ['contentlayer.config.ts', 'package.json', 'lib', 'scripts', 'public', 'content']) {
    cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sharded content build', () => {
  it('builds every article and author across shards into one store', () => {
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/from 5 shard\(s\), 5 run, 0 unchanged/);
    const { articles, authors } = index();
    // 13 articles and the live blog (content/live/), which the index carries as an article.
    expect(articles).toHaveLength(14);
    expect(authors).toHaveLength(6);
    expect(new Set(articles.map((a) => a.bodyFile.split('/')[1])).size).toBeGreaterThan(1);
    // Topic hubs (content/topics/) are in the store, each hero with the size read from its image.
    expect(index().topics.map((t) => [t.tag, t.hero?.width ?? null, t.pinned.length])).toEqual([
      ['climate', 1600, 2],
      ['transport', null, 2],
    ]);
    // Standing pages (content/pages/) are in the store from the site shard, each body file pointing into it.
    const pages = index().pages;
    expect(pages.map((p) => p.url)).toContain('/about/ethics');
    const ethics = pages.find((p) => p.slug === 'ethics');
    expect(ethics?.bodyFile).toMatch(/^shards\/site\/\.contentlayer\/generated\/Page\//);
    // No article shard holds anything but articles; the site shard holds none.
    for (const a of articles) {
      expect(a.bodyFile, a.url).toMatch(a.live ? /^shards\/site\// : /^shards\/\d+\//);
      for (const e of a.live?.entries ?? []) expect(e.bodyFile).toMatch(/^shards\/site\//);
    }
    // Without --version, the store is named after its content.
    expect(index().version).toMatch(/^content-[0-9a-f]{12}$/);
    expect(Date.parse(index().builtAt ?? '')).not.toBeNaN();
    expect(JSON.parse(readFileSync(path.join(dir, '.contentlayer', ethics!.bodyFile), 'utf8')).body.raw).toContain(
      'Independence',
    );
    const launch = articles.find((a) => a.sourceFile === launchFile.replace('content/', ''));
    expect(launch?.url).toBe('/world/biden-hosts-south-korea-japan-leaders-north-korea-talks');
    const body = JSON.parse(readFileSync(path.join(dir, '.contentlayer', launch!.bodyFile), 'utf8'));
    expect(body.body.raw).toContain('Pyongyang');
  }, 180_000); // five cold contentlayer runs: about a minute on two busy cores

  it('runs nothing again when nothing changed, and names the store as told', () => {
    const { status, output } = build('--version', '0123abc');
    expect(status, output).toBe(0);
    expect(output).toMatch(/0 run, 5 unchanged/);
    expect(index().version).toBe('0123abc');
  });

  it('runs the site shard alone for a live entry or an author edit', () => {
    const entry = readdirSync(path.join(dir, 'content/live'), { recursive: true, encoding: 'utf8' }).find((f) =>
      /\/entries\/.+\.mdx$/.test(f),
    )!;
    appendFileSync(path.join(dir, 'content/live', entry), '\nAn added line in an entry.\n');
    appendFileSync(path.join(dir, 'content/authors/world-desk.mdx'), '\nAn added line in a bio.\n');
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/content: shard site: /);
    expect(output).toMatch(/1 run, 4 unchanged/);
    const blog = index().articles.find((a) => a.live)!;
    const edited = blog.live!.entries.find((e) => e.sourceFile === `live/${entry}`)!;
    expect(readFileSync(path.join(dir, '.contentlayer', edited.bodyFile), 'utf8')).toContain(
      'An added line in an entry.',
    );
    expect(index().authors.find((a) => a.slug === 'world-desk')?.bio).toContain('An added line in a bio.');
  });

  it('runs only the shard of an edited article, and the edit is in the store', () => {
    appendFileSync(path.join(dir, launchFile), '\nAn added closing line.\n');
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/1 run, 4 unchanged/);
    const launch = index().articles.find((a) => a.slug === 'biden-hosts-south-korea-japan-leaders-north-korea-talks')!;
    expect(readFileSync(path.join(dir, '.contentlayer', launch.bodyFile), 'utf8')).toContain('An added closing line.');
  });

  it('drops a deleted article from the store', () => {
    rmSync(path.join(dir, launchFile));
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(index().articles).toHaveLength(13);
    expect(index().articles.some((a) => a.slug === 'biden-hosts-south-korea-japan-leaders-north-korea-talks')).toBe(
      false,
    );
  });

  it('fails naming the file and field, and leaves the previous store in place', () => {
    const before = readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8');
    const source = readFileSync(path.join(repo, launchFile), 'utf8');
    writeFileSync(path.join(dir, 'content/articles/2024/broken.mdx'), source.replace(/^standfirst: .*\n/m, ''));
    const { status, output } = build();
    expect(status).toBe(1);
    expect(output).toContain('articles/2024/broken.mdx');
    expect(output).toContain('standfirst');
    expect(readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8')).toBe(before);
  });
});
