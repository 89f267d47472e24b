import { describe, expect, it } from 'vitest';
import {
  compareEntriesNewestFirst,
  coverageModifiedAt,
  entriesOnPage,
  entryLocation,
  entryModifiedAt,
  isLiveBlog,
  isLiveNow,
  layoutEntries,
  LIVE_ENTRIES_PER_PAGE,
  liveEntryTitle,
  visibleEntries,
  type LiveEntry,
} from '@/lib/content/live-blogs';
import { makeArticle, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

/** Entries e1…en, one a minute from 12:00 UTC: e<n> is the newest. */
function timeline(count: number, overrides: (n: number) => Partial<LiveEntry> = () => ({})): LiveEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const publishedAt = new Date(Date.UTC(2026, 4, 10, 12, n)).toISOString();
    return makeLiveEntry({ id: `e${n}`, publishedAt, ...overrides(n) });
  }).sort(compareEntriesNewestFirst);
}

const ids = (entries: readonly LiveEntry[] | undefined) => entries?.map((e) => e.id);
const now = new Date('2026-05-10T13:00:00Z');

describe('isLiveBlog and isLiveNow', () => {
  it('tells a live blog of either status from a plain article, and a live one from an ended one', () => {
    const article = makeArticle({ slug: 'plain' });
    const live = makeLiveBlog({ slug: 'on' });
    const ended = makeLiveBlog({ slug: 'off' }, { status: 'ended', endedAt: '2026-05-10T18:00:00.000Z' });
    expect([isLiveBlog(article), isLiveBlog(live), isLiveBlog(ended)]).toEqual([false, true, true]);
    expect([isLiveNow(article), isLiveNow(live), isLiveNow(ended)]).toEqual([false, true, false]);
  });
});

describe('liveEntryTitle', () => {
  it('is the title, or the time in the newsroom’s zone for an untitled entry', () => {
    expect(liveEntryTitle({ title: 'The vote', publishedAt: '2026-05-10T14:32:00.000Z' })).toBe('The vote');
    // New York, summer time.
    expect(liveEntryTitle({ publishedAt: '2026-05-10T14:32:00.000Z' })).toBe('Update at 10:32 EDT');
    expect(liveEntryTitle({ title: '', publishedAt: '2026-12-02T19:32:00.000Z' })).toBe('Update at 14:32 EST');
  });
});

describe('compareEntriesNewestFirst', () => {
  it('puts the newest first and breaks ties by id, so the order never depends on the input', () => {
    const at = '2026-05-10T12:00:00.000Z';
    const entries = [
      makeLiveEntry({ id: 'b', publishedAt: at }),
      makeLiveEntry({ id: 'c', publishedAt: '2026-05-10T12:05:00.000Z' }),
      makeLiveEntry({ id: 'a', publishedAt: at }),
    ];
    expect(ids([...entries].sort(compareEntriesNewestFirst))).toEqual(['c', 'a', 'b']);
    expect(ids([...entries].reverse().sort(compareEntriesNewestFirst))).toEqual(['c', 'a', 'b']);
  });

  it('compares instants, not the text of differently written offsets', () => {
    const earlier = makeLiveEntry({ id: 'x', publishedAt: '2026-05-10T09:00:00-04:00' }); // 13:00Z
    const later = makeLiveEntry({ id: 'y', publishedAt: '2026-05-10T12:30:00.000Z' }); // 12:30Z
    expect(ids([later, earlier].sort(compareEntriesNewestFirst))).toEqual(['x', 'y']);
  });
});

describe('visibleEntries', () => {
  const coverage = makeLiveBlog(
    { slug: 'blog' },
    {
      entries: [
        makeLiveEntry({ id: 'old', publishedAt: '2026-05-10T12:00:00.000Z' }),
        makeLiveEntry({ id: 'draft', publishedAt: '2026-05-10T12:10:00.000Z', draft: true }),
        makeLiveEntry({ id: 'new', publishedAt: '2026-05-10T12:20:00.000Z' }),
        makeLiveEntry({ id: 'later', publishedAt: '2026-05-10T14:00:00.000Z' }),
      ],
    },
  ).live;

  it('shows readers neither drafts nor entries scheduled after now, newest first', () => {
    expect(ids(visibleEntries(coverage, { now }))).toEqual(['new', 'old']);
  });

  it('shows an entry from its own time on', () => {
    expect(ids(visibleEntries(coverage, { now: new Date('2026-05-10T14:00:00Z') }))).toEqual(['later', 'new', 'old']);
  });

  it('shows editors in preview drafts and scheduled entries too', () => {
    const preview = visibleEntries(coverage, { now, includeDrafts: true, includeScheduled: true });
    expect(ids(preview)).toEqual(['later', 'new', 'draft', 'old']);
  });

  it('sorts, whatever order the coverage holds them in', () => {
    const shuffled = { ...coverage, entries: [...coverage.entries].reverse() };
    expect(ids(visibleEntries(shuffled, { now }))).toEqual(['new', 'old']);
  });
});

describe('entryModifiedAt and coverageModifiedAt', () => {
  it('an entry changes when it is published, updated or corrected, whichever is latest', () => {
    expect(entryModifiedAt({ publishedAt: '2026-05-10T12:00:00.000Z', corrections: [] })).toBe('2026-05-10T12:00:00.000Z');
    expect(
      entryModifiedAt({
        publishedAt: '2026-05-10T12:00:00.000Z',
        updatedAt: '2026-05-10T12:30:00.000Z',
        corrections: [{ date: '2026-05-10T12:20:00.000Z', text: 'Fixed.' }],
      }),
    ).toBe('2026-05-10T12:30:00.000Z');
    expect(
      entryModifiedAt({
        publishedAt: '2026-05-10T12:00:00.000Z',
        updatedAt: '2026-05-10T12:30:00.000Z',
        corrections: [{ date: '2026-05-10T13:00:00.000Z', text: 'Fixed.' }],
      }),
    ).toBe('2026-05-10T13:00:00.000Z');
  });

  it('the coverage changes with the latest of the blog and the entries given', () => {
    const blog = { modifiedAt: '2026-05-10T12:00:00.000Z' };
    expect(coverageModifiedAt(blog, [])).toBe('2026-05-10T12:00:00.000Z');
    const entries = [
      makeLiveEntry({ id: 'a', publishedAt: '2026-05-10T12:10:00.000Z' }),
      makeLiveEntry({ id: 'b', publishedAt: '2026-05-10T12:05:00.000Z', modifiedAt: '2026-05-10T12:40:00.000Z' }),
    ];
    expect(coverageModifiedAt(blog, entries)).toBe('2026-05-10T12:40:00.000Z');
    // A blog edited after its last entry.
    expect(coverageModifiedAt({ modifiedAt: '2026-05-10T13:00:00.000Z' }, entries)).toBe('2026-05-10T13:00:00.000Z');
  });
});

describe('layoutEntries', () => {
  it('puts LIVE_ENTRIES_PER_PAGE entries on a page, newest first', () => {
    expect(LIVE_ENTRIES_PER_PAGE).toBe(20);
    const layout = layoutEntries(timeline(45));
    expect(layout.pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(layout.pages[0]?.[0]?.id).toBe('e45');
    expect(layout.pages[0]?.[19]?.id).toBe('e26');
    expect(layout.pages[1]?.[0]?.id).toBe('e25');
    expect(ids(layout.pages[2])).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    expect(layout.pinned).toBeUndefined();
  });

  it('fills pages exactly, with no empty page after a full one', () => {
    expect(layoutEntries(timeline(20)).pages).toHaveLength(1);
    expect(layoutEntries(timeline(21)).pages).toHaveLength(2);
    expect(layoutEntries(timeline(40)).pages).toHaveLength(2);
  });

  it('always has a first page, empty when nothing is visible yet', () => {
    const layout = layoutEntries([]);
    expect(layout.pages).toEqual([[]]);
    expect(layout.keyEvents).toEqual([]);
    expect(layout.pageById.size).toBe(0);
  });

  it('takes the pinned entry out of the timeline: it tops page 1 and is nowhere else', () => {
    // e3 is pinned: an old entry, which would otherwise be on page 2.
    const layout = layoutEntries(timeline(25, (n) => ({ pinned: n === 3 })));
    expect(layout.pinned?.id).toBe('e3');
    const all = layout.pages.flat().map((e) => e.id);
    expect(all).not.toContain('e3');
    // The other 24 fill the pages as before: 20 and 4.
    expect(layout.pages.map((p) => p.length)).toEqual([20, 4]);
    expect(ids(entriesOnPage(layout, 1))?.slice(0, 2)).toEqual(['e3', 'e25']);
    expect(entriesOnPage(layout, 1)).toHaveLength(21);
    expect(ids(entriesOnPage(layout, 2))).toEqual(['e5', 'e4', 'e2', 'e1']);
    expect(layout.pageById.get('e3')).toBe(1);
  });

  it('lays out a single pinned entry as page 1 alone', () => {
    const layout = layoutEntries(timeline(1, () => ({ pinned: true })));
    expect(layout.pages).toEqual([[]]);
    expect(ids(entriesOnPage(layout, 1))).toEqual(['e1']);
  });

  it('pins the newest pinned entry when more than one says so (the checker allows one)', () => {
    const layout = layoutEntries(timeline(5, (n) => ({ pinned: n === 2 || n === 4 })));
    expect(layout.pinned?.id).toBe('e4');
    expect(ids(layout.pages[0])).toEqual(['e5', 'e3', 'e2', 'e1']);
  });

  it('lists the key events newest first, the pinned entry among them when it is one', () => {
    const layout = layoutEntries(timeline(30, (n) => ({ keyEvent: n % 10 === 0 || n === 2, pinned: n === 2 })));
    expect(ids(layout.keyEvents)).toEqual(['e30', 'e20', 'e10', 'e2']);
  });

  it('knows the page of every entry', () => {
    const layout = layoutEntries(timeline(41));
    expect(layout.pageById.get('e41')).toBe(1);
    expect(layout.pageById.get('e22')).toBe(1);
    expect(layout.pageById.get('e21')).toBe(2);
    expect(layout.pageById.get('e2')).toBe(2);
    expect(layout.pageById.get('e1')).toBe(3);
    expect(layout.pageById.size).toBe(41);
  });

  it('pages at any size', () => {
    const layout = layoutEntries(timeline(7), 3);
    expect(layout.pages.map(ids)).toEqual([
      ['e7', 'e6', 'e5'],
      ['e4', 'e3', 'e2'],
      ['e1'],
    ]);
  });
});

describe('entriesOnPage', () => {
  const layout = layoutEntries(timeline(25));

  it('gives each page its entries, and nothing past the last page or before the first', () => {
    expect(entriesOnPage(layout, 1)).toHaveLength(20);
    expect(entriesOnPage(layout, 2)).toHaveLength(5);
    expect(entriesOnPage(layout, 3)).toBeUndefined();
    expect(entriesOnPage(layout, 0)).toBeUndefined();
  });

  it('gives the one page of an empty blog, empty', () => {
    expect(entriesOnPage(layoutEntries([]), 1)).toEqual([]);
    expect(entriesOnPage(layoutEntries([]), 2)).toBeUndefined();
  });
});

describe('entryLocation', () => {
  const blogUrl = '/world/the-vote';

  it('points at the entry’s fragment on its page: the blog itself for page 1, /page/<n> after', () => {
    const layout = layoutEntries(timeline(45, (n) => ({ pinned: n === 1 })));
    expect(entryLocation(blogUrl, layout, 'e45')).toBe('/world/the-vote#entry-e45');
    expect(entryLocation(blogUrl, layout, 'e1')).toBe('/world/the-vote#entry-e1');
    expect(entryLocation(blogUrl, layout, 'e25')).toBe('/world/the-vote/page/2#entry-e25');
    expect(entryLocation(blogUrl, layout, 'e2')).toBe('/world/the-vote/page/3#entry-e2');
  });

  it('follows an entry down the pages as newer entries arrive', () => {
    expect(entryLocation(blogUrl, layoutEntries(timeline(20)), 'e1')).toBe('/world/the-vote#entry-e1');
    expect(entryLocation(blogUrl, layoutEntries(timeline(21)), 'e1')).toBe('/world/the-vote/page/2#entry-e1');
  });

  it('is undefined for an entry that is not visible', () => {
    const entries = timeline(3);
    const visible = visibleEntries({ status: 'live', entries: [...entries, makeLiveEntry({ id: 'draft', draft: true })] }, { now });
    expect(entryLocation(blogUrl, layoutEntries(visible), 'draft')).toBeUndefined();
    expect(entryLocation(blogUrl, layoutEntries(visible), 'nothing')).toBeUndefined();
  });
});
