import { describe, expect, it, vi } from 'vitest';
import { matchesIfNoneMatch } from '@/lib/format/http';
import { LIVE_ENTRIES_PER_PAGE, type LiveBlog, type LiveEntry } from '@/lib/content/live-blogs';
import {
  buildLiveUpdates,
  liveUpdatesEtag,
  memoisedLiveUpdates,
  nextScheduledChange,
  type LiveUpdates,
  type LiveUpdatesInputs,
} from '@/lib/serving/live-updates';
import { makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

const NOW = new Date('2026-05-10T12:00:00Z');
const reader = { now: NOW };

/** Entry `n` of a blog: n minutes after 10:00 UTC. */
function entry(n: number, extra: Partial<LiveEntry> = {}): LiveEntry {
  const publishedAt = new Date(Date.parse('2026-05-10T10:00:00Z') + n * 60_000).toISOString();
  return makeLiveEntry({ id: `e${n}`, publishedAt, ...extra });
}

function blogOf(entries: LiveEntry[], live: { status?: 'live' | 'ended'; endedAt?: string } = {}): LiveBlog {
  return makeLiveBlog({ slug: 'vote', publishedAt: '2026-05-10T09:00:00Z' }, { ...live, entries });
}

/** Inputs that render an entry as a marker of its id and slot, and count the renders. */
function inputs(): LiveUpdatesInputs & { renders: string[] } {
  const renders: string[] = [];
  return {
    renders,
    updatedText: (iso) => `Updated at ${iso}`,
    endedNotice: (blog) => `Coverage of ${blog.slug} has ended.`,
    render: async (e, pinned) => {
      renders.push(e.id);
      return `<article data-entry="${e.id}"${pinned ? ' data-pinned' : ''}></article>`;
    },
  };
}

describe('buildLiveUpdates', () => {
  it('lists every visible entry in page order, with HTML for page 1 only', async () => {
    const entries = Array.from({ length: 25 }, (_, i) => entry(i, i === 3 ? { pinned: true } : {}));
    const updates = await buildLiveUpdates(blogOf(entries), reader, inputs());
    expect(updates.entries.map((e) => e.id)).toEqual([
      'e3',
      ...Array.from({ length: 25 }, (_, i) => `e${24 - i}`).filter((id) => id !== 'e3'),
    ]);
    expect(updates.entries[0]).toMatchObject({
      id: 'e3',
      pinned: true,
      html: '<article data-entry="e3" data-pinned></article>',
    });
    const withHtml = updates.entries.filter((e) => e.html !== undefined);
    expect(withHtml).toHaveLength(1 + LIVE_ENTRIES_PER_PAGE);
    expect(updates.entries.slice(withHtml.length).every((e) => e.html === undefined)).toBe(true);
    expect(updates.entries.filter((e) => e.pinned)).toHaveLength(1);
    expect(updates.entries[1]).toEqual({
      id: 'e24',
      version: entries[24]?.modifiedAt,
      published: entries[24]?.publishedAt,
      html: '<article data-entry="e24"></article>',
    });
  });

  it('leaves out drafts and entries scheduled after now, and takes the updated time from what is visible', async () => {
    const entries = [
      entry(1),
      entry(2, { updatedAt: '2026-05-10T11:30:00.000Z', modifiedAt: '2026-05-10T11:30:00.000Z' }),
      entry(3, { draft: true, modifiedAt: '2026-05-10T11:50:00.000Z' }),
      entry(300), // 15:00 UTC, after NOW
    ];
    const updates = await buildLiveUpdates(blogOf(entries), reader, inputs());
    expect(updates.entries.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(updates.updated).toEqual({ iso: '2026-05-10T11:30:00.000Z', text: 'Updated at 2026-05-10T11:30:00.000Z' });
    expect(updates.status).toBe('live');
    expect(updates).not.toHaveProperty('endedNotice');
  });

  it('says when the coverage has ended, with the notice', async () => {
    const updates = await buildLiveUpdates(
      blogOf([entry(1)], { status: 'ended', endedAt: '2026-05-10T11:00:00.000Z' }),
      reader,
      inputs(),
    );
    expect(updates).toMatchObject({
      status: 'ended',
      endedAt: '2026-05-10T11:00:00.000Z',
      endedNotice: 'Coverage of vote has ended.',
    });
  });

  it('answers a blog without entries with an empty list', async () => {
    const updates: LiveUpdates = await buildLiveUpdates(blogOf([]), reader, inputs());
    expect(updates.entries).toEqual([]);
    expect(updates.updated.iso).toBe('2026-05-10T09:00:00Z');
  });
});

describe('nextScheduledChange', () => {
  it('is the earliest scheduled entry that is not a draft', () => {
    const blog = blogOf([entry(1), entry(200, { draft: true }), entry(300), entry(250)]);
    expect(nextScheduledChange(blog, reader)).toBe(Date.parse('2026-05-10T14:10:00Z'));
  });

  it('is never when nothing is scheduled, or scheduled entries already show', () => {
    expect(nextScheduledChange(blogOf([entry(1)]), reader)).toBe(Infinity);
    expect(nextScheduledChange(blogOf([entry(300)]), { now: NOW, includeScheduled: true })).toBe(Infinity);
  });
});

describe('ETag', () => {
  it('is weak, and differs when the answer does', () => {
    const a = liveUpdatesEtag('{"a":1}');
    expect(a).toMatch(/^W\/"[\w-]{22}"$/);
    expect(liveUpdatesEtag('{"a":1}')).toBe(a);
    expect(liveUpdatesEtag('{"a":2}')).not.toBe(a);
  });

  it('matches If-None-Match by weak comparison, in a list, or *', () => {
    const tag = 'W/"abc"';
    expect(matchesIfNoneMatch('W/"abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('"abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abd"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch('', tag)).toBe(false);
  });
});

describe('memoisedLiveUpdates', () => {
  it('renders once per blog and store, however many ask at once', async () => {
    const store = {};
    const blog = blogOf([entry(1), entry(2)]);
    const given = inputs();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => memoisedLiveUpdates(store, blog, reader, given)),
    );
    expect(given.renders).toEqual(['e2', 'e1']);
    expect(new Set(answers).size).toBe(1);
    const [answer] = answers;
    expect(JSON.parse(answer?.body ?? '')).toEqual(await buildLiveUpdates(blog, reader, inputs()));
    expect(answer?.etag).toBe(liveUpdatesEtag(answer?.body ?? ''));
  });

  it('builds afresh for a new store (new content)', async () => {
    const given = inputs();
    const first = await memoisedLiveUpdates({}, blogOf([entry(1)]), reader, given);
    const second = await memoisedLiveUpdates({}, blogOf([entry(1), entry(2)]), reader, given);
    expect(given.renders).toEqual(['e1', 'e2', 'e1']);
    expect(second.etag).not.toBe(first.etag);
  });

  it('builds afresh once a scheduled entry comes due', async () => {
    const store = {};
    const blog = blogOf([entry(1), entry(130)]); // 12:10 UTC
    const given = inputs();
    const before = await memoisedLiveUpdates(store, blog, reader, given);
    await memoisedLiveUpdates(store, blog, { now: new Date('2026-05-10T12:09:59Z') }, given);
    expect(given.renders).toEqual(['e1']);
    const after = await memoisedLiveUpdates(store, blog, { now: new Date('2026-05-10T12:10:00Z') }, given);
    expect(JSON.parse(after.body).entries.map((e: { id: string }) => e.id)).toEqual(['e130', 'e1']);
    expect(after.etag).not.toBe(before.etag);
  });

  it('keeps one answer per blog of a store', async () => {
    const store = {};
    const given = inputs();
    const a = await memoisedLiveUpdates(store, makeLiveBlog({ slug: 'a' }, { entries: [entry(1)] }), reader, given);
    const b = await memoisedLiveUpdates(store, makeLiveBlog({ slug: 'b' }, { entries: [entry(2)] }), reader, given);
    expect(a.body).not.toBe(b.body);
    await memoisedLiveUpdates(store, makeLiveBlog({ slug: 'a' }, { entries: [entry(1)] }), reader, given);
    expect(given.renders).toEqual(['e1', 'e2']);
  });

  it('forgets a failed build, so the next request tries again', async () => {
    const store = {};
    const blog = blogOf([entry(1)]);
    const failing = { ...inputs(), render: vi.fn(async () => Promise.reject(new Error('unreadable entry'))) };
    await expect(memoisedLiveUpdates(store, blog, reader, failing)).rejects.toThrow('unreadable entry');
    const given = inputs();
    await expect(memoisedLiveUpdates(store, blog, reader, given)).resolves.toHaveProperty('etag');
    expect(given.renders).toEqual(['e1']);
  });
});
