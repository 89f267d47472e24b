import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveEntry } from '@/lib/content/live-blogs';
import { makeArticle, makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

/** A live blog's page data: what its pages, their metadata and JSON-LD show, for one viewer and moment. */
const now = new Date('2026-05-10T13:00:00Z');
const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

/** 25 entries e1…e25, one a minute from 12:00 UTC; e3 pinned; e2, e10 and e24 key events; e7 with an embed. */
const entries: LiveEntry[] = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  return makeLiveEntry({
    id: `e${n}`,
    publishedAt: new Date(Date.UTC(2026, 4, 10, 12, n)).toISOString(),
    ...(n % 2 === 0 ? { title: `Title of e${n}` } : {}),
    authorSlug: n === 5 ? 'sam-ode' : n === 9 || n === 11 ? 'ana-ruiz' : 'world-desk',
    pinned: n === 3,
    keyEvent: n === 2 || n === 10 || n === 24,
    bodyFile: `generated/LiveEntry/vote/e${n}.json`,
  });
});
const draft = makeLiveEntry({
  id: 'unfinished',
  publishedAt: '2026-05-10T12:40:00.000Z',
  draft: true,
  authorSlug: 'lee-park',
  bodyFile: 'generated/LiveEntry/vote/unfinished.json',
});
const scheduled = makeLiveEntry({
  id: 'tonight',
  publishedAt: '2026-05-10T23:00:00.000Z',
  bodyFile: 'generated/LiveEntry/vote/tonight.json',
});
const corrected = { ...entries[23]!, modifiedAt: '2026-05-10T12:50:00.000Z' };
entries[23] = corrected;

const blog = makeLiveBlog(
  { slug: 'vote', title: 'The vote, as it happens', tags: ['elections'], publishedAt: '2026-05-10T11:55:00.000Z' },
  { entries: [...entries, draft, scheduled] },
);
const ended = makeLiveBlog(
  { slug: 'count', publishedAt: '2026-05-09T10:00:00.000Z' },
  {
    status: 'ended',
    endedAt: '2026-05-09T23:05:00.000Z',
    entries: [makeLiveEntry({ id: 'final', publishedAt: '2026-05-09T23:00:00.000Z', bodyFile: 'generated/LiveEntry/count/final.json' })],
  },
);
const plain = makeArticle({ slug: 'plain', publishedAt: '2026-05-01T00:00:00.000Z' });
const authors = [
  makeAuthor({ slug: 'world-desk', name: 'World Desk' }),
  makeAuthor({ slug: 'ana-ruiz', name: 'Ana Ruiz' }),
  makeAuthor({ slug: 'sam-ode', name: 'Sam Ode' }),
  makeAuthor({ slug: 'lee-park', name: 'Lee Park' }),
];

function bodyOf(entry: LiveEntry): string {
  if (entry.id === 'e7') return `Watch the speech.\n\n<Embed url="${YOUTUBE}" title="The speech" />\n`;
  return `Words of **${entry.id}**, as readers get them.`;
}

let live: typeof import('@/lib/content/live-page');
let seo: typeof import('@/lib/seo/page-metadata');
let restore = () => {};

beforeAll(async () => {
  const store = writeContentStore([blog, ended, plain], authors);
  restore = store.restore;
  for (const entry of [...blog.live.entries, ...ended.live.entries]) {
    const file = path.join(store.dir, '.contentlayer', entry.bodyFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ body: { raw: bodyOf(entry) } }));
  }
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  live = await import('@/lib/content/live-page');
  seo = await import('@/lib/seo/page-metadata');
});

afterAll(() => {
  vi.unstubAllEnvs();
  restore();
});

async function page(n: number, options: { preview?: boolean; slug?: string } = {}) {
  const found = await live.getLivePage('world', options.slug ?? 'vote', n, { now, preview: options.preview ?? false });
  if (!found) throw new Error(`no page ${n}`);
  return found;
}

describe('getLivePage: page 1', () => {
  it('shows the pinned entry first, then the 20 newest others, each compiled with its author', async () => {
    const first = await page(1);
    expect(first.page).toBe(1);
    expect(first.path).toBe('/world/vote');
    expect(first.totalPages).toBe(2);
    expect(first.entries.map((e) => e.entry.id)).toEqual([
      'e3',
      ...Array.from({ length: 20 }, (_, i) => `e${25 - i}`),
    ]);
    expect(first.entries.map((e) => e.pinned)).toEqual([true, ...Array<boolean>(20).fill(false)]);
    const e5 = first.entries.find((e) => e.entry.id === 'e25');
    expect(e5?.code).toContain('e25');
    expect(e5?.text).toBe('Words of e25, as readers get them.');
    expect(first.entries.find((e) => e.entry.id === 'e11')?.author.name).toBe('Ana Ruiz');
    expect(first.entries.every((e, i) => i === 0 || e.location === `/world/vote#entry-${e.entry.id}`)).toBe(true);
    expect(first.entries[0]?.location).toBe('/world/vote#entry-e3');
  });

  it('never shows readers a draft or an entry scheduled after now', async () => {
    const shown = (await page(1)).entries.map((e) => e.entry.id);
    expect(shown).not.toContain('unfinished');
    expect(shown).not.toContain('tonight');
  });

  it('has the chrome of an article: byline, status, summary, breadcrumb, bio, hero, related stories', async () => {
    const first = await page(1);
    expect(first.author.name).toBe('World Desk');
    expect(first.status).toBe('published');
    expect(first.summaryCode).toContain('Body of vote.');
    expect(first.authorBioCode).toContain('About World Desk.');
    expect(first.heroPlaceholder).toMatch(/^data:image\/webp;base64,/);
    expect(first.breadcrumb.map((c) => c.href)).toEqual(['/', '/world', '/world/vote']);
    expect(first.section?.name).toBe('World');
    expect(first.related.map((a) => a.slug)).toContain('plain');
  });

  it('names the other authors of visible entries, in the order they first wrote, without the blog’s own', async () => {
    expect((await page(1)).contributors.map((a) => a.name)).toEqual(['Sam Ode', 'Ana Ruiz']);
  });

  it('links every key event, newest first, to where it is now, on this page or an older one', async () => {
    expect((await page(1)).keyEvents).toEqual([
      { id: 'e24', title: 'Title of e24', publishedAt: entries[23]?.publishedAt, location: '/world/vote#entry-e24' },
      { id: 'e10', title: 'Title of e10', publishedAt: entries[9]?.publishedAt, location: '/world/vote#entry-e10' },
      { id: 'e2', title: 'Title of e2', publishedAt: entries[1]?.publishedAt, location: '/world/vote/page/2#entry-e2' },
    ]);
  });

  it('is modified when its latest visible entry was', async () => {
    expect((await page(1)).modifiedAt).toBe('2026-05-10T12:50:00.000Z');
  });

  it('finds the embeds of the entries it shows, and only those', async () => {
    expect((await page(1)).embeds.map((e) => e.provider)).toEqual(['youtube']);
  });
});

describe('getLivePage: older pages', () => {
  it('shows the rest, newest first, without the pinned entry, the summary or the hero', async () => {
    const second = await page(2);
    expect(second.path).toBe('/world/vote/page/2');
    expect(second.entries.map((e) => e.entry.id)).toEqual(['e5', 'e4', 'e2', 'e1']);
    expect(second.entries.some((e) => e.pinned)).toBe(false);
    expect(second.entries[0]?.location).toBe('/world/vote/page/2#entry-e5');
    expect(second.summaryCode).toBe('');
    expect(second.heroPlaceholder).toBe('');
    expect(second.related).toEqual([]);
    // The embed is on page 1.
    expect(second.embeds).toEqual([]);
    // What the whole coverage says stays: its key events, authors and last change.
    expect(second.keyEvents.map((e) => e.id)).toEqual(['e24', 'e10', 'e2']);
    expect(second.contributors.map((a) => a.slug)).toEqual(['sam-ode', 'ana-ruiz']);
    expect(second.modifiedAt).toBe('2026-05-10T12:50:00.000Z');
  });

  it('is undefined past the last page, and for page 0', async () => {
    expect(await live.getLivePage('world', 'vote', 3, { now })).toBeUndefined();
    expect(await live.getLivePage('world', 'vote', 0, { now })).toBeUndefined();
  });
});

describe('getLivePage: who sees what', () => {
  it('is undefined for a plain article, an unknown address and another section', async () => {
    expect(await live.getLivePage('world', 'plain', 1, { now })).toBeUndefined();
    expect(await live.getLivePage('world', 'nothing', 1, { now })).toBeUndefined();
    expect(await live.getLivePage('business', 'vote', 1, { now })).toBeUndefined();
  });

  it('is undefined before the coverage starts, except in preview', async () => {
    const before = new Date('2026-05-10T11:00:00Z');
    expect(await live.getLivePage('world', 'vote', 1, { now: before })).toBeUndefined();
    const preview = await live.getLivePage('world', 'vote', 1, { now: before, preview: true });
    expect(preview?.status).toBe('scheduled');
  });

  it('shows editors in preview the draft and scheduled entries too, and their authors', async () => {
    const preview = await page(1, { preview: true });
    // The draft (12:40) is newer than e25 (12:25); the scheduled entry newer still.
    expect(preview.entries.map((e) => e.entry.id).slice(0, 4)).toEqual(['e3', 'tonight', 'unfinished', 'e25']);
    expect(preview.contributors.map((a) => a.slug)).toEqual(['sam-ode', 'ana-ruiz', 'lee-park']);
    expect(preview.totalPages).toBe(2);
  });
});

describe('getLiveEntryLocation', () => {
  it('is where the entry is now, for the permalink’s redirect', () => {
    expect(live.getLiveEntryLocation('world', 'vote', 'e25', { now })).toBe('/world/vote#entry-e25');
    expect(live.getLiveEntryLocation('world', 'vote', 'e3', { now })).toBe('/world/vote#entry-e3');
    expect(live.getLiveEntryLocation('world', 'vote', 'e1', { now })).toBe('/world/vote/page/2#entry-e1');
  });

  it('is undefined for an entry readers cannot see yet, an unknown one, and below a plain article', () => {
    expect(live.getLiveEntryLocation('world', 'vote', 'unfinished', { now })).toBeUndefined();
    expect(live.getLiveEntryLocation('world', 'vote', 'tonight', { now })).toBeUndefined();
    expect(live.getLiveEntryLocation('world', 'vote', 'nothing', { now })).toBeUndefined();
    expect(live.getLiveEntryLocation('world', 'plain', 'e1', { now })).toBeUndefined();
  });

  it('finds a draft entry in preview', () => {
    expect(live.getLiveEntryLocation('world', 'vote', 'unfinished', { now, preview: true })).toMatch(/#entry-unfinished$/);
  });
});

describe('the live words', () => {
  it('says when the coverage was last updated, time first, in the newsroom’s zone', () => {
    expect(live.liveUpdatedText('2026-12-02T19:32:00.000Z')).toBe('Updated 14:32 EST, 2 December 2026');
    expect(live.liveUpdatedText('2026-05-10T12:50:00.000Z')).toBe('Updated 08:50 EDT, 10 May 2026');
  });

  it('says that the coverage has ended, and when', async () => {
    expect(live.liveEndedNotice(ended)).toBe('This live coverage has ended. It closed at 19:05 EDT, 9 May 2026.');
    expect(live.liveEndedNotice({ live: { status: 'ended', entries: [] } })).toBe('This live coverage has ended.');
    const over = await page(1, { slug: 'count' });
    expect(over.blog.live.status).toBe('ended');
    expect(over.entries.map((e) => e.entry.id)).toEqual(['final']);
  });
});

describe('entryContributors', () => {
  it('lists each other author once, by their oldest entry, and skips unknown ones', () => {
    const list = [
      makeLiveEntry({ id: 'c', authorSlug: 'ana-ruiz' }),
      makeLiveEntry({ id: 'b', authorSlug: 'nobody' }),
      makeLiveEntry({ id: 'a', authorSlug: 'sam-ode' }),
      makeLiveEntry({ id: '0', authorSlug: 'ana-ruiz' }),
    ];
    expect(live.entryContributors(list, 'world-desk', authors).map((a) => a.slug)).toEqual(['ana-ruiz', 'sam-ode']);
    expect(live.entryContributors(list, 'ana-ruiz', authors).map((a) => a.slug)).toEqual(['sam-ode']);
  });
});

describe('liveBlogMetadata', () => {
  it('describes page 1 like an article, modified with its latest entry, announcing the blog’s own feeds first', async () => {
    const metadata = seo.liveBlogMetadata(await page(1));
    expect(metadata.alternates?.canonical).toMatch(/\/world\/vote$/);
    expect(metadata.title).toBe('The vote, as it happens');
    expect(metadata.robots).toMatchObject({ index: true });
    const og = metadata.openGraph as Record<string, unknown>;
    expect(og.type).toBe('article');
    expect(og.modifiedTime).toBe('2026-05-10T08:50:00-04:00');
    expect(og.publishedTime).toBe('2026-05-10T07:55:00-04:00');
    expect(og.authors).toEqual([
      expect.stringMatching(/\/authors\/world-desk$/),
      expect.stringMatching(/\/authors\/sam-ode$/),
      expect.stringMatching(/\/authors\/ana-ruiz$/),
    ]);
    const rss = metadata.alternates?.types?.['application/rss+xml'];
    const urls = (Array.isArray(rss) ? rss : []).map((f) => (typeof f === 'object' && f && 'url' in f ? String(f.url) : ''));
    expect(urls[0]).toMatch(/\/world\/vote\/feed\.xml$/);
    expect(urls).toContainEqual(expect.stringMatching(/\/feed\.xml$/));
  });

  it('makes an older page its own indexable page, canonical to itself and titled with its number', async () => {
    const metadata = seo.liveBlogMetadata(await page(2));
    expect(metadata.alternates?.canonical).toMatch(/\/world\/vote\/page\/2$/);
    expect(metadata.title).toBe('The vote, as it happens (page 2)');
    expect(metadata.robots).toMatchObject({ index: true });
  });

  it('never indexes a preview of coverage not yet published', async () => {
    const preview = await live.getLivePage('world', 'vote', 1, { now: new Date('2026-05-10T11:00:00Z'), preview: true });
    if (!preview) throw new Error('no preview');
    expect(seo.liveBlogMetadata(preview).robots).toMatchObject({ index: false });
  });
});
