// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/article/article-card';
import { ArticleList } from '@/components/article/article-list';
import { makeArticle, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

afterEach(cleanup);

const article = makeArticle({
  slug: 'harbour-vote',
  section: 'politics',
  title: 'Kestrel Bay votes to pedestrianise its harbour',
  standfirst: 'Councillors approved the plan.',
  publishedAt: '2026-05-12T13:00:00.000Z',
  hero: { src: '/images/2026/harbour.jpg', alt: 'A harbour street', width: 1600, height: 900 },
});

/** The widths offered in the image's srcset. */
function srcsetWidths(img: Element): number[] {
  return (img.getAttribute('srcset') ?? '').split(', ').map((entry) => Number(/[?&]w=(\d+)/.exec(entry)?.[1]));
}

describe('ArticleCard', () => {
  it('shows section, linked headline, standfirst, byline and a machine-readable date', () => {
    const { container } = render(<ArticleCard article={article} authorName="World Desk" />);
    const card = screen.getByRole('article');
    expect(within(card).getByText('Politics')).toBeTruthy();
    const heading = within(card).getByRole('heading', { level: 2 });
    expect(within(heading).getByRole('link').getAttribute('href')).toBe('/politics/harbour-vote');
    expect(heading.textContent).toBe(article.title);
    expect(within(card).getByText(article.standfirst)).toBeTruthy();
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(article.publishedAt);
    expect(card.textContent).toContain('World Desk · 12 May 2026');
  });

  it('has a decorative thumbnail (empty alt): the headline link names the story', () => {
    const { container } = render(<ArticleCard article={article} authorName="World Desk" />);
    const img = container.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('asks for a fixed-width thumbnail at 1x and 2x of its shown width, never the full-size hero', () => {
    for (const variant of ['row', 'compact'] as const) {
      const { container } = render(<ArticleCard article={article} authorName="X" variant={variant} />);
      const img = container.querySelector('img');
      if (!img) throw new Error('no image');
      expect(img.hasAttribute('sizes'), variant).toBe(false);
      expect(
        (img.getAttribute('srcset') ?? '').split(', ').map((e) => e.split(' ')[1]),
        variant,
      ).toEqual(['1x', '2x']);
      // The 2x candidate is rounded up to a configured width; still a fraction of the 1600 px hero.
      expect(Math.max(...srcsetWidths(img)), variant).toBeLessThan(400);
      cleanup();
    }
  });

  it('gives responsive cards a sizes attribute that matches their layout', () => {
    const { container } = render(<ArticleCard article={article} authorName="X" variant="tile" />);
    expect(container.querySelector('img')?.getAttribute('sizes')).toBe(
      '(min-width: 72rem) 15rem, (min-width: 64rem) 20vw, (min-width: 40rem) 31vw, 7rem',
    );
    cleanup();
    const lead = render(<ArticleCard article={article} authorName="X" variant="lead" preload />);
    const img = lead.container.querySelector('img');
    expect(img?.getAttribute('sizes')).toContain('100vw');
    expect(img?.getAttribute('loading')).not.toBe('lazy');
  });

  it('uses the heading level it is given and can leave out the standfirst', () => {
    render(<ArticleCard article={article} authorName="X" headingLevel={3} hideStandfirst />);
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    expect(screen.queryByText(article.standfirst)).toBeNull();
  });
});

describe('ArticleList', () => {
  it('lists cards in the given order with bylines from the author names', () => {
    const a = makeArticle({ slug: 'a', authorSlug: 'ann' });
    const b = makeArticle({ slug: 'b', authorSlug: 'unknown-author' });
    render(<ArticleList articles={[a, b]} authorNames={{ ann: 'Ann Author' }} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').getAttribute('href'))).toEqual(['/world/a', '/world/b']);
    expect(items[0]?.textContent).toContain('Ann Author');
    expect(items[1]?.textContent).toContain('unknown-author');
  });
});

describe('the "Live" label', () => {
  const entries = [makeLiveEntry({ id: 'latest', publishedAt: '2026-05-12T14:00:00.000Z' })];
  const running = makeLiveBlog({ slug: 'storm-live', section: 'world', title: 'Storm: the latest' }, { entries });
  const ended = makeLiveBlog(
    { slug: 'storm-live', section: 'world', title: 'Storm: the latest' },
    { status: 'ended', endedAt: '2026-05-12T18:00:00.000Z', entries },
  );

  it('says "Live" in words, before the section name, on a running live blog in every variant', () => {
    for (const variant of ['lead', 'row', 'tile', 'compact'] as const) {
      render(<ArticleCard article={running} authorName="World Desk" variant={variant} />);
      const card = screen.getByRole('article');
      const label = within(card).getByText('Live');
      expect(label.parentElement?.textContent, variant).toBe('Live World');
      // Text on the accent colour, not a coloured dot: readable whatever the reader perceives of colour.
      expect(label.className, variant).toContain('bg-accent');
      expect(label.className, variant).toContain('text-paper');
      // The headline is the link's name; the label does not change it.
      expect(within(card).getByRole('link').textContent, variant).toBe('Storm: the latest');
      cleanup();
    }
  });

  it('is gone once the coverage has ended, and never on an ordinary story', () => {
    render(<ArticleCard article={ended} authorName="World Desk" />);
    expect(screen.queryByText('Live')).toBeNull();
    expect(screen.getByText('World')).toBeTruthy();
    cleanup();
    render(<ArticleCard article={article} authorName="World Desk" />);
    expect(screen.queryByText('Live')).toBeNull();
  });

  it('shows in a list of cards on the running blog alone', () => {
    render(
      <ArticleList articles={[running, article, { ...ended, slug: 'other', url: '/world/other' }]} authorNames={{}} />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => within(li).queryByText('Live') !== null)).toEqual([true, false, false]);
  });
});
