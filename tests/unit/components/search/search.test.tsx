// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FullTextSearch } from '@/components/search/full-text-search';
import { SearchForm } from '@/components/search/search-form';
import { SearchResultList } from '@/components/search/search-result-list';

afterEach(cleanup);

const hit = {
  url: '/world/summit',
  title: 'Biden hosts leaders',
  section: 'World',
  published: '2024-11-14T15:00:00.000Z',
  date: '14 November 2024',
  excerpt: [
    { text: 'after ', marked: false },
    { text: 'Pyongyang’s', marked: true },
    { text: ' tests', marked: false },
  ],
};

describe('SearchForm', () => {
  it('is a search landmark that GETs /search with a labelled q box', () => {
    const { container } = render(<SearchForm query="harbour" />);
    const form = screen.getByRole('search');
    expect(form.getAttribute('action')).toBe('/search');
    expect(form.getAttribute('method')).toBe('get');
    const box = screen.getByRole('searchbox', { name: 'Search stories' });
    expect(box.getAttribute('name')).toBe('q');
    expect(box).toHaveProperty('value', 'harbour');
    expect(within(form).getByRole('button', { name: 'Search' }).getAttribute('type')).toBe('submit');
    expect(container.querySelectorAll('form')).toHaveLength(1);
  });
});

describe('SearchResultList', () => {
  it('shows each result’s linked headline, section, date and excerpt with the match marked', () => {
    const { container } = render(<SearchResultList hits={[hit]} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toBe('Biden hosts leaders');
    expect(within(item).getByRole('link').getAttribute('href')).toBe('/world/summit');
    expect(item.textContent).toContain('World · 14 November 2024');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(hit.published);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Pyongyang’s']);
    expect(item.textContent).toContain('after Pyongyang’s tests');
  });
});

describe('FullTextSearch', () => {
  it('keeps the server’s results and summary when the full-text index cannot load', async () => {
    render(
      <FullTextSearch query="harbour" serverSummary="1 story matches in headlines and summaries.">
        <SearchResultList hits={[hit]} />
      </FullTextSearch>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Results for “harbour”');
    expect(screen.getByRole('status').textContent).toContain('Searching the full text of every story…');
    // happy-dom has no /pagefind/pagefind.js to import: the search fails and the server's results stay.
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('1 story matches in headlines and summaries.'),
    );
    expect(screen.getByRole('link', { name: 'Biden hosts leaders' })).toBeTruthy();
  });
});
