import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

/**
 * An article's old addresses are answered by the HTTP layer from the content store as it is loaded
 * now, not from a table built into the server: a rename published while the server runs redirects as
 * soon as the store that says so is loaded.
 */
let dir: string;
let previousCwd: string;
let layer: typeof import('@/lib/serving/http-layer');
let addresses: typeof import('@/lib/serving/known-addresses');

const t0 = new Date('2026-06-01T12:00:00Z');

function writeStore(articles: { slug: string; redirectFrom: string[]; publishedAt?: string }[], mtime: Date): void {
  const index: ContentIndex = {
    articles: articles.map(({ slug, redirectFrom, publishedAt }) => ({
      ...makeArticle({ slug, publishedAt: publishedAt ?? '2026-05-01T00:00:00.000Z' }),
      bodyFile: `generated/Article/${slug}.json`,
      sourceFile: `articles/${slug}.mdx`,
      redirectFrom,
    })),
    authors: [{ ...makeAuthor({ slug: 'world-desk' }), bio: '' }],
    pages: [],
    topics: [],
  };
  const file = path.join(dir, '.contentlayer', 'content-index.json');
  writeFileSync(file, JSON.stringify(index));
  utimesSync(file, mtime, mtime);
}

const get = (url: string, now: Date) =>
  layer.decideRequest({ method: 'GET', url, headers: {} }, addresses.contentLookups(now));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-redirects-'));
  mkdirSync(path.join(dir, '.contentlayer'), { recursive: true });
  writeStore(
    [
      { slug: 'harbour-vote', redirectFrom: ['/world/harbour-plan', '/2019/05/harbour.html'] },
      { slug: 'embargoed', redirectFrom: ['/world/embargo-plan'], publishedAt: '2026-06-01T13:00:00.000Z' },
    ],
    new Date('2026-06-01T11:00:00Z'),
  );
  previousCwd = process.cwd();
  process.chdir(dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  layer = await import('@/lib/serving/http-layer');
  addresses = await import('@/lib/serving/known-addresses');
});

afterAll(() => {
  vi.unstubAllEnvs();
  process.chdir(previousCwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('content redirects in the HTTP layer', () => {
  it('answers an old address, in any case and of any shape, with its article’s current one and the query', () => {
    expect(get('/World/Harbour-Plan?utm_source=x', t0)).toEqual({
      kind: 'redirect',
      location: '/world/harbour-vote?utm_source=x',
    });
    expect(get('/2019/05/harbour.html', t0)).toEqual({ kind: 'redirect', location: '/world/harbour-vote' });
    expect(get('/world/harbour-vote', t0)).toEqual({ kind: 'pass', url: '/world/harbour-vote' });
  });

  it('gives a scheduled article its redirects at its time, not before', () => {
    expect(get('/world/embargo-plan', t0)).toEqual({ kind: 'pass', url: layer.UNKNOWN_ADDRESS });
    expect(get('/world/embargo-plan', new Date('2026-06-01T13:00:00Z'))).toEqual({
      kind: 'redirect',
      location: '/world/embargoed',
    });
  });

  it('follows the store when it is reloaded: a second rename redirects both old addresses, a takedown none', () => {
    writeStore(
      [{ slug: 'harbour-vote-result', redirectFrom: ['/world/harbour-plan', '/world/harbour-vote'] }],
      new Date('2026-06-01T12:30:00Z'),
    );
    const later = new Date('2026-06-01T14:00:00Z');
    expect(get('/world/harbour-plan', later)).toEqual({ kind: 'redirect', location: '/world/harbour-vote-result' });
    expect(get('/world/harbour-vote', later)).toEqual({ kind: 'redirect', location: '/world/harbour-vote-result' });
    expect(get('/2019/05/harbour.html', later)).toEqual({ kind: 'pass', url: '/2019/05/harbour.html' });
    expect(get('/world/embargo-plan', later)).toEqual({ kind: 'pass', url: layer.UNKNOWN_ADDRESS });
  });
});
