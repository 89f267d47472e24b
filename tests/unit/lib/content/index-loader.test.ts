import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentIndex, IndexedArticle } from '@/lib/content/content-index';
import { INDEX_CHECK_MS, loadStore, redirectFor, UNVERSIONED } from '@/lib/content/index-loader';
import { makeArticle } from '../../../fixtures/articles';

/**
 * The production server's loader (NODE_ENV is not `development` under Vitest): it looks at the index
 * file at most once a second and loads a new store when the file changed, so `npm run publish`
 * reaches a running server without a restart. Each test moves the clock on, as the server's does.
 */
const previous = process.cwd();
let dir: string;
let mtime = 1_000_000;
let clock = 4_000_000_000_000;

function article(slug: string, extra: Partial<IndexedArticle> = {}): IndexedArticle {
  return {
    ...makeArticle({ slug }),
    bodyFile: `generated/Article/${slug}.json`,
    sourceFile: `articles/${slug}.mdx`,
    redirectFrom: [],
    ...extra,
  };
}

/** Writes an index as the content build does (a new modification time each time). */
function writeIndex(parts: Partial<ContentIndex>, text?: string): void {
  const file = path.join(dir, '.contentlayer/content-index.json');
  const index: ContentIndex = { articles: [], authors: [], pages: [], topics: [], ...parts };
  writeFileSync(file, text ?? JSON.stringify(index));
  mtime += 10;
  utimesSync(file, mtime, mtime);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'index-loader-'));
  mkdirSync(path.join(dir, '.contentlayer'));
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});

describe('loadStore', () => {
  it('loads the index, and a new one once the second it trusts the old one has passed', () => {
    writeIndex({ articles: [article('first')], version: 'v1', builtAt: '2026-03-01T10:00:00.000Z' });
    clock += 10_000;
    const first = loadStore(clock);
    expect(first.loaded).toEqual({ version: 'v1', builtAt: '2026-03-01T10:00:00.000Z', loadedAt: new Date(clock).toISOString() });
    expect([...first.byUrl.keys()]).toEqual(['/world/first']);

    writeIndex({ articles: [article('first'), article('second')], version: 'v2' });
    expect(loadStore(clock + INDEX_CHECK_MS - 1)).toBe(first);
    const second = loadStore(clock + INDEX_CHECK_MS);
    expect(second.loaded.version).toBe('v2');
    expect(second.byUrl.has('/world/second')).toBe(true);
    // Nothing changed since: the same store, not a reload.
    expect(loadStore(clock + 3 * INDEX_CHECK_MS)).toBe(second);
    clock += 3 * INDEX_CHECK_MS;
  });

  it('calls a store written without a version unversioned', () => {
    writeIndex({});
    clock += 10_000;
    expect(loadStore(clock).loaded.version).toBe(UNVERSIONED);
  });

  it('keeps serving the loaded store when the file cannot be read', () => {
    writeIndex({ version: 'good' });
    clock += 10_000;
    const good = loadStore(clock);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    writeIndex({}, '{"articles": [');
    clock += 10_000;
    expect(loadStore(clock)).toBe(good);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('still serving content good'), expect.anything());
    error.mockRestore();
  });
});

describe('redirectFor', () => {
  it('answers an old address from the loaded store, without regard to case, as soon as a store renames', () => {
    writeIndex({ articles: [article('harbour-vote')], version: 'before' });
    clock += 10_000;
    expect(redirectFor('/world/harbour-plan', clock)).toBeUndefined();
    writeIndex({ articles: [article('harbour-vote', { redirectFrom: ['/world/harbour-plan'] })], version: 'renamed' });
    clock += 10_000;
    expect(redirectFor('/world/harbour-plan', clock)).toBe('/world/harbour-vote');
    expect(redirectFor('/World/Harbour-Plan', clock)).toBe('/world/harbour-vote');
    expect(redirectFor('/world/harbour-vote', clock)).toBeUndefined();
  });

  it('starts redirecting for a scheduled article when it is published, not before', () => {
    clock += 10_000;
    const at = clock + 60_000;
    writeIndex({
      articles: [article('embargoed', { publishedAt: new Date(at).toISOString(), redirectFrom: ['/world/embargo-plan'] })],
    });
    expect(redirectFor('/world/embargo-plan', clock)).toBeUndefined();
    expect(redirectFor('/world/embargo-plan', at - 1)).toBeUndefined();
    expect(redirectFor('/world/embargo-plan', at)).toBe('/world/embargoed');
  });
});
