// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderFeedArticleHtml, renderFeedEntryHtml } from '@/components/feed/feed-article';
import { compileMdx } from '@/lib/mdx/compile';
import { siteConfig } from '@/lib/config/site-config';
import { makeArticle } from '../../../fixtures/articles';

const site = siteConfig.url;

// Compiled the way article pages compile their bodies.
const code = compileMdx(
  [
    'A [story on the site](/world/other-story) and [one elsewhere](https://example.org/page).',
    '',
    '<Figure src="/images/2024/trilateral-summit.jpg" alt="Three circles" caption="The summit." credit="Illustration: The Meridian" />',
    '',
    '<PullQuote cite="A minister">Words that stand alone.</PullQuote>',
    '',
    '![A chart](/images/2025/port-avenir-terminal-plan.jpg)',
  ].join('\n'),
);

const article = makeArticle({
  slug: 'story',
  hero: { src: '/images/2026/harbour.jpg', alt: 'A harbour', caption: 'The quay.', width: 1600, height: 900 },
});

async function render(): Promise<{ html: string; doc: Document }> {
  const html = await renderFeedArticleHtml(article, code);
  return { html, doc: new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') };
}

describe('renderFeedArticleHtml', () => {
  it('starts with the hero figure, at an absolute URL with its size and alt text', async () => {
    const { doc } = await render();
    const hero = doc.body.firstElementChild;
    expect(hero?.tagName).toBe('FIGURE');
    const img = hero?.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`${site}/images/2026/harbour.jpg`);
    expect(img?.getAttribute('alt')).toBe('A harbour');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['1600', '900']);
    expect(hero?.querySelector('figcaption')?.textContent).toBe('The quay.');
  });

  it('renders the whole body with absolute link and image URLs', async () => {
    const { doc } = await render();
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['story on the site', `${site}/world/other-story`],
      ['one elsewhere', 'https://example.org/page'],
    ]);
    const images = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(images).toEqual([
      `${site}/images/2026/harbour.jpg`,
      `${site}/images/2024/trilateral-summit.jpg`,
      `${site}/images/2025/port-avenir-terminal-plan.jpg`,
    ]);
    expect(doc.querySelector('blockquote')?.textContent).toBe('Words that stand alone.');
    expect(doc.body.textContent).toContain('The summit. Illustration: The Meridian');
  });

  it('has no image-optimiser URLs, preload links or scripts, which mean nothing in a feed reader', async () => {
    const { html } = await render();
    expect(html).not.toContain('/_next/');
    expect(html).not.toContain('<link');
    expect(html).not.toContain('<script');
  });
});

describe('renderFeedEntryHtml', () => {
  const entryCode = compileMdx(
    [
      'The [harbour page](/world/harbour) is updated.',
      '',
      '<Figure src="/images/2024/trilateral-summit.jpg" alt="Three circles" caption="The quay at noon." />',
    ].join('\n'),
  );

  async function renderEntry(corrections: { date: string; text: string }[] = []) {
    const html = await renderFeedEntryHtml({ corrections }, entryCode);
    return { html, doc: new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') };
  }

  it('renders the entry body alone, with absolute link and image URLs and no hero', async () => {
    const { html, doc } = await renderEntry();
    expect(doc.body.firstElementChild?.tagName).toBe('P');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(`${site}/world/harbour`);
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      `${site}/images/2024/trilateral-summit.jpg`,
    ]);
    expect(doc.querySelector('figcaption')?.textContent).toBe('The quay at noon.');
    expect(doc.querySelector('ul')).toBeNull();
    expect(html).not.toContain('/_next/');
    expect(html).not.toContain('<script');
  });

  it('ends with the entry’s corrections, dated in the newsroom’s zone', async () => {
    const { doc } = await renderEntry([{ date: '2026-11-28T12:10:00.000Z', text: 'The wall is 3 m high, not 30 m.' }]);
    const items = [...doc.querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).toEqual(['Correction (28 November 2026, 07:10 EST): The wall is 3 m high, not 30 m.']);
    expect(doc.body.lastElementChild?.tagName).toBe('UL');
  });
});
