// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Masthead } from '@/components/listing/masthead';
import { mastheadBreadcrumb } from '@/lib/content/breadcrumbs';
import { groupByDesk, mastheadPeople } from '@/lib/content/masthead';
import { mastheadGraph } from '@/lib/seo/structured-data';
import { makeAuthor } from '../../../fixtures/articles';

afterEach(cleanup);

const desks = groupByDesk([
  makeAuthor({
    slug: 'priya-raman',
    name: 'Priya Raman',
    role: 'Technology and culture reporter',
    desk: 'technology-science',
    summary: 'Reports on the software that runs public services.',
    avatar: '/images/authors/priya-raman.jpg',
  }),
  makeAuthor({
    slug: 'margaret-osei',
    name: 'Margaret Osei',
    role: 'Editor-in-chief',
    desk: 'editors',
    summary: 'Leads the newsroom.',
  }),
]);
const breadcrumb = mastheadBreadcrumb();
const masthead = { desks, breadcrumb, present: { pages: new Set<string>(), masthead: true } };

describe('Masthead', () => {
  it('has one h1, a heading per desk in order, and each person as an h3 under their desk', () => {
    render(<Masthead masthead={masthead} jsonLd={mastheadGraph(mastheadPeople(masthead), breadcrumb)} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Masthead']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Editors',
      'Technology and science',
    ]);
    const science = screen.getByRole('region', { name: 'Technology and science' });
    expect(within(science).getByRole('heading', { level: 3 }).textContent).toBe('Priya Raman');
    expect(within(science).getByText('Technology and culture reporter')).toBeTruthy();
    expect(within(science).getByText('Reports on the software that runs public services.')).toBeTruthy();
  });

  it('links each name to their page, and each desk heading is the target of its masthead address', () => {
    render(<Masthead masthead={masthead} jsonLd={mastheadGraph(mastheadPeople(masthead), breadcrumb)} />);
    expect(screen.getByRole('link', { name: 'Margaret Osei' }).getAttribute('href')).toBe('/authors/margaret-osei');
    expect(screen.getByRole('link', { name: 'Priya Raman' }).getAttribute('href')).toBe('/authors/priya-raman');
    expect(screen.getByRole('heading', { level: 2, name: 'Technology and science' }).id).toBe('technology-science');
  });

  it('shows the breadcrumb Home » About us » Masthead and carries its JSON-LD', () => {
    render(<Masthead masthead={masthead} jsonLd={mastheadGraph(mastheadPeople(masthead), breadcrumb)} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Home', '/'],
      ['About us', '/about'],
      ['Masthead', '/about/masthead'],
    ]);
    const script = document.querySelector('script[type="application/ld+json"]');
    expect(script?.textContent).toContain('"@type":"CollectionPage"');
  });
});
