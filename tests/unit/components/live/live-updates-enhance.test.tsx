// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveEntryView } from '@/components/live/live-entry';
import { LiveHeader } from '@/components/live/live-header';
import {
  announcement,
  enhance,
  GONE,
  newUpdatesText,
  parseLiveUpdates,
  relativeUpdatedText,
  type FetchUpdates,
  type LiveController,
} from '@/components/live/live-updates.enhance';
import { entriesOnPage, layoutEntries, visibleEntries, type LiveBlog, type LiveEntry } from '@/lib/content/live-blogs';
import { compileMdx } from '@/lib/mdx/compile';
import { buildLiveUpdates, type LiveUpdates } from '@/lib/serving/live-updates';
import { makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const ENDPOINT = '/world/vote/updates';

/** Entry `n`: n minutes after 10:00 UTC, its text naming it (and its version, when edited). */
function entry(n: number, extra: Partial<LiveEntry> = {}): LiveEntry {
  const publishedAt = new Date(Date.parse('2026-05-10T10:00:00Z') + n * 60_000).toISOString();
  return makeLiveEntry({ id: `e${n}`, publishedAt, ...extra });
}

function blogOf(entries: LiveEntry[], status: 'live' | 'ended' = 'live'): LiveBlog {
  return makeLiveBlog({ slug: 'vote', publishedAt: '2026-05-10T09:00:00Z' }, { status, entries });
}

/** The page's markup of an entry, as the live page and the endpoint both render it. */
function entryHtml(blog: LiveBlog, e: LiveEntry, pinned: boolean): string {
  const code = compileMdx(`Text of ${e.id}${e.updatedAt ? ` as of ${e.updatedAt}` : ''}.`);
  return renderToStaticMarkup(
    <LiveEntryView entry={e} blogUrl={blog.url} authorName="World desk" code={code} pinned={pinned} />,
  );
}

/** The endpoint's answer for `blog`, at NOW. */
function answerFor(blog: LiveBlog): Promise<LiveUpdates> {
  return buildLiveUpdates(
    blog,
    { now: new Date(NOW) },
    {
      updatedText: (iso) => `Updated ${iso}`,
      endedNotice: () => 'This live coverage has ended.',
      render: async (e, pinned) => entryHtml(blog, e, pinned),
    },
  );
}

/** Page 1 of `blog` as the server sends it: the "updated" line, the button, the entries, the live region. */
function mount(blog: LiveBlog, pollSeconds?: number, modifiedAt = '2026-05-10T10:30:00.000Z'): HTMLElement {
  const layout = layoutEntries(visibleEntries(blog.live, { now: new Date(NOW) }));
  const shown = entriesOnPage(layout, 1) ?? [];
  const header = renderToStaticMarkup(
    <LiveHeader
      blog={blog}
      author={{ name: 'World desk', url: '/authors/world-desk' }}
      contributors={[]}
      modifiedAt={modifiedAt}
      endedSlot
    />,
  );
  document.body.innerHTML = `
    ${header}
    <button type="button" hidden data-live-new></button>
    <div id="live-entries" data-live-updates="${ENDPOINT}"${pollSeconds ? ` data-live-poll-seconds="${pollSeconds}"` : ''}>
      ${shown.map((e) => entryHtml(blog, e, e === layout.pinned)).join('')}
    </div>
    <p class="sr-only" aria-live="polite" data-live-status></p>`;
  const list = document.getElementById('live-entries');
  if (!list) throw new Error('no list');
  return list;
}

const ids = () => [...document.querySelectorAll<HTMLElement>('#live-entries [data-entry]')].map((e) => e.dataset.entry);
const region = () => document.querySelector('[data-live-status]')?.textContent;
const newButton = () => document.querySelector<HTMLButtonElement>('button[data-live-new]');
const entryElement = (id: string) => document.getElementById(`entry-${id}`);

/**
 * happy-dom has no layout: a small one here. The list starts 500 px down the page, every entry is
 * 100 px tall, the viewport 768 px; `scrollBy` and `scrollIntoView` move `scrollY`.
 */
const LIST_TOP = 500;
const HEIGHT = 100;
let scrollY = 0;
function box(top: number, height: number): DOMRect {
  return { top, bottom: top + height, height, left: 0, right: 800, width: 800, x: 0, y: top, toJSON: () => ({}) };
}
function layout(): void {
  scrollY = 0;
  const entriesIn = (list: Element) => [...list.querySelectorAll('[data-entry]')];
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function rect(this: HTMLElement) {
    const list = document.getElementById('live-entries');
    if (!list) return box(0, 0);
    if (this === list) return box(LIST_TOP - scrollY, entriesIn(list).length * HEIGHT);
    const i = entriesIn(list).indexOf(this);
    return i === -1 ? box(0, 0) : box(LIST_TOP - scrollY + i * HEIGHT, HEIGHT);
  });
  vi.spyOn(window, 'scrollBy').mockImplementation((x: ScrollToOptions | number, y?: number) => {
    scrollY += typeof x === 'number' ? (y ?? 0) : (x.top ?? 0);
  });
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function into(this: HTMLElement) {
    scrollY += this.getBoundingClientRect().top;
  });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 768 });
}

/** Scrolls so that entry `id` is at the top of the viewport. */
function readEntry(id: string): void {
  const element = entryElement(id);
  if (!element) throw new Error(`no entry ${id}`);
  scrollY += element.getBoundingClientRect().top;
}

let visibility: DocumentVisibilityState = 'visible';
let controller: LiveController | undefined;

/** A stand-in endpoint that answers with `current()`, and counts its calls. */
function endpoint(current: () => Promise<unknown> | unknown) {
  const calls: string[] = [];
  const fetchUpdates = vi.fn<FetchUpdates>(async (url) => {
    calls.push(url);
    return current();
  });
  return { fetchUpdates, calls };
}

function start(list: HTMLElement, fetchUpdates: FetchUpdates): LiveController {
  // The fake clock: it moves as the tests advance the timers.
  controller = enhance(list, { win: window, fetchUpdates, now: () => Date.now() });
  return controller;
}

/** Lets the live region's message arrive. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(100);
}

// 25 entries: e3 pinned, the rest newest first; page 1 shows e3 and e24…e5.
const ENTRIES = Array.from({ length: 25 }, (_, i) => entry(i, i === 3 ? { pinned: true } : {}));

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  layout();
});

afterEach(() => {
  controller?.stop();
  controller = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('live updates module: new entries', () => {
  it('inserts a new entry after the pinned one when the reader is at the top, and says so', async () => {
    const list = mount(blogOf(ENTRIES));
    const { fetchUpdates } = endpoint(() => answerFor(blogOf([...ENTRIES, entry(30)])));
    await start(list, fetchUpdates).poll();
    await settle();
    expect(ids().slice(0, 3)).toEqual(['e3', 'e30', 'e24']);
    expect(entryElement('e30')?.textContent).toContain('Text of e30.');
    expect(newButton()?.hidden).toBe(true);
    expect(region()).toBe('1 new update.');
    expect(scrollY).toBe(0);
  });

  it('offers a button to a reader further down, moves nothing, and inserts on the click', async () => {
    const list = mount(blogOf(ENTRIES));
    readEntry('e14');
    const reading = entryElement('e14')?.getBoundingClientRect().top;
    let blog = blogOf([...ENTRIES, entry(30)]);
    const { fetchUpdates } = endpoint(() => answerFor(blog));
    const live = start(list, fetchUpdates);
    await live.poll();
    await settle();
    expect(ids()).not.toContain('e30');
    expect(newButton()?.hidden).toBe(false);
    expect(newButton()?.textContent).toBe('1 new update');
    expect(region()).toBe('1 new update.');
    expect(entryElement('e14')?.getBoundingClientRect().top).toBe(reading);

    blog = blogOf([...ENTRIES, entry(30), entry(31)]);
    await live.poll();
    await settle();
    expect(newButton()?.textContent).toBe('2 new updates');
    expect(region()).toBe('2 new updates.');
    expect(entryElement('e14')?.getBoundingClientRect().top).toBe(reading);

    newButton()?.click();
    expect(ids().slice(0, 4)).toEqual(['e3', 'e31', 'e30', 'e24']);
    expect(newButton()?.hidden).toBe(true);
    // Taken to the first new entry, with focus, since the button is gone.
    expect(entryElement('e31')?.getBoundingClientRect().top).toBe(0);
    expect(document.activeElement).toBe(entryElement('e31'));
  });

  it('does not announce the same waiting entries again', async () => {
    const list = mount(blogOf(ENTRIES));
    readEntry('e14');
    const { fetchUpdates } = endpoint(() => answerFor(blogOf([...ENTRIES, entry(30)])));
    const live = start(list, fetchUpdates);
    await live.poll();
    await settle();
    expect(region()).toBe('1 new update.');
    const status = document.querySelector('[data-live-status]');
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
    await live.poll();
    await settle();
    observer.disconnect();
    expect(writes).toEqual([]);
    expect(newButton()?.textContent).toBe('1 new update');
  });

  it('drops entries pushed off page 1 when they are out of sight below, and keeps those in view', async () => {
    const list = mount(blogOf(ENTRIES));
    expect(ids()).toHaveLength(21);
    const { fetchUpdates } = endpoint(() => answerFor(blogOf([...ENTRIES, entry(30), entry(31)])));
    await start(list, fetchUpdates).poll();
    // e5 and e6 are page 2's now, far below the viewport.
    expect(ids()).toHaveLength(21);
    expect(ids()).not.toContain('e5');
    expect(ids()).not.toContain('e6');

    mount(blogOf(ENTRIES));
    controller?.stop();
    readEntry('e6');
    const reading = entryElement('e6')?.getBoundingClientRect().top;
    const list2 = document.getElementById('live-entries');
    if (!list2) throw new Error('no list');
    const again = endpoint(() => answerFor(blogOf([...ENTRIES, entry(30), entry(31)])));
    await start(list2, again.fetchUpdates).poll();
    // The reader is at e6: nothing is inserted above it, nothing removed from under it.
    expect(ids()).toContain('e5');
    expect(ids()).toContain('e6');
    expect(entryElement('e6')?.getBoundingClientRect().top).toBe(reading);
  });
});

describe('live updates module: changed, deleted and pinned entries', () => {
  it('replaces an updated entry in place and removes a deleted one, keeping the reader in place', async () => {
    const list = mount(blogOf(ENTRIES));
    readEntry('e10');
    const reading = entryElement('e10')?.getBoundingClientRect().top;
    const edited = ENTRIES.map((e) =>
      e.id === 'e20' ? { ...e, updatedAt: '2026-05-10T11:45:00.000Z', modifiedAt: '2026-05-10T11:45:00.000Z' } : e,
    ).filter((e) => e.id !== 'e22');
    const { fetchUpdates } = endpoint(() => answerFor(blogOf(edited)));
    await start(list, fetchUpdates).poll();
    await settle();
    expect(entryElement('e20')?.textContent).toContain('as of 2026-05-10T11:45:00.000Z');
    expect(entryElement('e20')?.dataset.version).toBe('2026-05-10T11:45:00.000Z');
    expect(entryElement('e22')).toBeNull();
    expect(ids().slice(0, 4)).toEqual(['e3', 'e24', 'e23', 'e21']);
    expect(region()).toBe('1 entry updated. 1 entry removed.');
    // e22 was above the reader: its height was taken back by scrolling.
    expect(entryElement('e10')?.getBoundingClientRect().top).toBe(reading);
    // e4 came back onto page 1 at the bottom.
    expect(ids().at(-1)).toBe('e4');
  });

  it('follows the answer for the pinned slot', async () => {
    const list = mount(blogOf(ENTRIES));
    const repinned = ENTRIES.map((e) => ({ ...e, pinned: e.id === 'e15' }));
    const { fetchUpdates } = endpoint(() => answerFor(blogOf(repinned)));
    await start(list, fetchUpdates).poll();
    expect(ids().slice(0, 3)).toEqual(['e15', 'e24', 'e23']);
    expect(entryElement('e15')?.hasAttribute('data-pinned')).toBe(true);
    expect(entryElement('e15')?.textContent).toContain('Pinned');
    // e3 is an ordinary entry now, and too old for page 1.
    expect(entryElement('e3')).toBeNull();
    expect(ids()).toHaveLength(21);
    expect(ids().filter((id) => entryElement(id ?? '')?.hasAttribute('data-pinned'))).toEqual(['e15']);
  });

  it('changes nothing, and says nothing, when nothing changed', async () => {
    const list = mount(blogOf(ENTRIES));
    const before = list.innerHTML;
    const { fetchUpdates } = endpoint(() => answerFor(blogOf(ENTRIES)));
    await start(list, fetchUpdates).poll();
    await settle();
    expect(list.innerHTML).toBe(before);
    expect(region()).toBe('');
  });
});

describe('live updates module: polling', () => {
  it('polls every interval while the page is visible, and once when it is shown again', async () => {
    const list = mount(blogOf(ENTRIES), 15);
    const { fetchUpdates, calls } = endpoint(() => answerFor(blogOf(ENTRIES)));
    start(list, fetchUpdates);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toEqual([ENDPOINT]);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toHaveLength(2);

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(2);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toHaveLength(4);
  });

  it('polls every 20 s when the page does not say', async () => {
    const list = mount(blogOf(ENTRIES));
    const { fetchUpdates, calls } = endpoint(() => answerFor(blogOf(ENTRIES)));
    start(list, fetchUpdates);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
  });

  it('keeps polling after a failed request, and stops when the blog is gone', async () => {
    const list = mount(blogOf(ENTRIES));
    let answer: () => unknown = () => Promise.reject(new Error('offline'));
    const { fetchUpdates, calls } = endpoint(() => answer());
    start(list, fetchUpdates);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(1);
    answer = () => GONE;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it('ignores an answer it does not understand', async () => {
    const list = mount(blogOf(ENTRIES));
    const before = list.innerHTML;
    const { fetchUpdates } = endpoint(() => ({ status: 'live', entries: 'nope' }));
    await start(list, fetchUpdates).poll();
    expect(list.innerHTML).toBe(before);
  });

  it('stops once the coverage has ended, and shows the notice', async () => {
    const list = mount(blogOf(ENTRIES));
    const { fetchUpdates, calls } = endpoint(() => answerFor(blogOf(ENTRIES, 'ended')));
    start(list, fetchUpdates);
    await vi.advanceTimersByTimeAsync(20_000);
    await settle();
    const notice = document.querySelector<HTMLElement>('[data-live-ended]');
    expect(notice?.hidden).toBe(false);
    expect(notice?.textContent).toBe('This live coverage has ended.');
    expect(region()).toBe('This live coverage has ended.');
    expect(document.querySelector<HTMLElement>('[data-live-badge]')?.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
  });

  it('does nothing without an endpoint', async () => {
    const list = mount(blogOf(ENTRIES));
    list.removeAttribute('data-live-updates');
    const { fetchUpdates, calls } = endpoint(() => answerFor(blogOf(ENTRIES)));
    await start(list, fetchUpdates).poll();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([]);
  });

  it('makes a live region when the page has none, before any message', () => {
    const list = mount(blogOf(ENTRIES));
    document.querySelector('[data-live-status]')?.remove();
    start(list, endpoint(() => answerFor(blogOf(ENTRIES))).fetchUpdates);
    const made = document.querySelector('[data-live-status]');
    expect(made?.getAttribute('aria-live')).toBe('polite');
    expect(made?.textContent).toBe('');
  });
});

describe('live updates module: the updated time', () => {
  it('says how long ago, from the answer, and again each minute', async () => {
    const list = mount(blogOf(ENTRIES));
    const time = document.querySelector('time[data-live-updated]');
    expect(time?.textContent).toMatch(/^Updated 06:30 EDT, 10 May 2026$/);
    const { fetchUpdates } = endpoint(() => answerFor(blogOf(ENTRIES)));
    start(list, fetchUpdates);
    expect(time?.textContent).toBe('Updated 1 hour ago');
    await vi.advanceTimersByTimeAsync(20_000);
    // e24 (10:24 UTC) is the latest change: 1 hour 36 minutes before NOW.
    expect(time?.getAttribute('datetime')).toBe('2026-05-10T10:24:00.000Z');
    expect(time?.getAttribute('title')).toBe('Updated 2026-05-10T10:24:00.000Z');
  });

  it('rewrites the relative time each minute, between polls too', async () => {
    const list = mount(blogOf(ENTRIES), undefined, '2026-05-10T11:58:00.000Z');
    const time = document.querySelector('time[data-live-updated]');
    // A hidden tab: no poll, only the clock.
    visibility = 'hidden';
    const { fetchUpdates, calls } = endpoint(() => answerFor(blogOf(ENTRIES)));
    start(list, fetchUpdates);
    expect(time?.textContent).toBe('Updated 2 minutes ago');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(time?.textContent).toBe('Updated 3 minutes ago');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(time?.textContent).toBe('Updated 1 hour ago');
    expect(calls).toEqual([]);
  });

  it('counts minutes and hours, and leaves the absolute time from a day on', () => {
    const at = '2026-05-10T11:00:00Z';
    const t = Date.parse(at);
    expect(relativeUpdatedText(at, t + 20_000)).toBe('Updated just now');
    expect(relativeUpdatedText(at, t - 5_000)).toBe('Updated just now');
    expect(relativeUpdatedText(at, t + 60_000)).toBe('Updated 1 minute ago');
    expect(relativeUpdatedText(at, t + 3 * 60_000 + 59_000)).toBe('Updated 3 minutes ago');
    expect(relativeUpdatedText(at, t + 60 * 60_000)).toBe('Updated 1 hour ago');
    expect(relativeUpdatedText(at, t + 5 * 60 * 60_000)).toBe('Updated 5 hours ago');
    expect(relativeUpdatedText(at, t + 24 * 60 * 60_000)).toBeUndefined();
    expect(relativeUpdatedText('not a time', t)).toBeUndefined();
  });
});

describe('live updates module: words', () => {
  it('counts updates', () => {
    expect(newUpdatesText(1)).toBe('1 new update');
    expect(newUpdatesText(4)).toBe('4 new updates');
    expect(announcement({ added: 2, updated: 1, removed: 0 })).toBe('2 new updates. 1 entry updated.');
    expect(announcement({ added: 0, updated: 3, removed: 2 })).toBe('3 entries updated. 2 entries removed.');
    expect(announcement({ added: 0, updated: 0, removed: 0 })).toBe('');
  });

  it('reads only answers of the endpoint', () => {
    expect(parseLiveUpdates(null)).toBeUndefined();
    expect(parseLiveUpdates({ status: 'over', updated: { iso: '', text: '' }, entries: [] })).toBeUndefined();
    expect(parseLiveUpdates({ status: 'live', updated: { iso: 'x' }, entries: [] })).toBeUndefined();
    expect(
      parseLiveUpdates({ status: 'live', updated: { iso: 'x', text: 'y' }, entries: [{ id: 'a' }] }),
    ).toBeUndefined();
    expect(
      parseLiveUpdates({
        status: 'live',
        updated: { iso: 'x', text: 'y' },
        entries: [{ id: 'a', version: 'v', published: 'p' }],
      }),
    ).toEqual({
      status: 'live',
      updated: { iso: 'x', text: 'y' },
      entries: [{ id: 'a', version: 'v', published: 'p' }],
    });
  });
});
