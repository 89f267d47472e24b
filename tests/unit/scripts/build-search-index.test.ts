import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex, IndexedArticle } from '@/lib/content/content-index';
import { readManifest } from '@/lib/search/bundle-files';
import { parseDeltaList } from '@/lib/search/bundle';
import { makeArticle, makeAuthor, makeLiveBlog, makeLiveEntry } from '../../fixtures/articles';

/**
 * The script end to end, in a content store of its own: a full build, then deltas after articles are
 * added, edited, taken down and scheduled, and after a live blog gets an entry.
 */
const repo = process.cwd();
let dir: string;

/** Now, as the script's clock reads it; the scheduled article's time is an hour ahead. */
const soon = new Date(Date.now() + 3_600_000).toISOString();

function indexed(article: ReturnType<typeof makeArticle>): IndexedArticle {
  return {
    ...article,
    bodyFile: `generated/Article/${article.slug}.json`,
    sourceFile: `articles/${article.slug}.mdx`,
    redirectFrom: [],
  };
}

const articles: Record<string, IndexedArticle> = {
  kept: indexed(
    makeArticle({
      slug: 'kept',
      title: 'Harbour ferries keep their timetable',
      publishedAt: '2026-01-01T00:00:00.000Z',
    }),
  ),
  edited: indexed(
    makeArticle({ slug: 'edited', title: 'Council votes on the quay', publishedAt: '2026-01-02T00:00:00.000Z' }),
  ),
  removed: indexed(
    makeArticle({ slug: 'removed', title: 'A story taken down', publishedAt: '2026-01-03T00:00:00.000Z' }),
  ),
  draft: indexed(makeArticle({ slug: 'draft', title: 'Unfinished', draft: true })),
  scheduled: indexed(makeArticle({ slug: 'scheduled', title: 'Embargoed', publishedAt: soon })),
  added: indexed(makeArticle({ slug: 'added', title: 'A new bridge opens', publishedAt: '2026-01-04T00:00:00.000Z' })),
};
const entry = (id: string, publishedAt: string) => ({
  ...makeLiveEntry({ id, publishedAt, title: `Entry ${id}` }),
  bodyFile: `generated/LiveEntry/${id}.json`,
});
const blog = (entries: ReturnType<typeof entry>[]): IndexedArticle => ({
  ...makeLiveBlog({ slug: 'storm', title: 'Storm live', publishedAt: '2026-01-05T00:00:00.000Z' }, { entries }),
  bodyFile: 'generated/LiveBlog/storm.json',
  sourceFile: 'live/storm/index.mdx',
  redirectFrom: [],
});

function writeBody(bodyFile: string, raw: string): void {
  const file = path.join(dir, '.contentlayer', bodyFile);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ body: { raw } }));
}

function writeStore(list: readonly IndexedArticle[]): void {
  const index: ContentIndex = {
    articles: [...list],
    authors: [{ ...makeAuthor({ slug: 'world-desk' }), bio: '' }],
    pages: [],
    topics: [],
  };
  mkdirSync(path.join(dir, '.contentlayer'), { recursive: true });
  writeFileSync(path.join(dir, '.contentlayer', 'content-index.json'), JSON.stringify(index));
}

function run(...args: string[]): string {
  const result = spawnSync(
    path.join(repo, 'node_modules', '.bin', 'tsx'),
    [path.join(repo, 'scripts', 'build-search-index.ts'), ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0)
    throw new Error(`build-search-index ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const bundle = () => path.join(dir, '.pagefind');
const delta = () => path.join(bundle(), 'delta');

/** The records of the bundle in `folder`: URL → what its fragment holds. */
function fragments(folder: string): Map<string, { content: string; meta: Record<string, string> }> {
  const found = new Map<string, { content: string; meta: Record<string, string> }>();
  for (const name of readdirSync(path.join(folder, 'fragment'))) {
    const data = JSON.parse(
      gunzipSync(readFileSync(path.join(folder, 'fragment', name)))
        .toString('utf8')
        .slice('pagefind_dcd'.length),
    );
    found.set(data.url, { content: data.content, meta: data.meta });
  }
  return found;
}

function deltaList() {
  return parseDeltaList(JSON.parse(readFileSync(path.join(delta(), 'delta.json'), 'utf8')));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  for (const a of Object.values(articles)) writeBody(a.bodyFile, `Body of ${a.slug}: the harbour.`);
  writeBody('generated/LiveBlog/storm.json', 'The summary of the storm.');
  writeBody('generated/LiveEntry/first.json', 'Winds of ninety kilometres an hour.');
  writeBody('generated/LiveEntry/second.json', 'The lighthouse keeper reports waves over the pier.');
  const { kept, edited, removed, draft, scheduled } = articles;
  writeStore([kept!, edited!, removed!, draft!, scheduled!, blog([entry('first', '2026-01-05T01:00:00.000Z')])]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/build-search-index.ts', () => {
  it('builds the main bundle of what is published, with its manifest and an empty delta', () => {
    expect(run()).toMatch(/search index: 4 published articles in \.pagefind\/ \(0 records from the cache\)/);
    const manifest = readManifest(bundle());
    expect(Object.keys(manifest?.records ?? {}).sort()).toEqual([
      '/world/edited',
      '/world/kept',
      '/world/removed',
      '/world/storm',
    ]);
    expect(deltaList()).toEqual({ records: 0, pages: [], urls: [] });
    expect(readdirSync(delta())).toEqual(['delta.json']);
    const storm = fragments(bundle()).get('/world/storm');
    expect(storm?.content).toContain('Entry first. Winds of ninety kilometres an hour.');
    expect(storm?.meta.delta).toBeUndefined();
  }, 60_000);

  it('puts added and changed articles in a delta, and lists the records they and taken-down ones supersede', () => {
    const main = readManifest(bundle());
    const { kept, edited, added, draft, scheduled } = articles;
    writeBody(edited!.bodyFile, 'Body of edited: the quay vote is postponed.');
    writeBody(added!.bodyFile, 'Body of added: a bridge over the estuary.');
    writeStore([
      kept!,
      edited!,
      added!,
      draft!,
      scheduled!,
      blog([entry('first', '2026-01-05T01:00:00.000Z'), entry('second', '2026-01-05T02:00:00.000Z')]),
    ]);
    expect(run('--delta')).toMatch(/delta of 3 new or changed articles, 3 superseded/);
    const records = fragments(delta());
    expect([...records.keys()].sort()).toEqual(['/world/added', '/world/edited', '/world/storm']);
    expect(records.get('/world/edited')?.content).toContain('the quay vote is postponed');
    expect(records.get('/world/storm')?.content).toContain('The lighthouse keeper reports waves over the pier.');
    for (const record of records.values()) expect(record.meta.delta).toBe('true');
    expect(deltaList()).toEqual({
      records: 3,
      pages: ['/world/storm', '/world/edited', '/world/removed'].map((url) => main?.records[url]?.page),
      urls: ['/world/storm', '/world/edited', '/world/removed'],
    });
    // The main bundle is what it was.
    expect(readManifest(bundle())).toEqual(main);
  }, 60_000);

  it('makes the delta afresh each time: an article added and then taken down leaves nothing behind', () => {
    const { kept, edited, draft, scheduled } = articles;
    writeStore([
      kept!,
      edited!,
      draft!,
      scheduled!,
      blog([entry('first', '2026-01-05T01:00:00.000Z'), entry('second', '2026-01-05T02:00:00.000Z')]),
    ]);
    run('--delta');
    expect([...fragments(delta()).keys()].sort()).toEqual(['/world/edited', '/world/storm']);
    expect(deltaList()?.urls).toEqual(['/world/storm', '/world/edited', '/world/removed']);
  }, 60_000);

  it('supersedes without a Pagefind bundle when articles are only taken down', () => {
    const { kept, edited, draft, scheduled } = articles;
    const records = readManifest(bundle())?.records ?? {};
    writeStore([kept!, edited!, draft!, scheduled!, blog([entry('first', '2026-01-05T01:00:00.000Z')])]);
    writeBody(edited!.bodyFile, `Body of edited: the harbour.`);
    expect(run('--delta')).toMatch(/delta of 0 new or changed articles, 1 superseded/);
    expect(deltaList()).toEqual({ records: 0, pages: [records['/world/removed']?.page], urls: ['/world/removed'] });
    expect(readdirSync(delta())).toEqual(['delta.json']);
  }, 60_000);

  it('clears the delta with a full build, which takes unchanged records from the cache', () => {
    const output = run();
    // Every record is one an earlier run made.
    expect(output).toMatch(/search index: 3 published articles in \.pagefind\/ \(3 records from the cache\)/);
    // Then the delta it runs against the store as it is now: nothing was published meanwhile.
    expect(output).toMatch(/the main bundle is current; no delta/);
    expect(deltaList()).toEqual({ records: 0, pages: [], urls: [] });
  }, 60_000);
});
