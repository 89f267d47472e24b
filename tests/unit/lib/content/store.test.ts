import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

/**
 * The content store reads summaries from the index and one body per article page. Every body file
 * except one is deliberately not JSON: any query that touched a body it does not need would throw.
 */
let dir: string;
let previousCwd: string;
let content: typeof import('@/lib/content/store');

const articles = [
  { ...makeArticle({ slug: 'readable', publishedAt: '2025-03-01T00:00:00.000Z' }), bodyFile: 'generated/Article/readable.json', sourceFile: 'articles/readable.mdx', redirectFrom: [] },
  { ...makeArticle({ slug: 'other', section: 'business', publishedAt: '2025-02-01T00:00:00.000Z' }), bodyFile: 'generated/Article/other.json', sourceFile: 'articles/other.mdx', redirectFrom: [] },
  { ...makeArticle({ slug: 'secret-draft', draft: true }), bodyFile: 'generated/Article/draft.json', sourceFile: 'articles/draft.mdx', redirectFrom: [] },
];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-store-'));
  const generated = path.join(dir, '.contentlayer/generated/Article');
  mkdirSync(generated, { recursive: true });
  const index: ContentIndex = {
    articles,
    authors: [{ ...makeAuthor({ slug: 'world-desk', name: 'World Desk' }), bio: 'The *desk*.' }],
    pages: [],
    topics: [],
  };
  writeFileSync(path.join(dir, '.contentlayer/content-index.json'), JSON.stringify(index));
  writeFileSync(path.join(generated, 'readable.json'), JSON.stringify({ body: { raw: 'Hello **world**.' } }));
  writeFileSync(path.join(generated, 'other.json'), 'not json: listing queries must never read this');
  writeFileSync(path.join(generated, 'draft.json'), 'not json either');
  mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  writeFileSync(
    path.join(dir, 'content/articles/readable.mdx'),
    '---\ntitle: Readable\n---\nEdited in the *source* file.\n',
  );
  previousCwd = process.cwd();
  process.chdir(dir);
  // Production rules: drafts hidden.
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  content = await import('@/lib/content/store');
});

afterAll(() => {
  vi.unstubAllEnvs();
  process.chdir(previousCwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('content store', () => {
  it('answers listing queries from the index alone, without reading any body', () => {
    const published = content.getPublishedArticles(new Date('2026-01-01T00:00:00Z'));
    expect(published.map((a) => a.slug)).toEqual(['readable', 'other']);
    expect(content.getArticle('business', 'other')?.author.name).toBe('World Desk');
    expect(content.getAuthorNames()).toEqual({ 'world-desk': 'World Desk' });
  });

  it('does not publish drafts in production', () => {
    expect(content.getArticle('world', 'secret-draft')).toBeUndefined();
  });

  it('reads and compiles only the body that is asked for', () => {
    const code = content.getArticleBody('/world/readable');
    expect(code).toContain('Hello ');
    expect(code).toContain('world');
    expect(() => content.getArticleBody('/business/other')).toThrow();
    expect(content.getArticleBody('/world/no-such-story')).toBeUndefined();
  });

  it('compiles author bios from the index', () => {
    expect(content.getAuthorBio('world-desk')).toContain('desk');
    expect(content.getAuthorBio('nobody')).toBeUndefined();
  });
});

describe('content store in development', () => {
  it('reads the body from the editor\'s source file, so an edit shows without waiting for contentlayer', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.resetModules();
    const dev: typeof import('@/lib/content/store') = await import('@/lib/content/store');
    const code = dev.getArticleBody('/world/readable') ?? '';
    expect(code).toContain('Edited in the ');
    expect(code).not.toContain('Hello ');
    expect(code).not.toContain('title: Readable');
    vi.stubEnv('NODE_ENV', 'production');
  });
});
