// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pagination } from '@/components/layout/pagination';

afterEach(cleanup);

function links() {
  const nav = screen.getByRole('navigation', { name: 'Pages' });
  return within(nav)
    .getAllByRole('link')
    .map((l) => [l.textContent, l.getAttribute('href')]);
}

describe('Pagination', () => {
  it('renders nothing for a listing that fits on one page', () => {
    const { container } = render(<Pagination basePath="/world" page={1} totalPages={1} />);
    expect(container.innerHTML).toBe('');
  });

  it('says which page of how many, in a navigation named "Pages"', () => {
    render(<Pagination basePath="/world" page={2} totalPages={3} />);
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toContain('Page 2 of 3');
  });

  it('links previous, every page and next; page 1 is the listing’s own address', () => {
    render(<Pagination basePath="/world" page={2} totalPages={3} />);
    expect(links()).toEqual([
      ['←\u00a0Previous', '/world'],
      ['1', '/world'],
      ['2', '/world/page/2'],
      ['3', '/world/page/3'],
      ['Next\u00a0→', '/world/page/3'],
    ]);
    expect(screen.getByRole('link', { name: /Previous/ }).getAttribute('rel')).toBe('prev');
    expect(screen.getByRole('link', { name: /Next/ }).getAttribute('rel')).toBe('next');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    render(<Pagination basePath="/tags/climate" page={1} totalPages={2} />);
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull();
    cleanup();
    render(<Pagination basePath="/tags/climate" page={2} totalPages={2} />);
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull();
  });

  it('marks the current page and names page links "Page N"', () => {
    render(<Pagination basePath="/world" page={2} totalPages={3} />);
    const current = screen.getByRole('link', { name: 'Page 2' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Page 3' }).hasAttribute('aria-current')).toBe(false);
  });

  it('links a bounded window of pages with gaps on a long listing', () => {
    render(<Pagination basePath="/world" page={50} totalPages={100} />);
    expect(links().map(([text]) => text)).toEqual([
      '←\u00a0Previous',
      '1',
      '48',
      '49',
      '50',
      '51',
      '52',
      '100',
      'Next\u00a0→',
    ]);
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toContain('…');
  });
});
