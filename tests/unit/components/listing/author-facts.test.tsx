// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorFacts } from '@/components/listing/author-facts';
import { AuthorIndex } from '@/components/listing/author-index';
import { AuthorListing } from '@/components/listing/author-listing';
import { paginate } from '@/lib/content/pagination';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

afterEach(cleanup);

const amara = makeAuthor({
  slug: 'amara-okafor',
  name: 'Amara Okafor',
  role: 'Science correspondent',
  desk: 'technology-science',
  covers: ['ocean science', 'climate', 'coastal ecology'],
  languages: ['en', 'ig', 'pt-BR'],
  email: 'amara.okafor@meridian-news.example',
  secureContact: 'Signal: +1 212 555 0162',
  links: [{ label: 'Amara Okafor on Bluesky', url: 'https://bsky.app/profile/amaraokafor.bsky.social' }],
});

/** The definition list's rows as [term, description] pairs. */
function rows(): [string, string][] {
  const list = document.querySelector('[data-author-facts]');
  if (!list) throw new Error('no facts');
  return [...list.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

describe('AuthorFacts', () => {
  it('names the desk, what they cover, their languages by name, how to reach them and their profiles', () => {
    render(<AuthorFacts author={amara} />);
    expect(rows()).toEqual([
      ['Desk', 'Technology and science'],
      ['Covers', 'ocean science, climate, and coastal ecology'],
      ['Languages', 'English, Igbo, and Brazilian Portuguese'],
      ['Email', 'amara.okafor@meridian-news.example'],
      ['Sensitive tips', 'Signal: +1 212 555 0162'],
      ['Elsewhere', 'Amara Okafor on Bluesky'],
    ]);
    expect(screen.getByRole('link', { name: 'Technology and science' }).getAttribute('href')).toBe(
      '/about/masthead#technology-science',
    );
    expect(screen.getByRole('link', { name: 'amara.okafor@meridian-news.example' }).getAttribute('href')).toBe(
      'mailto:amara.okafor@meridian-news.example',
    );
    const profile = screen.getByRole('link', { name: 'Amara Okafor on Bluesky' });
    expect(profile.getAttribute('href')).toBe('https://bsky.app/profile/amaraokafor.bsky.social');
    expect(profile.getAttribute('rel')).toContain('me');
  });

  it('leaves out the rows the author file does not fill', () => {
    render(<AuthorFacts author={makeAuthor({ slug: 'world-desk', desk: 'world' })} />);
    expect(rows()).toEqual([['Desk', 'World']]);
  });
});

describe('AuthorListing', () => {
  const stories = Array.from({ length: 3 }, (_, i) => makeArticle({ slug: `story-${i}`, authorSlug: 'amara-okafor' }));
  const page = (n: number) => {
    const p = paginate(stories, n, 2);
    if (!p) throw new Error(`no page ${n}`);
    return p;
  };

  it('shows the facts between the name and the stories on the first page', () => {
    render(<AuthorListing author={amara} bioCode={undefined} page={page(1)} authorNames={{}} />);
    const facts = document.querySelector('[data-author-facts]');
    const stories = screen.getByRole('heading', { level: 2, name: 'Stories by Amara Okafor' });
    expect(facts?.compareDocumentPosition(stories)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getByRole('heading', { level: 1 }).compareDocumentPosition(facts as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('keeps the facts off later pages', () => {
    render(<AuthorListing author={amara} bioCode={undefined} page={page(2)} authorNames={{}} />);
    expect(document.querySelector('[data-author-facts]')).toBeNull();
    expect(screen.getByText('Science correspondent')).toBeTruthy();
  });
});

describe('AuthorIndex', () => {
  it('links the masthead', () => {
    render(<AuthorIndex authors={[{ author: amara, storyCount: 3 }]} />);
    const intro = screen.getByText(/desk by desk/);
    expect(within(intro).getByRole('link', { name: 'the masthead' }).getAttribute('href')).toBe('/about/masthead');
  });
});
