import { describe, expect, it } from 'vitest';
import { mergeContentIndexes } from '@/lib/content/content-index';
import { shardCount, shardFingerprint, shardOf } from '@/lib/content/shards';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

describe('content shards', () => {
  it('uses one shard up to the shard size, then doubles', () => {
    expect(shardCount(0, 2000)).toBe(1);
    expect(shardCount(2000, 2000)).toBe(1);
    expect(shardCount(2001, 2000)).toBe(2);
    expect(shardCount(10_000, 2000)).toBe(8);
    expect(shardCount(50_000, 2000)).toBe(32);
    expect(() => shardCount(10, 0)).toThrow('shard size');
  });

  it('keeps an article in its shard, in range, and fills shards evenly', () => {
    expect(shardOf('articles/2024/a.mdx', 8)).toBe(shardOf('articles/2024/a.mdx', 8));
    const sizes = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) {
      const k = shardOf(`articles/${2000 + (i % 20)}/story-${i}.mdx`, 8);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(8);
      sizes[k]!++;
    }
    for (const size of sizes) expect(size).toBeGreaterThan(850);
  });

  it('fingerprints change with a file, its size or time, and the code; not with order', () => {
    const files = [
      { path: 'a.mdx', size: 10, mtimeMs: 1 },
      { path: 'b.mdx', size: 20, mtimeMs: 2 },
    ];
    const base = shardFingerprint(files, 'code');
    expect(shardFingerprint([...files].reverse(), 'code')).toBe(base);
    expect(shardFingerprint([files[0]!], 'code')).not.toBe(base);
    expect(shardFingerprint([files[0]!, { ...files[1]!, mtimeMs: 3 }], 'code')).not.toBe(base);
    expect(shardFingerprint([files[0]!, { ...files[1]!, size: 21 }], 'code')).not.toBe(base);
    expect(shardFingerprint(files, 'other code')).not.toBe(base);
  });

  it('merges shard indexes, pointing each body file into its shard', () => {
    const entry = (slug: string, bodyFile: string) => ({
      ...makeArticle({ slug }),
      bodyFile,
      sourceFile: `articles/${slug}.mdx`,
      redirectFrom: [],
    });
    const merged = mergeContentIndexes([
      { prefix: 'shards/0/.contentlayer/', index: { articles: [entry('b', 'generated/Article/b.json')], authors: [{ ...makeAuthor({ slug: 'z' }), bio: '' }], pages: [], topics: [] } },
      { prefix: 'shards/1/.contentlayer/', index: { articles: [entry('a', 'generated/Article/a.json')], authors: [], pages: [], topics: [] } },
    ]);
    expect(merged.articles.map((a) => [a.slug, a.bodyFile])).toEqual([
      ['a', 'shards/1/.contentlayer/generated/Article/a.json'],
      ['b', 'shards/0/.contentlayer/generated/Article/b.json'],
    ]);
    expect(merged.authors.map((a) => a.slug)).toEqual(['z']);
  });
});
