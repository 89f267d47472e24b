// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorIndex } from '@/components/listing/author-index';
import { AuthorListing } from '@/components/listing/author-listing';
import { SectionListing } from '@/components/listing/section-listing';
import { TagIndex } from '@/components/listing/tag-index';
import { TagListing } from '@/components/listing/tag-listing';
import { paginate } from '@/lib/content/pagination';
import { getSection } from '@/lib/config/sections';
import { makeArticle, makeAuthor, makeLiveBlog } from '../../../fixtures/articles';

afterEach(cleanup);

const stories = Array.from({ length: 5 }, (_, i) => makeArticle({ slug: `story-${i}` }));
const world = getSection('world');
if (!world) throw new Error('no world section');

function page(n: number, size = 2) {
  const p = paginate(stories, n, size);
  if (!p) throw new Error(`no page ${n}`);
  return p;
}

describe('SectionListing', () => {
  it('has the section name as its only h1 and the page’s stories as h2 headlines', () => {
    render(<SectionListing section={world} page={page(1)} authorNames={{}} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['World']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Headline for story-0',
      'Headline for story-1',
    ]);
  });

  it('says which page of how many and links the other pages', () => {
    render(<SectionListing section={world} page={page(2)} authorNames={{}} />);
    expect(screen.getByText('Page 2 of 3 · 5 stories')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(
      within(nav)
        .getByRole('link', { name: /Previous/ })
        .getAttribute('href'),
    ).toBe('/world');
    expect(within(nav).getByRole('link', { name: /Next/ }).getAttribute('href')).toBe('/world/page/3');
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('link').getAttribute('href'))).toEqual([
      '/world/story-2',
      '/world/story-3',
    ]);
  });

  it('has no page links when everything fits on one page, and says when the section is empty', () => {
    render(<SectionListing section={world} page={page(1, 20)} authorNames={{}} />);
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    expect(screen.getByText('5 stories')).toBeTruthy();
    cleanup();
    const empty = paginate([], 1, 20);
    if (!empty) throw new Error('no empty page');
    render(<SectionListing section={world} page={empty} authorNames={{}} />);
    expect(screen.getByText('No world stories yet.')).toBeTruthy();
  });
});

describe('TagListing', () => {
  it('names the topic in the h1 and pages under /tags/<tag>/page/N', () => {
    render(<TagListing tag="north-korea" page={page(1)} authorNames={{}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('north korea');
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('href')).toBe('/tags/north-korea/page/2');
  });
});

describe('AuthorListing', () => {
  const author = makeAuthor({
    slug: 'ann',
    name: 'Ann Author',
    role: 'Reporter',
    links: [{ label: 'Mastodon', url: 'https://example.social/@ann' }],
  });

  it('shows name, role, links and the stories under an h2, headlines as h3', () => {
    render(<AuthorListing author={author} bioCode={undefined} page={page(1)} authorNames={{}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ann Author');
    expect(screen.getByText('Reporter')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mastodon' }).getAttribute('rel')).toContain('me');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Stories by Ann Author');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('href')).toBe('/authors/ann/page/2');
  });

  it('keeps the links off later pages', () => {
    render(<AuthorListing author={author} bioCode={undefined} page={page(2)} authorNames={{}} />);
    expect(screen.queryByRole('link', { name: 'Mastodon' })).toBeNull();
  });
});

describe('TagIndex', () => {
  it('links every topic with its number of stories', () => {
    render(
      <TagIndex
        tags={[
          { tag: 'climate', count: 3 },
          { tag: 'north-korea', count: 1 },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Topics');
    const links = screen.getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('href'), l.textContent])).toEqual([
      ['/tags/climate', 'climate3 stories'],
      ['/tags/north-korea', 'north korea1 story'],
    ]);
  });
});

describe('AuthorIndex', () => {
  it('links every author by name, with role and story count, under one h1', () => {
    render(
      <AuthorIndex
        authors={[
          { author: makeAuthor({ slug: 'ann', name: 'Ann Author', avatar: '/images/ann.jpg' }), storyCount: 2 },
          { author: makeAuthor({ slug: 'bob', name: 'Bob Byline' }), storyCount: 1 },
        ]}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Ann Author' }).getAttribute('href')).toBe('/authors/ann');
    expect(screen.getByRole('link', { name: 'Bob Byline' }).getAttribute('href')).toBe('/authors/bob');
    expect(screen.getByText('2 stories')).toBeTruthy();
    expect(screen.getByText('1 story')).toBeTruthy();
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('');
  });
});

describe('live blogs in listings', () => {
  const running = makeLiveBlog({ slug: 'storm-live', tags: ['storms'], authorSlug: 'priya' });
  const ended = makeLiveBlog({ slug: 'flood-live', tags: ['storms'], authorSlug: 'priya' }, { status: 'ended' });
  const listed = paginate(
    [running, ended, makeArticle({ slug: 'plain', tags: ['storms'], authorSlug: 'priya' })],
    1,
    20,
  );
  if (!listed) throw new Error('no page');
  const author = makeAuthor({ slug: 'priya', name: 'Priya Raman' });

  /** The cards of the page that say "Live", by address. */
  function liveCards(): (string | null)[] {
    return screen
      .getAllByRole('article')
      .filter((card) => within(card).queryByText('Live') !== null)
      .map((card) => within(card).getByRole('link').getAttribute('href'));
  }

  it('label the running blog "Live" on section, tag and author pages, and nothing else', () => {
    render(<SectionListing section={world} page={listed} authorNames={{}} />);
    expect(liveCards()).toEqual(['/world/storm-live']);
    cleanup();
    render(<TagListing tag="storms" page={listed} authorNames={{}} />);
    expect(liveCards()).toEqual(['/world/storm-live']);
    cleanup();
    render(<AuthorListing author={author} bioCode={undefined} page={listed} authorNames={{}} />);
    expect(liveCards()).toEqual(['/world/storm-live']);
  });
});
