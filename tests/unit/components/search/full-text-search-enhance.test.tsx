// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FullTextSearch } from '@/components/search/full-text-search';
import {
  enhance,
  fullTextSummary,
  MIN_TYPED_LENGTH,
  PAGE_SIZE,
  SEARCHING_NOTICE_MS,
  TYPING_PAUSE_MS,
  type LoadDelta,
  type LoadPagefind,
} from '@/components/search/full-text-search.enhance';
import type { SearchHit } from '@/components/search/search-result-list';

const SERVER_HIT: SearchHit = {
  url: '/politics/harbour',
  title: 'Kestrel Bay votes on its harbour',
  section: 'Politics',
  published: '2024-10-01T09:00:00.000Z',
  date: '1 October 2024',
  excerpt: [{ text: 'The harbour district', marked: false }],
};

/** What Pagefind's `result.data()` gives for story `n`. */
function storyData(n: number, excerpt = 'after <mark>Pyongyang</mark>’s tests') {
  return {
    url: `/world/story-${n}`,
    excerpt,
    meta: { title: `Story ${n}`, section: 'World', published: '2024-11-14T15:00:00.000Z', date: '14 November 2024' },
  };
}

/** A stand-in for pagefind.js: `find` says what each query finds; it counts what it is asked. */
function fakePagefind(find: (query: string) => unknown[] | Promise<unknown[]>) {
  const calls = { searches: [] as string[], preloads: [] as string[], inits: 0, fragments: 0 };
  const pagefind = {
    init: async () => {
      calls.inits++;
    },
    preload: async (query: string) => {
      calls.preloads.push(query);
    },
    search: async (query: string) => {
      calls.searches.push(query);
      const found = await find(query);
      return {
        results: found.map((data) => ({
          data: async () => {
            calls.fragments++;
            return data;
          },
        })),
      };
    },
  };
  const load = vi.fn<LoadPagefind>(async () => pagefind);
  return { load, calls };
}

/**
 * Puts the server's HTML of the search (as a browser would parse it) into the document at `url` and
 * returns its root. The module script is left out: the test calls `enhance` itself.
 */
function mount({ query = '', serverSummary = '', hits = [] as SearchHit[] } = {}): HTMLElement {
  window.history.replaceState(null, '', query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  const template = document.createElement('template');
  template.innerHTML = renderToStaticMarkup(
    <FullTextSearch query={query} serverSummary={serverSummary} hits={hits} src="/enhance/full-text-search.abc.js" />,
  );
  for (const script of template.content.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(template.content);
  const root = document.querySelector('[data-full-text-search]');
  if (!(root instanceof HTMLElement)) throw new Error('no search root in the markup');
  return root;
}

function results(query: string): HTMLElement {
  return screen.getByRole('region', { name: `Results for “${query}”` });
}

function box(): HTMLInputElement {
  const element = screen.getByRole('searchbox', { name: 'Search stories' });
  if (!(element instanceof HTMLInputElement)) throw new Error('the search box is not an input');
  return element;
}

function type(text: string): void {
  fireEvent.input(box(), { target: { value: text } });
}

/** Whether `element` is hidden, itself or by an ancestor (text queries find hidden text too). */
function isHidden(element: Element): boolean {
  return element.closest('[hidden]') !== null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  document.body.replaceChildren();
});

describe('full-text search module', () => {
  it('replaces the server’s results with full-text results built from the same markup', async () => {
    const root = mount({ query: 'Pyongyang', serverSummary: 'No headlines or summaries match.', hits: [SERVER_HIT] });
    const { load, calls } = fakePagefind(() => [
      storyData(1, 'after <mark>Pyongyang</mark>’s <img src=x onerror="alert(1)">tests &amp; &lt;b&gt;more&lt;/b&gt;'),
    ]);
    enhance(root, load);

    const region = results('Pyongyang');
    await waitFor(() =>
      expect(within(region).getByRole('status').textContent).toBe(
        '1 story matches in headlines, summaries and full text.',
      ),
    );
    expect(calls.searches).toEqual(['Pyongyang']);
    const [item, ...others] = within(region).getAllByRole('listitem');
    expect(others).toEqual([]);
    expect(within(item!).getByRole('heading', { level: 3 }).textContent).toBe('Story 1');
    expect(within(item!).getByRole('link').getAttribute('href')).toBe('/world/story-1');
    expect(item!.textContent).toContain('World · 14 November 2024');
    expect(item!.querySelector('time')?.getAttribute('datetime')).toBe('2024-11-14T15:00:00.000Z');
    expect([...item!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Pyongyang']);
    // The index's HTML is read as text: its tags never become elements, escaped ones stay text.
    expect(item!.querySelector('img, b')).toBeNull();
    expect(item!.querySelector('[data-hit="excerpt"]')?.textContent).toBe('after Pyongyang’s tests & <b>more</b>');
    // The same markup as the server's results.
    const serverItem = root.querySelector('[data-search="server-results"] li');
    expect(item!.className).toBe(serverItem?.className);
    expect(item!.querySelector('mark')?.className).toBe(
      root.querySelector('[data-search="prototype"] mark')?.className,
    );
    // The server's list and its note are hidden; nothing else announces.
    expect(within(region).queryByRole('link', { name: SERVER_HIT.title })).toBeNull();
    expect(isHidden(within(region).getByText(/With JavaScript on/))).toBe(true);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(calls.fragments).toBe(1);
  });

  it('says how many stories match, in words', () => {
    expect(fullTextSummary(0)).toBe('No stories match. Try fewer or different words.');
    expect(fullTextSummary(1)).toBe('1 story matches in headlines, summaries and full text.');
    expect(fullTextSummary(21)).toBe('21 stories match in headlines, summaries and full text.');
  });

  it('says so when nothing matches', async () => {
    const root = mount({ query: 'zzyzx', serverSummary: 'No headlines or summaries match.' });
    enhance(root, fakePagefind(() => []).load);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('No stories match. Try fewer or different words.'),
    );
    expect(within(results('zzyzx')).queryAllByRole('listitem')).toEqual([]);
  });

  it('shows twenty results, then twenty more per “Show more results”, fetching only those shown', async () => {
    const root = mount({ query: 'news', serverSummary: 'No headlines or summaries match.' });
    const { load, calls } = fakePagefind(() => Array.from({ length: 45 }, (_, i) => storyData(i + 1)));
    enhance(root, load);
    const region = results('news');
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(PAGE_SIZE));
    expect(within(region).getByRole('status').textContent).toBe(
      '45 stories match in headlines, summaries and full text.',
    );
    expect(calls.fragments).toBe(PAGE_SIZE);

    fireEvent.click(within(region).getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(40));
    // The reader is taken to the first of the new results.
    expect(document.activeElement).toBe(within(region).getByRole('link', { name: 'Story 21' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(45));
    expect(within(region).queryByRole('button', { name: 'Show more results' })).toBeNull();
    expect(calls.fragments).toBe(45);
  });

  it('searches as the reader types, after a pause and from two characters, and keeps the address in step', async () => {
    const root = mount();
    const { load, calls } = fakePagefind((query) => (query.startsWith('Py') ? [storyData(1)] : []));
    enhance(root, load);
    expect(screen.queryByRole('region')).toBeNull();
    expect(isHidden(screen.getByText(/Search every story by words/))).toBe(false);
    expect(load).not.toHaveBeenCalled();

    // Focus warms Pagefind up without searching.
    box().focus();
    await waitFor(() => expect(calls.inits).toBe(1));
    expect(calls.searches).toEqual([]);

    type('P');
    await pause(TYPING_PAUSE_MS + 50);
    expect('P'.length).toBeLessThan(MIN_TYPED_LENGTH);
    expect(calls.searches).toEqual([]);

    type('Py');
    expect(calls.searches).toEqual([]);
    await waitFor(() => expect(calls.preloads).toEqual(['Py']));
    await waitFor(() => expect(calls.searches).toEqual(['Py']));
    await waitFor(() =>
      expect(within(results('Py')).getByRole('status').textContent).toBe(
        '1 story matches in headlines, summaries and full text.',
      ),
    );
    expect(window.location.pathname + window.location.search).toBe('/search?q=Py');
    expect(isHidden(screen.getByText(/Search every story by words/))).toBe(true);

    type('Pyongyang  ');
    await waitFor(() => expect(within(results('Pyongyang')).getAllByRole('listitem')).toHaveLength(1));
    expect(window.location.pathname + window.location.search).toBe('/search?q=Pyongyang');
    // Typing never moves the reader's focus.
    expect(document.activeElement).toBe(box());
    expect(load).toHaveBeenCalledTimes(1);

    type('');
    expect(screen.queryByRole('region')).toBeNull();
    expect(isHidden(screen.getByText(/Search every story by words/))).toBe(false);
    expect(window.location.pathname + window.location.search).toBe('/search');
  });

  it('shows only the latest query’s results when an earlier search answers last', async () => {
    const root = mount();
    let answerSlowly: (found: unknown[]) => void = () => {};
    const slow = new Promise<unknown[]>((resolve) => {
      answerSlowly = resolve;
    });
    const { load } = fakePagefind((query) => (query === 'ab' ? slow : [storyData(2)]));
    enhance(root, load);
    type('ab');
    await pause(TYPING_PAUSE_MS + 50);
    type('abc');
    await waitFor(() => expect(within(results('abc')).getAllByRole('listitem')).toHaveLength(1));
    answerSlowly([storyData(1), storyData(3)]);
    await pause(20);
    expect(within(results('abc')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Story 2' })).toBeTruthy();
  });

  it('says it is searching when the answer takes a while', async () => {
    const root = mount({
      query: 'harbour',
      serverSummary: '1 story matches in headlines and summaries.',
      hits: [SERVER_HIT],
    });
    let answer: (found: unknown[]) => void = () => {};
    const { load } = fakePagefind(() => new Promise<unknown[]>((resolve) => (answer = resolve)));
    enhance(root, load);
    expect(screen.getByRole('status').textContent).toBe('1 story matches in headlines and summaries.');
    await pause(SEARCHING_NOTICE_MS + 50);
    expect(screen.getByRole('status').textContent).toBe(
      '1 story matches in headlines and summaries. Searching the full text of every story…',
    );
    // The server's results stay until the full-text ones replace them.
    expect(screen.getByRole('link', { name: SERVER_HIT.title })).toBeTruthy();
    answer([storyData(1)]);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('1 story matches in headlines, summaries and full text.'),
    );
  });

  it('searches a submitted query at once, in place, unless full-text search has failed', async () => {
    const root = mount();
    const { load, calls } = fakePagefind(() => [storyData(1)]);
    enhance(root, load);
    box().value = 'Pyongyang';
    const form = screen.getByRole('search');
    expect(fireEvent.submit(form)).toBe(false); // default prevented: no page load
    await waitFor(() => expect(calls.searches).toEqual(['Pyongyang']));
    // Submitting what is already shown searches nothing again.
    fireEvent.submit(form);
    await pause(TYPING_PAUSE_MS + 50);
    expect(calls.searches).toEqual(['Pyongyang']);

    const failing = mount();
    enhance(
      failing,
      vi.fn<LoadPagefind>(async () => {
        throw new Error('offline');
      }),
    );
    type('harbour');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Press Search/));
    expect(fireEvent.submit(screen.getByRole('search'))).toBe(true); // the browser asks the server
  });

  it('keeps the server’s results and summary when Pagefind cannot load, or is not Pagefind', async () => {
    for (const load of [
      vi.fn<LoadPagefind>(async () => {
        throw new Error('404');
      }),
      vi.fn<LoadPagefind>(async () => ({ search: 'not a function' })),
    ]) {
      const root = mount({
        query: 'harbour',
        serverSummary: '1 story matches in headlines and summaries.',
        hits: [SERVER_HIT],
      });
      enhance(root, load);
      await waitFor(() => expect(load).toHaveBeenCalled());
      await pause(SEARCHING_NOTICE_MS + 50);
      expect(screen.getByRole('status').textContent).toBe('1 story matches in headlines and summaries.');
      expect(screen.getByRole('link', { name: SERVER_HIT.title }).getAttribute('href')).toBe(SERVER_HIT.url);
      expect(isHidden(screen.getByText('With JavaScript on, search also covers the full text of every story.'))).toBe(
        false,
      );
    }
  });

  it('shows no result whose data is not what the index holds', async () => {
    const root = mount({ query: 'x', serverSummary: '' });
    const { load } = fakePagefind(() => [
      { ...storyData(1), url: 'javascript:alert(1)' },
      { ...storyData(2), url: '//elsewhere.example/story' },
      { url: '/world/no-meta', excerpt: '' },
      'not an object',
      storyData(3),
    ]);
    enhance(root, load);
    await waitFor(() => expect(within(results('x')).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Story 3' })).toBeTruthy();
  });

  it('leaves markup it does not know alone', () => {
    const { load } = fakePagefind(() => []);
    const root = document.createElement('div');
    root.innerHTML = '<form data-search="form"><input data-search="box" value="x"></form>';
    expect(() => enhance(root, load)).not.toThrow();
    expect(load).not.toHaveBeenCalled();
  });
});

describe('full-text search with a delta', () => {
  /**
   * A stand-in for pagefind.js with a main index and a delta, whose results are named as Pagefind
   * names records (`id`); the delta's results come only once it has been merged.
   */
  function pagefindWithDelta(main: [string, unknown][], delta: [string, unknown][]) {
    const calls = { merged: [] as string[], fragments: 0 };
    const pagefind = {
      mergeIndex: async (path: string) => {
        calls.merged.push(path);
      },
      search: async () => ({
        results: [...main, ...(calls.merged.length > 0 ? delta : [])].map(([id, data]) => ({
          id,
          data: async () => {
            calls.fragments++;
            return data;
          },
        })),
      }),
    };
    return { load: vi.fn<LoadPagefind>(async () => pagefind), calls };
  }

  const edited = { ...storyData(2), meta: { ...storyData(2).meta, title: 'Story 2, edited' } };
  const index = () =>
    pagefindWithDelta(
      [
        ['en_kept', storyData(1)],
        ['en_old', storyData(2)],
        ['en_gone', storyData(3)],
      ],
      [
        ['en_new', storyData(4)],
        ['en_edited', edited],
      ],
    );

  it('merges the delta, and drops the main index’s superseded records before counting or fetching them', async () => {
    const root = mount({ query: 'harbour', serverSummary: 'No headlines or summaries match.' });
    const { load, calls } = index();
    const loadDelta = vi.fn<LoadDelta>(async () => ({
      records: 2,
      pages: ['en_old', 'en_gone'],
      urls: ['/world/story-2', '/world/story-3'],
    }));
    enhance(root, load, loadDelta);
    const region = results('harbour');
    await waitFor(() =>
      expect(within(region).getByRole('status').textContent).toBe(
        '3 stories match in headlines, summaries and full text.',
      ),
    );
    expect(calls.merged).toEqual(['/pagefind/delta/']);
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Story 1', 'Story 4', 'Story 2, edited']);
    expect(calls.fragments).toBe(3);
    expect(loadDelta).toHaveBeenCalledTimes(1);
  });

  it('searches the main index alone when the delta is empty, or missing (a bundle older than deltas)', async () => {
    for (const delta of [{ records: 0, pages: [], urls: [] }, undefined]) {
      const root = mount({ query: 'harbour', serverSummary: 'No headlines or summaries match.' });
      const { load, calls } = index();
      enhance(root, load, async () => delta);
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('3 stories match in headlines, summaries and full text.'),
      );
      expect(calls.merged).toEqual([]);
      expect(screen.getAllByRole('link').map((a) => a.textContent)).toContain('Story 3');
    }
  });

  it('drops records taken down without merging anything when the delta has no records of its own', async () => {
    const root = mount({ query: 'harbour', serverSummary: 'No headlines or summaries match.' });
    const { load, calls } = index();
    enhance(root, load, async () => ({ records: 0, pages: ['en_gone'], urls: ['/world/story-3'] }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('2 stories match in headlines, summaries and full text.'),
    );
    expect(calls.merged).toEqual([]);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Story 1', 'Story 2']);
  });

  it('keeps the server’s results when the delta cannot be read or is not a list, rather than show superseded stories', async () => {
    for (const loadDelta of [
      vi.fn<LoadDelta>(async () => {
        throw new Error('503');
      }),
      vi.fn<LoadDelta>(async () => ({ records: 1, pages: 'en_old', urls: [] })),
    ]) {
      const root = mount({
        query: 'harbour',
        serverSummary: '1 story matches in headlines and summaries.',
        hits: [SERVER_HIT],
      });
      const { load, calls } = index();
      enhance(root, load, loadDelta);
      await waitFor(() => expect(loadDelta).toHaveBeenCalled());
      await pause(SEARCHING_NOTICE_MS + 50);
      expect(screen.getByRole('status').textContent).toBe('1 story matches in headlines and summaries.');
      expect(screen.getByRole('link', { name: SERVER_HIT.title })).toBeTruthy();
      expect(calls.fragments).toBe(0);
    }
  });
});
