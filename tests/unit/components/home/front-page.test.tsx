// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FrontPage } from '@/components/home/front-page';
import { selectFrontPage, selectPublished } from '@/lib/content/articles';
import { makeArticle, makeLiveBlog } from '../../../fixtures/articles';

afterEach(cleanup);

const now = new Date('2026-06-01T00:00:00Z');
const articles = selectPublished(
  Array.from({ length: 12 }, (_, i) =>
    makeArticle({
      slug: `story-${i}`,
      section: (['world', 'business', 'sport'] as const)[i % 3],
      publishedAt: new Date(Date.UTC(2026, 4, 20 - i)).toISOString(),
    }),
  ),
  { now },
);
const front = selectFrontPage(articles, { topStories: 2, perSection: 2, latest: 3 });

function renderFront() {
  return render(<FrontPage front={front} authorNames={{ 'world-desk': 'World Desk' }} siteName="The Meridian" />);
}

describe('FrontPage', () => {
  it('has exactly one h1 and headings in order: h2 for each part, h3 for each story', () => {
    const { container } = renderFront();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'The Meridian: the latest news',
    ]);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('leads with the newest story, its hero loaded eagerly', () => {
    renderFront();
    const lead = screen.getByRole('region', { name: 'Lead story' });
    expect(within(lead).getByRole('link').getAttribute('href')).toBe('/world/story-0');
    expect(lead.querySelector('img')?.getAttribute('loading')).not.toBe('lazy');
  });

  it('shows top stories, a block per section linking the section, and the latest list', () => {
    renderFront();
    const top = screen.getByRole('region', { name: 'Top stories' });
    expect(
      within(top)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Headline for story-1', 'Headline for story-2']);
    for (const [name, href] of [
      ['World', '/world'],
      ['Business', '/business'],
      ['Sport', '/sport'],
    ] as const) {
      const block = screen.getByRole('region', { name });
      expect(
        within(block)
          .getByRole('link', { name: `More ${name.toLowerCase()}` })
          .getAttribute('href'),
      ).toBe(href);
      expect(within(block).getAllByRole('article')).toHaveLength(2);
    }
    const latest = screen.getByRole('region', { name: 'Latest' });
    expect(within(latest).getAllByRole('article')).toHaveLength(3);
  });

  it('gives every card a headline link, standfirst, byline, date and an empty-alt thumbnail', () => {
    renderFront();
    for (const card of screen.getAllByRole('article')) {
      expect(within(card).getAllByRole('link')).toHaveLength(1);
      expect(card.textContent).toMatch(/Standfirst for story-\d+\./);
      expect(card.textContent).toContain('World Desk');
      expect(card.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-05-/);
      expect(card.querySelector('img')?.getAttribute('alt')).toBe('');
    }
  });

  it('labels a running live blog "Live" wherever it appears: lead, section block, latest', () => {
    const sizes = { topStories: 2, perSection: 2, latest: 3 };
    const leading = makeLiveBlog({ slug: 'storm-live', publishedAt: '2026-05-25T00:00:00.000Z' });
    render(
      <FrontPage front={selectFrontPage([leading, ...articles], sizes)} authorNames={{}} siteName="The Meridian" />,
    );
    expect(screen.getAllByText('Live')).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'Lead story' })).getByText('Live')).toBeTruthy();
    cleanup();

    // Fourth newest: below the top stories, so in the World block and first in "Latest".
    const fourth = makeLiveBlog({ slug: 'storm-live', publishedAt: '2026-05-17T12:00:00.000Z' });
    const front = selectFrontPage(selectPublished([fourth, ...articles], { now }), sizes);
    render(<FrontPage front={front} authorNames={{}} siteName="The Meridian" />);
    for (const name of ['World', 'Latest']) {
      const labelled = within(screen.getByRole('region', { name }))
        .getAllByText('Live')
        .map((label) => label.closest('article')?.querySelector('a')?.getAttribute('href'));
      expect(labelled, name).toEqual(['/world/storm-live']);
    }
    expect(screen.getAllByText('Live')).toHaveLength(2);
  });

  it('says so when nothing is published, still with an h1', () => {
    render(
      <FrontPage
        front={selectFrontPage([], { topStories: 2, perSection: 2, latest: 3 })}
        authorNames={{}}
        siteName="The Meridian"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The Meridian');
    expect(screen.getByText('No stories have been published yet.')).toBeTruthy();
  });
});
