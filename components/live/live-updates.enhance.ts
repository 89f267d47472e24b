/**
 * Live updates without a reload, as an enhancement module. The live page is complete as the server
 * sends it (a reload shows everything); while the coverage is live the page loads this module,
 * which polls the blog's updates endpoint (lib/serving/live-updates.ts) while the tab is visible —
 * every `data-live-poll-seconds` seconds (20 by default) and once whenever the tab comes back — and
 * makes the page what a reload would show:
 *
 * - New entries go in at the top of the list (after the pinned one) when the reader is at the top
 *   of it; otherwise a "2 new updates" button (the page's hidden `[data-live-new]`) waits for the
 *   reader, then inserts them and takes the reader (scroll and focus: the button is gone) to the
 *   first. Whatever changes above the viewport, the entry being read stays where it is: browsers
 *   with CSS scroll anchoring keep it there themselves, and in others the scroll position is
 *   corrected by the height that changed above it.
 * - Changed entries (same id, another `data-version`) are replaced in place, deleted ones removed,
 *   and the pinned slot follows the answer. Entries pushed off page 1 are dropped when they are
 *   below the viewport (then nothing visible moves); those still in view stay until they are not.
 * - Changes are announced in the page's polite live region (`[data-live-status]`): "2 new updates",
 *   "1 entry updated". Focus is never moved by a poll.
 * - The "Updated …" time (`time[data-live-updated]`) reads "Updated 3 minutes ago", refreshed each
 *   minute and after each poll; the absolute time stays in its title.
 * - Once the coverage has ended the module stops and shows the answer's notice in place of the Live
 *   badge (`[data-live-ended]`, and in the live region). A 404 (the blog withdrawn) stops it too;
 *   a failed request is retried at the next poll.
 *
 * The entries it inserts are the endpoint's HTML of `LiveEntryView` (components/live/live-entry.tsx),
 * the same markup the page renders: one source for it.
 */
import type { LiveUpdates, LiveUpdatesEntry } from '@/lib/serving/live-updates';
import { isPlainObject } from '@/lib/format/json';
import { LIVE_HOOKS } from './live-modules';

/** Seconds between polls when the page does not say (`data-live-poll-seconds`). */
export const DEFAULT_POLL_SECONDS = 20;

/** How often the relative "Updated … ago" is rewritten. */
export const RELATIVE_TIME_REFRESH_MS = 60_000;

/**
 * What `fetchUpdates` resolves to: the parsed JSON of a 200, or `gone` for a 404 (the blog is no
 * longer published: polling stops). It rejects on any other failure; the next poll tries again.
 */
export type FetchUpdates = (url: string) => Promise<unknown>;
export const GONE = Symbol('gone');

export type LiveEnvironment = {
  /** The window the page is in: timers, scrolling, the viewport's height. */
  win: Window;
  fetchUpdates: FetchUpdates;
  /** The clock (ms since the epoch), for the relative time. */
  now?: () => number;
};

/** What `enhance` gives back, for the few lines that start it and for tests. */
export type LiveController = {
  /** Polls now (a poll already under way is not doubled). */
  poll: () => Promise<void>;
  /** Stops polling and the clock. */
  stop: () => void;
};

function isEntry(value: unknown): value is LiveUpdatesEntry {
  return (
    isPlainObject(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'string' &&
    typeof value.published === 'string' &&
    (value.html === undefined || typeof value.html === 'string')
  );
}

/** Checks the endpoint's JSON; undefined when it is not an answer this module understands. */
export function parseLiveUpdates(value: unknown): LiveUpdates | undefined {
  if (!isPlainObject(value) || (value.status !== 'live' && value.status !== 'ended')) return undefined;
  const { updated, entries, endedNotice } = value;
  if (!isPlainObject(updated) || typeof updated.iso !== 'string' || typeof updated.text !== 'string') return undefined;
  if (!Array.isArray(entries) || !entries.every(isEntry)) return undefined;
  return {
    status: value.status,
    ...(typeof endedNotice === 'string' ? { endedNotice } : {}),
    updated: { iso: updated.iso, text: updated.text },
    entries,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "Updated just now", "Updated 3 minutes ago", "Updated 2 hours ago" for a time `iso` seen at `now`;
 * undefined from a day on, when the page's absolute time says more.
 */
export function relativeUpdatedText(iso: string, now: number): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.max(0, (now - at) / 1000);
  if (seconds < 60) return 'Updated just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `Updated ${plural(minutes, 'minute', 'minutes')} ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `Updated ${plural(hours, 'hour', 'hours')} ago` : undefined;
}

/** The button's words: "1 new update", "3 new updates". */
export function newUpdatesText(count: number): string {
  return plural(count, 'new update', 'new updates');
}

/** What a poll announces: "2 new updates. 1 entry updated." (empty when nothing changed). */
export function announcement(counts: { added: number; updated: number; removed: number }): string {
  const parts: string[] = [];
  if (counts.added > 0) parts.push(newUpdatesText(counts.added));
  if (counts.updated > 0) parts.push(`${plural(counts.updated, 'entry', 'entries')} updated`);
  if (counts.removed > 0) parts.push(`${plural(counts.removed, 'entry', 'entries')} removed`);
  return parts.map((p) => `${p}.`).join(' ');
}

/** The poll interval the page asks for (`data-live-poll-seconds`), in ms (whole seconds, at least one). */
function pollInterval(list: HTMLElement): number {
  const seconds = Number(list.getAttribute(LIVE_HOOKS.pollSeconds));
  return (Number.isInteger(seconds) && seconds >= 1 ? seconds : DEFAULT_POLL_SECONDS) * 1000;
}

/**
 * Enhances the live entries `list` (`[data-live-updates="<endpoint>"]`): polls its endpoint and
 * applies each answer as described above. Returns its controller; does nothing (and polls nothing)
 * when the list names no endpoint.
 */
export function enhance(list: HTMLElement, env: LiveEnvironment): LiveController {
  const { win } = env;
  const doc = list.ownerDocument;
  const now = env.now ?? (() => Date.now());
  const endpoint = list.dataset.liveUpdates;
  const interval = pollInterval(list);
  const newButton = doc.querySelector(`button[${LIVE_HOOKS.newUpdates}]`);
  const button = newButton instanceof HTMLButtonElement ? newButton : undefined;
  const updatedTime = doc.querySelector(`time[${LIVE_HOOKS.updated}]`);
  const ended = doc.querySelector(`[${LIVE_HOOKS.ended}]`);
  const badge = doc.querySelector(`[${LIVE_HOOKS.badge}]`);
  let status = doc.querySelector(`[${LIVE_HOOKS.status}]`);
  if (!status) {
    // The page should have one; a region made now still exists before the first message.
    status = doc.createElement('p');
    status.className = 'sr-only';
    status.setAttribute('aria-live', 'polite');
    status.setAttribute(LIVE_HOOKS.status, '');
    list.before(status);
  }
  const region = status;

  let timer: number | undefined;
  let clock: number | undefined;
  let polling = false;
  let stopped = false;
  let updatedIso = updatedTime instanceof HTMLTimeElement ? updatedTime.dateTime : '';
  /** Entries of page 1 the reader has not let in yet, newest first. */
  let pending: LiveUpdatesEntry[] = [];
  /** Page order of the last answer, by id. */
  let order = new Map<string, number>();

  const entries = (): HTMLElement[] =>
    [...list.querySelectorAll<HTMLElement>('[data-entry]')].filter(
      (e) => e.parentElement?.closest(`[${LIVE_HOOKS.updates}]`) === list,
    );

  function announce(text: string): void {
    if (!text) return;
    // The same words twice in a row are still announced: the region is emptied first.
    region.textContent = '';
    win.setTimeout(() => (region.textContent = text), 50);
  }

  function showUpdatedTime(): void {
    if (!(updatedTime instanceof HTMLTimeElement) || !updatedIso) return;
    const relative = relativeUpdatedText(updatedIso, now());
    if (relative !== undefined) updatedTime.textContent = relative;
  }

  function fromHtml(html: string): HTMLElement | undefined {
    const template = doc.createElement('template');
    template.innerHTML = html.trim();
    const element = template.content.firstElementChild;
    return element instanceof HTMLElement && element.hasAttribute('data-entry') ? element : undefined;
  }

  /**
   * Runs `change` keeping the first entry in view where it is on the screen: when the list starts
   * above the viewport, whatever `change` did above that entry is taken back by scrolling as much.
   * When the top of the list is in view (or below it), the reader sees the change happen.
   */
  function keepingReaderInPlace(change: () => void): void {
    const listTop = list.getBoundingClientRect().top;
    const anchor = listTop < 0 ? entries().find((e) => e.getBoundingClientRect().bottom > 0) : undefined;
    const anchorId = anchor?.dataset.entry;
    const before = anchor ? anchor.getBoundingClientRect().top : list.getBoundingClientRect().bottom;
    change();
    if (listTop >= 0) return;
    const moved = anchorId === undefined ? undefined : entries().find((e) => e.dataset.entry === anchorId);
    const after = moved ? moved.getBoundingClientRect().top : list.getBoundingClientRect().bottom;
    if (after !== before) win.scrollBy(0, after - before);
  }

  /** Puts the entries in the list in the answer's order, after one another where the first one is. */
  function placeInOrder(elements: HTMLElement[]): void {
    const sorted = [...elements].sort(
      (a, b) => (order.get(a.dataset.entry ?? '') ?? 0) - (order.get(b.dataset.entry ?? '') ?? 0),
    );
    let previous: HTMLElement | undefined;
    for (const element of sorted) {
      if (previous) {
        if (previous.nextElementSibling !== element) previous.after(element);
      } else {
        const first = entries()[0];
        if (!first) list.append(element);
        else if (first !== element) first.before(element);
      }
      previous = element;
    }
  }

  function renderPendingButton(): void {
    if (!button) return;
    button.hidden = pending.length === 0;
    if (pending.length > 0) button.textContent = newUpdatesText(pending.length);
  }

  function insertPending(): HTMLElement | undefined {
    const made = pending.map((e) => fromHtml(e.html ?? '')).filter((e): e is HTMLElement => e !== undefined);
    pending = [];
    keepingReaderInPlace(() => {
      renderPendingButton();
      placeInOrder([...entries(), ...made]);
    });
    if (made.length === 0) return undefined;
    return made.sort((a, b) => (order.get(a.dataset.entry ?? '') ?? 0) - (order.get(b.dataset.entry ?? '') ?? 0))[0];
  }

  function apply(updates: LiveUpdates): void {
    order = new Map(updates.entries.map((e, i) => [e.id, i]));
    const byId = new Map(updates.entries.map((e) => [e.id, e]));
    const shown = entries();
    const shownIds = new Set(shown.map((e) => e.dataset.entry));
    // Newer than the newest shown entry of the timeline: these are "new updates".
    const newest = Math.max(
      -Infinity,
      ...shown.filter((e) => !e.hasAttribute('data-pinned')).map((e) => Date.parse(e.dataset.published ?? '')),
    );
    const added = updates.entries.filter((e) => e.html !== undefined && !shownIds.has(e.id));
    const fresh = added.filter((e) => !(Date.parse(e.published) <= newest));
    const older = added.filter((e) => !fresh.includes(e));
    const atTop = list.getBoundingClientRect().top >= 0;
    const counts = { added: atTop ? fresh.length : 0, updated: 0, removed: 0 };
    const waiting = pending.length;
    pending = atTop ? [] : fresh;

    keepingReaderInPlace(() => {
      // The button too may take room above the reader (unless the page's CSS keeps it out of the flow).
      renderPendingButton();
      for (const element of shown) {
        const entry = byId.get(element.dataset.entry ?? '');
        if (!entry) {
          element.remove();
          counts.removed++;
          continue;
        }
        const pinnedChanged = (entry.pinned === true) !== element.hasAttribute('data-pinned');
        if (pinnedChanged && entry.html === undefined) {
          // Unpinned, and its time puts it past page 1.
          element.remove();
          continue;
        }
        if (entry.html !== undefined && (entry.version !== element.dataset.version || pinnedChanged)) {
          const replacement = fromHtml(entry.html);
          if (!replacement) continue;
          element.replaceWith(replacement);
          if (entry.version !== element.dataset.version) counts.updated++;
        }
      }
      // Entries older than the newest shown (one backdated, or pinned from further down) take their place now.
      const inserted = [...older, ...(atTop ? fresh : [])]
        .map((e) => fromHtml(e.html ?? ''))
        .filter((e) => e !== undefined);
      placeInOrder([...entries(), ...inserted]);
      // Off page 1 now, and out of sight below: gone, as on a reload.
      for (const element of entries()) {
        if (
          byId.get(element.dataset.entry ?? '')?.html === undefined &&
          element.getBoundingClientRect().top >= win.innerHeight
        ) {
          element.remove();
        }
      }
      // Above the list, so inside the correction too.
      if (updatedTime instanceof HTMLTimeElement) {
        updatedIso = updates.updated.iso;
        updatedTime.dateTime = updates.updated.iso;
        updatedTime.title = updates.updated.text;
      }
      showUpdatedTime();
      // As an ended page shows it: the notice in place of the Live badge.
      if (updates.status === 'ended' && ended instanceof HTMLElement && updates.endedNotice) {
        ended.textContent = updates.endedNotice;
        ended.hidden = false;
        if (badge instanceof HTMLElement) badge.hidden = true;
      }
    });

    // Waiting entries are announced when there are more of them than before, not at every poll.
    const message = announcement({
      ...counts,
      added: atTop ? counts.added : pending.length > waiting ? pending.length : 0,
    });
    if (updates.status === 'ended') {
      stop();
      announce([message, updates.endedNotice ?? ''].filter(Boolean).join(' '));
    } else {
      announce(message);
    }
  }

  async function poll(): Promise<void> {
    if (polling || stopped || !endpoint) return;
    polling = true;
    try {
      const value = await env.fetchUpdates(endpoint);
      if (value === GONE) {
        stop();
        return;
      }
      const updates = parseLiveUpdates(value);
      if (updates && !stopped) apply(updates);
    } catch {
      // Offline, or the server is busy: the page stays as it is until the next poll.
    } finally {
      polling = false;
    }
  }

  function schedule(): void {
    win.clearTimeout(timer);
    timer = undefined;
    if (stopped || doc.visibilityState !== 'visible') return;
    timer = win.setTimeout(() => void poll().then(schedule), interval);
  }

  function stop(): void {
    stopped = true;
    win.clearTimeout(timer);
    win.clearInterval(clock);
    doc.removeEventListener('visibilitychange', onVisibility);
  }

  function onVisibility(): void {
    if (doc.visibilityState === 'visible') {
      showUpdatedTime();
      void poll().then(schedule);
    } else {
      win.clearTimeout(timer);
      timer = undefined;
    }
  }

  button?.addEventListener('click', () => {
    const first = insertPending();
    if (!first) return;
    // The reader asked: take them to the first new entry, and their focus with them, as the button is gone.
    first.scrollIntoView({ block: 'start' });
    first.tabIndex = -1;
    first.focus({ preventScroll: true });
  });

  if (endpoint) {
    doc.addEventListener('visibilitychange', onVisibility);
    clock = win.setInterval(showUpdatedTime, RELATIVE_TIME_REFRESH_MS);
    showUpdatedTime();
    schedule();
  }
  return { poll, stop };
}

async function fetchUpdates(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return GONE;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

const list = document.querySelector(`[${LIVE_HOOKS.updates}]`);
if (list instanceof HTMLElement) enhance(list, { win: window, fetchUpdates });
