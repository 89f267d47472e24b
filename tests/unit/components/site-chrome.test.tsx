// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { sections } from '@/lib/sections';

afterEach(cleanup);

describe('SiteHeader', () => {
  it('starts with a skip link to the main content', () => {
    const { container } = render(<SiteHeader />);
    const first = container.querySelector('a');
    expect(first?.textContent).toBe('Skip to main content');
    expect(first?.getAttribute('href')).toBe('#main');
  });

  it('links the site name home and every section in a named navigation', () => {
    render(<SiteHeader />);
    expect(screen.getByRole('link', { name: 'The Meridian' }).getAttribute('href')).toBe('/');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(
      sections.map((s) => `/${s.slug}`),
    );
  });
});

describe('SiteFooter', () => {
  it('carries the copyright line for the given year', () => {
    render(<SiteFooter year={2026} />);
    expect(screen.getByRole('contentinfo').textContent).toContain('© 2026 Meridian News. All rights reserved.');
  });
});
