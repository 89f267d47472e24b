// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { Embed } from '@/components/mdx/embed';
import { MdxContent } from '@/components/mdx/mdx-content';
import { compileMdx } from '@/lib/mdx/compile';
import { makeArticle } from '../../../fixtures/articles';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

afterEach(() => {
  cleanup();
});

function card(): HTMLElement {
  const figure = screen.getByRole('figure');
  if (!(figure instanceof HTMLElement)) throw new Error('no figure');
  return figure;
}

describe('<Embed>: the card the server renders', () => {
  it('names the provider, shows the title, the cookie notice and a plain link to the original', () => {
    render(<Embed url={YOUTUBE} title="The ferry crossing at dawn" />);
    const figure = card();
    expect(figure.querySelector('figcaption')?.textContent).toBe('The ferry crossing at dawn · Open on YouTube');
    expect(within(figure).getByText('YouTube')).toBeDefined();
    expect(
      within(figure).getByText('YouTube may set cookies and collect data about you when its content loads.'),
    ).toBeDefined();
    const link = within(figure).getByRole('link', { name: 'Open on YouTube' });
    expect(link.getAttribute('href')).toBe(YOUTUBE);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders the button and the box hidden: without the module they would do nothing', () => {
    render(<Embed url={YOUTUBE} title="A video" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    const button = card().querySelector('button');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.hidden).toBe(true);
    expect(button?.textContent).toBe('Load YouTube content');
    expect(card().querySelector('[data-embed-always]')?.hasAttribute('hidden')).toBe(true);
    expect(card().querySelector('[data-embed-always]')?.textContent).toBe('Always load YouTube content');
  });

  it('requests nothing from the provider: no iframe, no script, no provider address but the link', () => {
    const html = renderToStaticMarkup(<Embed url={YOUTUBE} title="A video" />);
    expect(html).not.toMatch(/<iframe|<script|<img/);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const addresses = [...doc.querySelectorAll('[src], [href]')].map(
      (e) => e.getAttribute('src') ?? e.getAttribute('href'),
    );
    expect(addresses).toEqual([YOUTUBE]);
  });

  it('carries what the module and the page policy need, from the provider list', () => {
    render(<Embed url="https://vimeo.com/76979871" title="A film" />);
    const figure = card();
    expect(figure.getAttribute('data-embed')).toBe('');
    expect(figure.dataset).toMatchObject({
      embedProvider: 'vimeo',
      embedUrl: 'https://vimeo.com/76979871',
      embedSrc: 'https://player.vimeo.com/video/76979871?dnt=1',
      embedSandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      embedAllow: 'fullscreen; picture-in-picture',
    });
  });

  it('reserves the provider’s shape, or the editor’s', () => {
    render(<Embed url={YOUTUBE} title="Wide" />);
    expect(card().querySelector<HTMLElement>('[data-embed-frame]')?.style.aspectRatio).toBe('16 / 9');
    cleanup();
    render(<Embed url="https://www.tiktok.com/@a/video/6718335390845095173" title="Tall" />);
    expect(card().querySelector<HTMLElement>('[data-embed-frame]')?.style.aspectRatio).toBe('9 / 16');
    cleanup();
    render(<Embed url={YOUTUBE} title="Square" aspect="1:1" />);
    expect(card().querySelector<HTMLElement>('[data-embed-frame]')?.style.aspectRatio).toBe('1 / 1');
  });

  it('shows the editor’s poster as decoration behind the notice', () => {
    // Rendered to markup, as on the server: in happy-dom next/image would warn that no stylesheet sizes it.
    const html = renderToStaticMarkup(
      <Embed url={YOUTUBE} title="A video" poster="/images/2026/kestrel-bay-harbour.jpg" />,
    );
    const img = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-embed-frame] img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(img?.getAttribute('src')).toContain(encodeURIComponent('/images/2026/kestrel-bay-harbour.jpg'));
    expect(img?.getAttribute('loading')).toBe('lazy');
  });

  it('is only a link for an address that is not a provider’s (which the checker refuses)', () => {
    render(<Embed url="https://example.com/video" title="Elsewhere" />);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByRole('link', { name: 'Elsewhere' }).getAttribute('href')).toBe('https://example.com/video');
  });

  it('is in the page’s component map', () => {
    const html = renderToStaticMarkup(
      <MdxContent code={compileMdx(`Before.\n\n<Embed url="${YOUTUBE}" title="A video in a body" />\n`)} />,
    );
    expect(html).toContain('data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('A video in a body');
  });
});

describe('<Embed> in feeds', () => {
  it('is a link to the original with its title and provider: no iframe, no script, no button', async () => {
    const code = compileMdx(
      `Before.\n\n<Embed url="${YOUTUBE}" title="A video in a feed" poster="/images/2026/kestrel-bay-harbour.jpg" />\n`,
    );
    const html = await renderFeedArticleHtml(makeArticle({ slug: 'story' }), code);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'A video in a feed');
    expect(link?.getAttribute('href')).toBe(YOUTUBE);
    expect(link?.parentElement?.textContent).toBe('A video in a feed (YouTube)');
    expect(html).not.toMatch(/<iframe|<script|<button|<input|data-embed|youtube-nocookie/);
  });
});
