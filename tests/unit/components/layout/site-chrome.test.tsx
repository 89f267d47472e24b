// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteChrome } from '@/components/layout/site-chrome';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { sections } from '@/lib/config/sections';

afterEach(cleanup);

const sectionHrefs = sections.map((s) => `/${s.slug}`);

/** The header renders the section links twice: a bar for wide screens, a <details> menu for narrow ones. */
function sectionNavs(container: HTMLElement): { bar: HTMLElement; menu: HTMLElement } {
  const navs = [...container.querySelectorAll<HTMLElement>('nav[aria-label="Sections"]')];
  const menu = navs.find((n) => n.closest('details'));
  const bar = navs.find((n) => !n.closest('details'));
  if (!menu || !bar || navs.length !== 2) throw new Error(`expected a bar and a menu, found ${navs.length} navs`);
  return { bar, menu };
}

describe('SiteHeader', () => {
  it('starts with a skip link to the main content', () => {
    const { container } = render(<SiteHeader />);
    const first = container.querySelector('a');
    expect(first?.textContent).toBe('Skip to main content');
    expect(first?.getAttribute('href')).toBe('#main');
  });

  it('links the site name home, the search page and every section in named navigations', () => {
    const { container } = render(<SiteHeader />);
    expect(screen.getByRole('link', { name: 'The Meridian' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: 'Search' }).getAttribute('href')).toBe('/search');
    const { bar, menu } = sectionNavs(container);
    for (const nav of [bar, menu]) {
      expect(
        within(nav)
          .getAllByRole('link')
          .map((l) => l.getAttribute('href')),
      ).toEqual(sectionHrefs);
    }
  });

  it('folds the sections into a <details> menu opened by a "Menu" summary, so it works without JavaScript', () => {
    const { container } = render(<SiteHeader />);
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    const summary = details?.querySelector(':scope > summary');
    expect(summary?.textContent).toBe('Menu');
    expect(sectionNavs(container).menu.parentElement).toBe(details);
  });

  it('marks the current section, and only it, with aria-current in both navigations', () => {
    const { container } = render(<SiteHeader currentSection="business" />);
    const { bar, menu } = sectionNavs(container);
    for (const nav of [bar, menu]) {
      const current = within(nav)
        .getAllByRole('link')
        .filter((l) => l.hasAttribute('aria-current'));
      expect(current.map((l) => [l.textContent, l.getAttribute('aria-current')])).toEqual([['Business', 'true']]);
    }
  });

  it('marks no section when the page belongs to none', () => {
    const { container } = render(<SiteHeader />);
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(0);
  });
});

describe('SiteFooter', () => {
  it('carries the copyright line for the given year', () => {
    render(<SiteFooter year={2026} aboutLinks={[]} />);
    expect(screen.getByRole('contentinfo').textContent).toContain('© 2026 Meridian News. All rights reserved.');
  });

  it('links home, every section, the journalists, the topics, search and the corrections log', () => {
    render(<SiteFooter year={2026} aboutLinks={[]} />);
    const nav = screen.getByRole('navigation', { name: 'Footer' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(['/', ...sectionHrefs, '/authors', '/tags', '/search', '/corrections']);
  });
});

describe('SiteChrome', () => {
  it('puts the page in the one main landmark, focusable for the skip link, between banner and contentinfo', () => {
    const { container } = render(
      <SiteChrome currentSection="sport" aboutLinks={[]}>
        <h1>Sport</h1>
      </SiteChrome>,
    );
    const main = screen.getByRole('main');
    expect(main.id).toBe('main');
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe('Sport');
    expect([...container.children].map((c) => c.tagName)).toEqual(['HEADER', 'MAIN', 'FOOTER']);
    expect(sectionNavs(container).bar.querySelector('[aria-current="true"]')?.textContent).toBe('Sport');
  });
});
