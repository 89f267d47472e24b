// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TagIndex } from '@/components/listing/tag-index';
import { TagListing } from '@/components/listing/tag-listing';
import type { HubFront } from '@/lib/content/listings';
import { paginate } from '@/lib/content/pagination';
import type { TopicHub } from '@/lib/content/topic-hubs';
import { compileMdx } from '@/lib/mdx/compile';
import { makeArticle } from '../../../fixtures/articles';

afterEach(cleanup);

const hub: TopicHub = {
  tag: 'climate',
  title: 'Climate: water, drought and the coast',
  standfirst: 'How a drier climate is changing life around Lake Orrin and Kestrel Bay.',
  hero: {
    src: '/images/2025/lake-orrin-treaty.jpg',
    alt: 'Illustration of a lake drawn as contour rings',
    caption: 'Lake Orrin has fallen by 1.4 metres.',
    credit: 'Illustration: The Meridian',
    width: 1600,
    height: 900,
  },
  pinned: ['/world/treaty', '/science/replanting'],
};
const pinned = [makeArticle({ slug: 'treaty' }), makeArticle({ slug: 'replanting', section: 'science' })];
const listed = [makeArticle({ slug: 'milk-prices' }), makeArticle({ slug: 'seagrass-map' })];

function page(n: number) {
  const p = paginate(listed, n, 1);
  if (!p) throw new Error(`no page ${n}`);
  return p;
}

const front: HubFront = {
  hub,
  pinned,
  introductionCode: compileMdx('The climate story we cover is about **water**.'),
};

describe('TagListing with a topic hub, first page', () => {
  it('shows title, standfirst, hero, introduction and the pinned stories, then the list', () => {
    render(<TagListing tag="climate" hub={hub} hubFront={front} page={page(1)} authorNames={{}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hub.title);
    expect(screen.getByText(hub.standfirst)).toBeTruthy();
    expect(screen.getByRole('img', { name: hub.hero?.alt }).getAttribute('alt')).toBe(hub.hero?.alt);
    expect(screen.getByText('Lake Orrin has fallen by 1.4 metres.')).toBeTruthy();
    expect(screen.getByText('water').tagName).toBe('STRONG');

    const pinnedSection = screen.getByRole('region', { name: 'Essential reading' });
    expect(
      within(pinnedSection)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Headline for treaty', 'Headline for replanting']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Essential reading',
      'Latest',
    ]);

    // Pinned stories come first in the document, the list after them.
    const headlines = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headlines).toEqual(['Headline for treaty', 'Headline for replanting', 'Headline for milk-prices']);
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('href')).toBe('/tags/climate/page/2');
  });

  it('leaves out what the hub does not have: hero, introduction, pinned stories', () => {
    const { hero: _hero, ...bare } = hub;
    render(
      <TagListing
        tag="climate"
        hub={bare}
        hubFront={{ hub: bare, pinned: [], introductionCode: undefined }}
        page={page(1)}
        authorNames={{}}
      />,
    );
    expect(screen.queryByRole('img', { name: hub.hero?.alt })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Essential reading' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Latest']);
  });
});

describe('TagListing with a topic hub, later pages', () => {
  it('is a plain listing page under the hub’s title', () => {
    render(<TagListing tag="climate" hub={hub} page={page(2)} authorNames={{}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hub.title);
    expect(screen.queryByText(hub.standfirst)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Essential reading' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Headline for seagrass-map',
    ]);
  });
});

describe('TagIndex with topic hubs', () => {
  it('lists the topics with a hub first, as guides, and every topic after them', () => {
    render(
      <TagIndex
        tags={[
          { tag: 'climate', count: 4, hub: { title: hub.title, standfirst: hub.standfirst } },
          { tag: 'diplomacy', count: 2 },
        ]}
      />,
    );
    const guides = screen.getByRole('region', { name: 'Topic guides' });
    expect(
      within(guides)
        .getAllByRole('link')
        .map((l) => [l.getAttribute('href'), l.textContent]),
    ).toEqual([['/tags/climate', hub.title]]);
    expect(within(guides).getByText(hub.standfirst)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Topic guides',
      'All topics',
    ]);
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([
      '/tags/climate',
      '/tags/climate',
      '/tags/diplomacy',
    ]);
  });
});
