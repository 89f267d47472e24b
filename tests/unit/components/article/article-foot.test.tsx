// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RelatedArticles } from '@/components/article/related-articles';
import { SectionNeighbours } from '@/components/article/section-neighbours';
import { getSection } from '@/lib/config/sections';
import { makeArticle } from '../../../fixtures/articles';

afterEach(cleanup);

const world = getSection('world');
if (!world) throw new Error('no world section');
const older = makeArticle({ slug: 'older', title: 'The older story' });
const newer = makeArticle({ slug: 'newer', title: 'The newer story' });

describe('RelatedArticles', () => {
  it('is a region named by its h2, with a linked h3 headline per story', () => {
    render(<RelatedArticles articles={[newer, older]} authorNames={{}} />);
    const region = screen.getByRole('region', { name: 'Related stories' });
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => within(h).getByRole('link').getAttribute('href')),
    ).toEqual(['/world/newer', '/world/older']);
  });

  it('renders nothing when there is nothing related', () => {
    const { container } = render(<RelatedArticles articles={[]} authorNames={{}} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('SectionNeighbours', () => {
  it('links the previous and next stories in a navigation named after the section', () => {
    render(<SectionNeighbours section={world} previous={older} next={newer} />);
    const nav = screen.getByRole('navigation', { name: 'More in World' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('href'), l.getAttribute('rel'), l.textContent])).toEqual([
      ['/world/older', 'prev', '← Previous in WorldThe older story'],
      ['/world/newer', 'next', 'Next in World →The newer story'],
    ]);
  });

  it('shows only the side that exists, and nothing when neither does', () => {
    render(<SectionNeighbours section={world} previous={older} next={undefined} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    cleanup();
    const { container } = render(<SectionNeighbours section={world} previous={undefined} next={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
