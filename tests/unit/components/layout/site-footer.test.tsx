// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/layout/site-footer';
import { aboutGroupLinks } from '@/lib/content/standing-pages';
import { aboutLinks } from '@/lib/config/standing-pages';

afterEach(cleanup);

const everyPage = aboutGroupLinks({ pages: new Set(aboutLinks.map((l) => l.slug)), masthead: true });

describe('SiteFooter’s About group', () => {
  it('lists the standing pages that exist under a heading that names the list, in the configured order', () => {
    render(<SiteFooter year={2026} aboutLinks={everyPage} />);
    const nav = screen.getByRole('navigation', { name: 'Footer' });
    const group = within(nav).getByRole('list', { name: 'About The Meridian' });
    expect(within(nav).getByRole('heading', { name: 'About The Meridian' }).tagName).toBe('H2');
    expect(
      within(group)
        .getAllByRole('link')
        .map((l) => [l.textContent, l.getAttribute('href')]),
    ).toEqual([
      ['About us', '/about'],
      ['Contact us', '/about/contact'],
      ['Masthead', '/about/masthead'],
      ['Ethics and standards', '/about/ethics'],
      ['Corrections policy', '/about/corrections-policy'],
      ['Verification and fact-checking', '/about/verification'],
      ['Unnamed sources', '/about/unnamed-sources'],
      ['Ownership and funding', '/about/ownership-and-funding'],
      ['Diversity', '/about/diversity'],
      ['Accessibility', '/about/accessibility'],
    ]);
  });

  it('keeps the site’s other footer links before it', () => {
    render(<SiteFooter year={2026} aboutLinks={everyPage} />);
    const hrefs = within(screen.getByRole('navigation', { name: 'Footer' }))
      .getAllByRole('link')
      .map((l) => l.getAttribute('href'));
    expect(hrefs.slice(-everyPage.length - 4, -everyPage.length)).toEqual([
      '/authors',
      '/tags',
      '/search',
      '/corrections',
    ]);
  });

  it('shows only the links it is given, and no empty group when there are none', () => {
    const { unmount } = render(<SiteFooter year={2026} aboutLinks={[{ href: '/about', label: 'About us' }]} />);
    expect(within(screen.getByRole('list', { name: 'About The Meridian' })).getAllByRole('link')).toHaveLength(1);
    unmount();
    render(<SiteFooter year={2026} aboutLinks={[]} />);
    expect(screen.queryByRole('list', { name: 'About The Meridian' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'About The Meridian' })).toBeNull();
  });
});
