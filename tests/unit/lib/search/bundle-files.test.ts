import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearDelta,
  copyDelta,
  deltaStaging,
  installDelta,
  MANIFEST_FILE,
  pagesOfBundle,
  readManifest,
  withLock,
  writeDeltaList,
  writeManifest,
} from '@/lib/search/bundle-files';
import { searchRecord } from '@/lib/search/records';
import { makeArticle } from '../../../fixtures/articles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundle-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => pagefind.close());

/** Writes a real Pagefind bundle of `slugs` into `outputPath`. */
async function bundleOf(slugs: readonly string[], outputPath: string, maxFragments?: number): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en', ...(maxFragments ? { maxFragments } : {}) });
  if (!index) throw new Error('no index');
  for (const slug of slugs) await index.addCustomRecord(searchRecord(makeArticle({ slug }), `Body of ${slug}.`, 'en'));
  await index.writeFiles({ outputPath });
  await index.deleteIndex();
}

describe('pagesOfBundle', () => {
  it('names each record of a bundle as its fragment file does, which is the id of its search results', async () => {
    const bundle = path.join(dir, 'bundle');
    await bundleOf(['a', 'b', 'c'], bundle);
    const pages = pagesOfBundle(bundle);
    expect([...pages.keys()].sort()).toEqual(['/world/a', '/world/b', '/world/c']);
    const files = readdirSync(path.join(bundle, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect([...pages.values()].sort()).toEqual(files.sort());
  });

  it('reads the names out of fragment groups, where Pagefind groups fragments', async () => {
    const bundle = path.join(dir, 'grouped');
    await bundleOf(['a', 'b', 'c', 'd', 'e'], bundle, 2);
    expect(readdirSync(path.join(bundle, 'fragment')).every((f) => f.includes('_group_'))).toBe(true);
    const pages = pagesOfBundle(bundle);
    expect([...pages.keys()].sort()).toEqual(['/world/a', '/world/b', '/world/c', '/world/d', '/world/e']);
    expect(new Set(pages.values()).size).toBe(5);
    for (const page of pages.values()) expect(page).toMatch(/^en_[0-9a-f]+$/);
  });
});

describe('the manifest', () => {
  it('is read back as written, and is missing from a bundle without one', () => {
    const manifest = {
      codeVersion: 'v',
      builtAt: '2026-06-01T00:00:00.000Z',
      records: { '/world/a': { key: 'k', page: 'en_1' } },
    };
    mkdirSync(path.join(dir, 'bundle'));
    expect(readManifest(path.join(dir, 'bundle'))).toBeUndefined();
    writeManifest(path.join(dir, 'bundle'), manifest);
    expect(existsSync(path.join(dir, 'bundle', MANIFEST_FILE))).toBe(true);
    expect(readManifest(path.join(dir, 'bundle'))).toEqual(manifest);
  });
});

describe('the delta on disk', () => {
  function stage(bundle: string, marker: string): void {
    const staging = deltaStaging(bundle);
    mkdirSync(path.join(staging, 'fragment'), { recursive: true });
    writeFileSync(path.join(staging, 'pagefind-entry.json'), marker);
    writeFileSync(path.join(staging, 'fragment', 'en_1.pf_fragment'), marker);
  }

  const list = (folder: string): unknown => JSON.parse(readFileSync(path.join(folder, 'delta.json'), 'utf8'));

  it('is swapped in with its list, replaced whole by the next, and cleared to an empty list', () => {
    const bundle = path.join(dir, '.pagefind');
    mkdirSync(bundle);
    stage(bundle, 'first');
    installDelta(bundle, { records: 1, pages: ['en_a'], urls: ['/world/a'] });
    expect(readFileSync(path.join(bundle, 'delta', 'pagefind-entry.json'), 'utf8')).toBe('first');
    expect(list(path.join(bundle, 'delta'))).toEqual({ records: 1, pages: ['en_a'], urls: ['/world/a'] });
    stage(bundle, 'second');
    installDelta(bundle, { records: 1, pages: [], urls: [] });
    expect(readFileSync(path.join(bundle, 'delta', 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('second');
    expect(readdirSync(bundle)).toEqual(['delta']);
    clearDelta(bundle);
    // Still there, saying it is empty: the search page never meets a 404.
    expect(readdirSync(path.join(bundle, 'delta'))).toEqual(['delta.json']);
    expect(list(path.join(bundle, 'delta'))).toEqual({ records: 0, pages: [], urls: [] });
    expect(readdirSync(bundle)).toEqual(['delta']);
  });

  it('writes an empty list into a new bundle', () => {
    writeDeltaList(path.join(dir, '.pagefind.new', 'delta'));
    expect(list(path.join(dir, '.pagefind.new', 'delta'))).toEqual({ records: 0, pages: [], urls: [] });
  });

  it('is put into another copy of the bundle (the standalone server’s), and cleared there', () => {
    const bundle = path.join(dir, '.pagefind');
    const copy = path.join(dir, 'standalone', '.pagefind');
    mkdirSync(bundle);
    mkdirSync(copy, { recursive: true });
    stage(bundle, 'first');
    installDelta(bundle, { records: 1, pages: ['en_a'], urls: ['/world/a'] });
    copyDelta(bundle, copy);
    expect(readFileSync(path.join(copy, 'delta', 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('first');
    expect(list(path.join(copy, 'delta'))).toEqual({ records: 1, pages: ['en_a'], urls: ['/world/a'] });
    clearDelta(bundle);
    copyDelta(bundle, copy);
    expect(readdirSync(path.join(copy, 'delta'))).toEqual(['delta.json']);
    expect(list(path.join(copy, 'delta'))).toEqual({ records: 0, pages: [], urls: [] });
  });
});

describe('withLock', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs one holder at a time, and frees the lock when a task fails', async () => {
    const lock = path.join(dir, 'bundle.lock');
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name} in`);
      await sleep(150);
      order.push(`${name} out`);
    };
    await Promise.all([withLock(lock, task('a')), sleep(20).then(() => withLock(lock, task('b')))]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    await expect(withLock(lock, () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose holder has died, and gives up on a live holder', async () => {
    const lock = path.join(dir, 'bundle.lock');
    // No process has this id (Linux's ids stop well below it).
    writeFileSync(lock, '2147483646');
    await expect(withLock(lock, async () => 'ran')).resolves.toBe('ran');
    writeFileSync(lock, String(process.pid));
    await expect(withLock(lock, async () => 'ran', 300)).rejects.toThrow(/held by process/);
  });
});
