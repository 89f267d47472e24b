// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '@/components/article/article-header';

afterEach(cleanup);

const article = {
  title: 'Harbour district to close to cars',
  standfirst: 'Councillors approved the plan.',
  publishedAt: '2024-11-14T15:00:00.000Z',
  modifiedAt: '2024-11-14T15:00:00.000Z',
  readingTimeMinutes: 3,
};
const author = { name: 'World Desk', url: '/authors/world-desk' };

describe('ArticleHeader', () => {
  it('makes the headline the only h1 and shows the standfirst', () => {
    render(<ArticleHeader article={article} author={author} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([article.title]);
    expect(screen.getByText(article.standfirst).tagName).toBe('P');
  });

  it('has a byline linking the author page', () => {
    render(<ArticleHeader article={article} author={author} />);
    const link = screen.getByRole('link', { name: 'World Desk' });
    expect(link.getAttribute('href')).toBe('/authors/world-desk');
    expect(link.closest('p')?.textContent).toBe('By World Desk');
  });

  it('gives the published date in a machine-readable time element', () => {
    const { container } = render(<ArticleHeader article={article} author={author} />);
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(1);
    expect(times[0]?.getAttribute('datetime')).toBe(article.publishedAt);
    expect(times[0]?.textContent).toBe('14 November 2024, 10:00 EST');
    expect(screen.getByText('3 min read')).toBeTruthy();
  });

  it('shows "Updated" with its own time element when the article was updated or corrected', () => {
    const updated = { ...article, modifiedAt: '2024-11-15T12:30:00.000Z' };
    const { container } = render(<ArticleHeader article={updated} author={author} />);
    const times = [...container.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual([article.publishedAt, updated.modifiedAt]);
    expect(times[1]?.parentElement?.textContent).toBe('Updated 15 November 2024, 07:30 EST');
  });
});
