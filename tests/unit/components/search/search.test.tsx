// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { FullTextSearch } from '@/components/search/full-text-search';
import { SearchForm } from '@/components/search/search-form';
import { SearchResultList } from '@/components/search/search-result-list';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

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

/**
 * The server's HTML of `node` in the document, as a browser parses it (React in the browser would
 * warn about the script, which never runs there: only the server renders it). Scripts are left out.
 */
function renderServerHtml(node: ReactElement): void {
  const template = document.createElement('template');
  template.innerHTML = renderToStaticMarkup(node);
  for (const script of template.content.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(template.content);
}

describe('FullTextSearch', () => {
  const props = {
    query: 'harbour',
    serverSummary: '1 story matches in headlines and summaries.',
    hits: [hit],
    src: '/enhance/full-text-search.0123abcd.js',
  };

  it('is, without JavaScript, the form and the server’s results under “Results for” with one status', () => {
    renderServerHtml(<FullTextSearch {...props} />);
    expect(screen.getByRole('searchbox', { name: 'Search stories' })).toHaveProperty('value', 'harbour');
    const region = screen.getByRole('region', { name: 'Results for “harbour”' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Results for “harbour”');
    expect(within(region).getByRole('status').textContent).toBe('1 story matches in headlines and summaries.');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(
      within(region).getByText('With JavaScript on, search also covers the full text of every story.'),
    ).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Biden hosts leaders' }).getAttribute('href')).toBe(
      '/world/summit',
    );
    // The prototype the module copies and its button are hidden until it runs.
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
    expect(screen.queryByText(/Search every story by words/)?.closest('[hidden]')).not.toBeNull();
  });

  it('without a query shows the invitation to search and no results section', () => {
    renderServerHtml(<FullTextSearch {...props} query="" serverSummary="" hits={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByText(/Search every story by words/).closest('[hidden]')).toBeNull();
    expect(screen.getByRole('link', { name: 'all topics' }).getAttribute('href')).toBe('/tags');
  });

  it('loads its enhancement module as the HTML rewriter expects it', () => {
    const html = renderToStaticMarkup(<FullTextSearch {...props} />);
    expect(html).toContain(
      '<script type="module" src="/enhance/full-text-search.0123abcd.js" data-enhancement="full-text-search"></script>',
    );
  });
});
