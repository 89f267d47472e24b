// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Graph } from 'schema-dts';
import { LiveBlogPage } from '@/components/live/live-blog-page';
import { LIVE_ENTRIES_ID, LIVE_HOOKS, LIVE_UPDATES_MODULE } from '@/components/live/live-modules';
import { articleBreadcrumb } from '@/lib/content/breadcrumbs';
import { entriesOnPage, entryLocation, layoutEntries, type LiveBlog, type LiveEntry } from '@/lib/content/live-blogs';
import { liveEndedNotice, type LivePage } from '@/lib/content/live-page';
import { getSection } from '@/lib/config/sections';
import { compileMdx } from '@/lib/mdx/compile';
import { makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

afterEach(cleanup);

const desk = makeAuthor({ slug: 'world-desk', name: 'World Desk' });
const ana = makeAuthor({ slug: 'ana-ruiz', name: 'Ana Ruiz' });
const sam = makeAuthor({ slug: 'sam-ode', name: 'Sam Ode' });
const LIVE_SRC = '/enhance/live-updates.0123abcd.js';
const EMBED_SRC = '/enhance/embed.0123abcd.js';
const jsonLd: Graph = { '@context': 'https://schema.org', '@graph': [] };

/** 25 entries e1…e25 from 12:01 UTC; e3 pinned; e2 (untitled) and e24 key events. */
const entries: LiveEntry[] = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  return makeLiveEntry({
    id: `e${n}`,
    publishedAt: new Date(Date.UTC(2026, 11, 2, 12, n)).toISOString(),
    ...(n === 2 ? {} : { title: `Title of e${n}` }),
    pinned: n === 3,
    keyEvent: n === 2 || n === 24,
  });
});

function livePage(n: number, status: 'live' | 'ended' = 'live'): LivePage {
  const blog: LiveBlog = makeLiveBlog(
    { slug: 'vote', title: 'The vote, as it happens', tags: ['elections'], publishedAt: '2026-12-02T11:55:00.000Z' },
    status === 'ended' ? { status, endedAt: '2026-12-02T23:05:00.000Z', entries } : { entries },
  );
  const layout = layoutEntries([...blog.live.entries]);
  const shown = entriesOnPage(layout, n) ?? [];
  return {
    blog,
    author: desk,
    contributors: [ana, sam],
    status: 'published',
    page: n,
    totalPages: layout.pages.length,
    path: n === 1 ? blog.url : `${blog.url}/page/${n}`,
    entries: shown.map((entry) => ({
      entry,
      author: desk,
      code: compileMdx(`Words of ${entry.id}.`),
      text: `Words of ${entry.id}.`,
      pinned: n === 1 && entry === layout.pinned,
      location: entryLocation(blog.url, layout, entry.id) ?? blog.url,
    })),
    keyEvents: layout.keyEvents.map((e) => ({
      id: e.id,
      ...(e.title ? { title: e.title } : {}),
      publishedAt: e.publishedAt,
      location: entryLocation(blog.url, layout, e.id) ?? blog.url,
    })),
    modifiedAt: '2026-12-02T19:32:00.000Z',
    summaryCode: n === 1 ? compileMdx('The summary of the day.') : '',
    authorBioCode: compileMdx('About the desk.'),
    embeds: [],
    heroPlaceholder: '',
    breadcrumb: articleBreadcrumb(blog),
    section: getSection('world'),
    neighbours: { previous: undefined, next: undefined },
    related: [],
    authorNames: {},
  };
}

const scripts = (container: HTMLElement) =>
  [...container.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('data-enhancement'));

describe('LiveBlogPage, page 1 while live', () => {
  it('says it is live in words, with the absolute time of the latest change', () => {
    const { container } = render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    expect(container.querySelector(`[${LIVE_HOOKS.badge}]`)?.textContent).toBe('Live');
    const updated = container.querySelector(`time[${LIVE_HOOKS.updated}]`);
    expect(updated?.getAttribute('datetime')).toBe('2026-12-02T19:32:00.000Z');
    expect(updated?.textContent).toBe('Updated 14:32 EST, 2 December 2026');
    expect(updated?.getAttribute('title')).toBe('Updated 14:32 EST, 2 December 2026');
    // The notice the module fills once the coverage ends: there, hidden and empty.
    const ended = container.querySelector(`[${LIVE_HOOKS.ended}]`);
    expect(ended?.hasAttribute('hidden')).toBe(true);
    expect(ended?.textContent).toBe('');
  });

  it('has the article’s chrome: breadcrumb, headline, byline with the other authors, summary, tags, author', () => {
    render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The vote, as it happens');
    const byline = screen.getByText(
      (_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('By World Desk'),
    );
    expect(byline.textContent).toBe('By World Desk, with Ana Ruiz and Sam Ode');
    expect(within(byline).getByRole('link', { name: 'Sam Ode' }).getAttribute('href')).toBe('/authors/sam-ode');
    expect(screen.getByText('The summary of the day.')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Topics' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'About the author' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /An illustration/ })).toBeTruthy();
  });

  it('lists the key events, each linked to where its entry is now', () => {
    render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    const keyEvents = screen.getByRole('navigation', { name: 'Key events' });
    const links = within(keyEvents).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Title of e24', '/world/vote#entry-e24'],
      // Untitled: linked by its time.
      ['Update at 07:02 EST', '/world/vote/page/2#entry-e2'],
    ]);
    expect([...keyEvents.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2026-12-02T12:24:00.000Z',
      '2026-12-02T12:02:00.000Z',
    ]);
  });

  it('renders the pinned entry and the 20 newest in the list the live module polls for', () => {
    const { container } = render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    const list = container.querySelector(`#${LIVE_ENTRIES_ID}`);
    expect(list?.getAttribute(LIVE_HOOKS.updates)).toBe('/world/vote/updates');
    expect(Number(list?.getAttribute(LIVE_HOOKS.pollSeconds))).toBeGreaterThan(0);
    const shown = [...(list?.querySelectorAll('article.live-entry[data-entry]') ?? [])];
    expect(shown.map((e) => e.getAttribute('data-entry'))).toEqual([
      'e3',
      ...Array.from({ length: 20 }, (_, i) => `e${25 - i}`),
    ]);
    expect(shown[0]?.hasAttribute('data-pinned')).toBe(true);
    expect(shown[1]?.id).toBe('entry-e25');
    // Each entry's time links to its lasting permalink.
    expect(
      within(shown[1] as HTMLElement)
        .getByRole('link', { name: /link to this update/ })
        .getAttribute('href'),
    ).toBe('/world/vote/entries/e25');
  });

  it('has the module’s live region and its hidden "new updates" button', () => {
    const { container } = render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    expect(container.querySelector(`[${LIVE_HOOKS.status}]`)?.getAttribute('aria-live')).toBe('polite');
    const button = container.querySelector(`button[${LIVE_HOOKS.newUpdates}]`);
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.hasAttribute('hidden')).toBe(true);
  });

  it('loads the live-updates module and no other, unless an entry shown has an embed', () => {
    const { container, rerender } = render(
      <LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />,
    );
    expect(scripts(container)).toEqual([LIVE_UPDATES_MODULE]);
    expect(container.querySelector('script[type="module"]')?.getAttribute('src')).toBe(LIVE_SRC);
    rerender(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} embedSrc={EMBED_SRC} />);
    expect(scripts(container)).toEqual([LIVE_UPDATES_MODULE, 'embed']);
  });

  it('links to the older page: "Older updates" with its number, rel next', () => {
    render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    const pages = screen.getByRole('navigation', { name: 'Pages of updates' });
    const links = within(pages).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Older updates (page 2)\u00a0→', '/world/vote/page/2', 'next'],
    ]);
    expect(pages.textContent).toContain('Page 1 of 2');
  });

  it('keeps its headings in order: h1, then h2 sections, entries’ titles at h3', () => {
    const { container } = render(<LiveBlogPage page={livePage(1)} jsonLd={jsonLd} liveUpdatesSrc={LIVE_SRC} />);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Latest updates' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Title of e25' })).toBeTruthy();
  });
});

describe('LiveBlogPage, older pages and ended coverage', () => {
  it('an older page shows its entries, links both ways, and loads no live module', () => {
    const { container } = render(<LiveBlogPage page={livePage(2)} jsonLd={jsonLd} />);
    const list = container.querySelector(`#${LIVE_ENTRIES_ID}`);
    expect(list?.hasAttribute(LIVE_HOOKS.updates)).toBe(false);
    expect([...(list?.querySelectorAll('[data-entry]') ?? [])].map((e) => e.getAttribute('data-entry'))).toEqual([
      'e5',
      'e4',
      'e2',
      'e1',
    ]);
    expect(scripts(container)).toEqual([]);
    expect(container.querySelector(`[${LIVE_HOOKS.status}]`)).toBeNull();
    expect(container.querySelector(`button[${LIVE_HOOKS.newUpdates}]`)).toBeNull();
    // Still says it is live, with the absolute time.
    expect(container.querySelector(`[${LIVE_HOOKS.badge}]`)?.textContent).toBe('Live');
    const links = within(screen.getByRole('navigation', { name: 'Pages of updates' })).getAllByRole('link');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['/world/vote', 'prev']]);
    expect(links[0]?.textContent).toContain('Newer updates (page 1)');
    expect(screen.getByRole('heading', { level: 2, name: 'Older updates, page 2 of 2' })).toBeTruthy();
    // No summary and no hero on later pages; the key events stay.
    expect(screen.queryByText('The summary of the day.')).toBeNull();
    expect(container.querySelector('figure img')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Key events' })).toBeTruthy();
  });

  it('ended coverage says so, with its end time, instead of the Live badge, and has no live hooks', () => {
    const page = livePage(1, 'ended');
    const { container } = render(<LiveBlogPage page={page} jsonLd={jsonLd} />);
    expect(container.querySelector(`[${LIVE_HOOKS.badge}]`)).toBeNull();
    expect(container.querySelector(`time[${LIVE_HOOKS.updated}]`)).toBeNull();
    const ended = container.querySelectorAll(`[${LIVE_HOOKS.ended}]`);
    expect(ended).toHaveLength(1);
    expect(ended[0]?.hasAttribute('hidden')).toBe(false);
    // The same words the updates endpoint gives an open page when the coverage ends.
    expect(ended[0]?.textContent).toBe(liveEndedNotice(page.blog));
    expect(ended[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02T23:05:00.000Z');
    expect(container.querySelector(`#${LIVE_ENTRIES_ID}`)?.hasAttribute(LIVE_HOOKS.updates)).toBe(false);
    expect(scripts(container)).toEqual([]);
    // Its dates say when it was last updated.
    expect(
      screen
        .getByText(/^Updated/, { selector: 'span' })
        .querySelector('time')
        ?.getAttribute('datetime'),
    ).toBe('2026-12-02T19:32:00.000Z');
  });
});
