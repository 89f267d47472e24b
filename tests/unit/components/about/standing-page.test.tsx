// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StandingPage } from '@/components/about/standing-page';
import { standingPageBreadcrumb } from '@/lib/content/breadcrumbs';
import type { StandingPageView } from '@/lib/content/standing-page-view';
import { newsroomContacts } from '@/lib/config/standing-pages';
import { compileMdx } from '@/lib/mdx/compile';
import { standingPageGraph } from '@/lib/seo/structured-data';

afterEach(cleanup);

function view(slug: string, overrides: Partial<StandingPageView> = {}): StandingPageView {
  const page = {
    slug,
    url: slug === 'about' ? '/about' : `/about/${slug}`,
    title: slug === 'contact' ? 'Contact The Meridian' : 'Ethics and standards',
    standfirst: 'The rules every journalist works by, and what happens when someone breaks them.',
    updatedAt: '2026-10-14T14:00:00.000Z',
    draft: false,
  };
  const present = { pages: new Set(['about', 'contact', 'ethics']), masthead: true };
  return {
    page,
    status: 'published',
    bodyCode: compileMdx('## Independence\n\nWe decide what to cover. Read [the log](/corrections).'),
    embeds: [],
    breadcrumb: standingPageBreadcrumb(page),
    present,
    contacts: [],
    ...overrides,
  };
}

function draw(v: StandingPageView) {
  return render(
    <StandingPage view={v} jsonLd={standingPageGraph(v.page, v.breadcrumb, v.present)} embedSrc={undefined} />,
  );
}

describe('StandingPage', () => {
  it('shows the breadcrumb, the headline, the standfirst, when it last changed and the body', () => {
    const { container } = draw(view('ethics'));
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(crumbs.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['About us', '/about'],
      ['Ethics and standards', '/about/ethics'],
    ]);
    expect(crumbs.at(-1)?.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ethics and standards');
    const updated = container.querySelector('time');
    expect(updated?.parentElement?.textContent).toBe('Last updated 14 October 2026');
    expect(updated?.getAttribute('datetime')).toBe('2026-10-14T14:00:00.000Z');
    expect(screen.getByRole('heading', { level: 2, name: 'Independence' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'the log' }).getAttribute('href')).toBe('/corrections');
    expect(container.querySelector('script[type="application/ld+json"]')?.textContent).toContain('"@type":"WebPage"');
  });

  it('lists the newsroom’s addresses on the contact page', () => {
    draw(view('contact', { contacts: newsroomContacts }));
    const box = screen.getByRole('region', { name: 'Email us' });
    expect(
      within(box)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(newsroomContacts.map((c) => `mailto:${c.email}`));
  });

  it('says plainly that a draft is not published (editors only ever see one)', () => {
    draw(view('ethics', { status: 'draft' }));
    expect(screen.getByRole('status').textContent).toContain('Draft');
  });
});
