// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { Figure } from '@/components/mdx/mdx-components';
import { Gallery } from '@/components/mdx/gallery';
import { MdxContent } from '@/components/mdx/mdx-content';
import { siteConfig } from '@/lib/config/site-config';
import { compileMdx } from '@/lib/mdx/compile';
import { makeArticle } from '../../../fixtures/articles';

afterEach(cleanup);

const HARBOUR = '/images/2026/kestrel-bay-harbour.jpg';
const SEAGRASS = '/images/2025/kestrel-bay-seagrass.jpg';
const DETAIL = '/images/2025/kestrel-bay-seagrass-detail.jpg';

const body = [
  '<Gallery title="The bay">',
  `<Figure src="${HARBOUR}" alt="Illustration of the harbour district" caption="The quay." credit="Illustration: The Meridian" />`,
  `<Figure src="${SEAGRASS}" alt="Illustration of seagrass meadows" caption="The meadows." />`,
  `<Figure src="${DETAIL}" alt="Illustration of a survey frame on seagrass" />`,
  '</Gallery>',
  '',
  '<Gallery>',
  `<Figure src="${SEAGRASS}" alt="Illustration of seagrass meadows" />`,
  `<Figure src="${HARBOUR}" alt="Illustration of the harbour district" />`,
  '</Gallery>',
].join('\n');

describe('Gallery', () => {
  it('is a named region a keyboard can reach and scroll, holding a list of the pictures', () => {
    render(<MdxContent code={compileMdx(body)} />);
    const strip = screen.getByRole('region', { name: 'The bay (3 pictures)' });
    expect(strip.getAttribute('tabindex')).toBe('0');
    expect(strip.className).toMatch(/\boverflow-x-auto\b/);
    expect(strip.className).toMatch(/\bsnap-x\b/);
    const pictures = within(strip).getAllByRole('listitem');
    expect(pictures.map((picture) => picture.className.includes('snap-start'))).toEqual([true, true, true]);
    expect(
      within(strip)
        .getAllByRole('img')
        .map((img) => img.getAttribute('alt')),
    ).toEqual([
      'Illustration of the harbour district',
      'Illustration of seagrass meadows',
      'Illustration of a survey frame on seagrass',
    ]);
    // A gallery without a title is named by what it is.
    expect(screen.getByRole('region', { name: 'Gallery, 2 pictures' })).toBeTruthy();
  });

  it('gives each picture an address of its own: the gallery’s place in the body, then the picture’s', () => {
    const { container } = render(<MdxContent code={compileMdx(body)} />);
    expect([...container.querySelectorAll('li[id]')].map((li) => li.id)).toEqual([
      'gallery-1-1',
      'gallery-1-2',
      'gallery-1-3',
      'gallery-2-1',
      'gallery-2-2',
    ]);
  });

  it('links each picture to its image at full size, and keeps its caption and credit', () => {
    render(<MdxContent code={compileMdx(body)} />);
    const strip = screen.getByRole('region', { name: 'The bay (3 pictures)' });
    const links = within(strip).getAllByRole('link');
    // The visible words begin the accessible name (WCAG 2.5.3), which says which picture.
    expect(links.map((link) => [link.textContent, link.getAttribute('aria-label'), link.getAttribute('href')])).toEqual(
      [
        ['Full size', 'Full size, picture 1', HARBOUR],
        ['Full size', 'Full size, picture 2', SEAGRASS],
        ['Full size', 'Full size, picture 3', DETAIL],
      ],
    );
    expect(within(strip).getByRole('link', { name: 'Full size, picture 2' }).getAttribute('href')).toBe(SEAGRASS);
    const [first] = within(strip).getAllByRole('listitem');
    expect(first?.querySelector('figcaption')?.textContent).toBe('The quay.Illustration: The Meridian');
    expect(first?.textContent).toContain('1 of 3');
  });

  it('renders its figures through the Figure component, with their reserved sizes', () => {
    render(
      <Gallery number="4">
        <Figure src={HARBOUR} alt="Illustration of the harbour district" />
        {'\n'}
        <Figure src={SEAGRASS} alt="Illustration of seagrass meadows" />
      </Gallery>,
    );
    const images = screen.getAllByRole('img');
    expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['1600', '900'],
      ['1600', '900'],
    ]);
    expect(document.querySelector('#gallery-4-2 img')?.getAttribute('alt')).toBe('Illustration of seagrass meadows');
  });
});

describe('Gallery in feeds', () => {
  it('is a plain list of figures at absolute addresses: no region, no scrolling strip', async () => {
    const html = await renderFeedArticleHtml(makeArticle({ slug: 'story' }), compileMdx(body));
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(doc.querySelector('[role="region"], [tabindex]')).toBeNull();
    const lists = [...doc.querySelectorAll('ul')];
    expect(lists.map((list) => list.querySelectorAll(':scope > li > figure').length)).toEqual([3, 2]);
    expect(lists[0]?.querySelector('img')?.getAttribute('src')).toBe(`${siteConfig.url}${HARBOUR}`);
    expect(doc.body.textContent).toContain('The bay');
    expect(doc.body.textContent).toContain('The quay. Illustration: The Meridian');
  });
});
