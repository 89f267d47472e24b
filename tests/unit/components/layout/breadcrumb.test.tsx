// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Breadcrumb } from '@/components/layout/breadcrumb';

afterEach(cleanup);

const items = [
  { name: 'Home', href: '/' },
  { name: 'World', href: '/world' },
  { name: 'A headline', href: '/world/a-headline' },
];

describe('Breadcrumb', () => {
  it('is a named navigation landmark with an ordered list of links', () => {
    render(<Breadcrumb items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['World', '/world'],
      ['A headline', '/world/a-headline'],
    ]);
    expect(within(nav).getByRole('list').tagName).toBe('OL');
  });

  it('marks only the last item as the current page', () => {
    render(<Breadcrumb items={items} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-current'))).toEqual([null, null, 'page']);
  });

  it('separates items with » hidden from assistive technology', () => {
    const { container } = render(<Breadcrumb items={items} />);
    const separators = container.querySelectorAll('[aria-hidden="true"]');
    expect([...separators].map((s) => s.textContent)).toEqual(['»', '»']);
    expect(container.textContent).toBe('Home»World»A headline');
  });
});
