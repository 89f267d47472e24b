// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BreakingNewsSlot } from '@/components/layout/breaking-news-slot';
import { SiteHeader } from '@/components/layout/site-header';
import { BREAKING_NEWS_SLOT, breakingNewsMarkup, includeBreakingNews } from '@/lib/serving/breaking-news-include';

const LINE = { text: 'Polls have closed across New York', url: '/politics/new-york-election-results-live' };

/** A page as Next writes it, with the site's header (and so its slot) before the main content. */
function page(): string {
  return `<!DOCTYPE html><html lang="en"><head><title>A story</title></head><body>${renderToStaticMarkup(
    <SiteHeader />,
  )}<main id="main"><h1>A story</h1></main></body></html>`;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the breaking-news slot', () => {
  it('is exactly what the include looks for, and holds nothing', () => {
    expect(renderToStaticMarkup(<BreakingNewsSlot />)).toBe(BREAKING_NEWS_SLOT);
    expect(page()).toContain(BREAKING_NEWS_SLOT);
  });
});

describe('includeBreakingNews', () => {
  it('fills the slot with a region named "Breaking news" holding the text as one link', () => {
    const doc = parse(includeBreakingNews(page(), LINE));
    const region = doc.querySelector('section[aria-label="Breaking news"]');
    expect(region).not.toBeNull();
    const links = region?.querySelectorAll('a') ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]?.textContent).toBe(LINE.text);
    expect(links[0]?.getAttribute('href')).toBe(LINE.url);
    expect(region?.textContent).toBe(`Breaking${LINE.text}`);
    // Inside the slot, which stays (React leaves its contents alone under `next dev`).
    expect(region?.parentElement?.matches('div[data-breaking-news]')).toBe(true);
  });

  it('puts the line right after the skip link, before the masthead and the main content', () => {
    const doc = parse(includeBreakingNews(page(), LINE));
    const links = [...doc.querySelectorAll('a')].map((a) => a.textContent);
    expect(links.slice(0, 3)).toEqual(['Skip to main content', LINE.text, 'The Meridian']);
    const header = doc.querySelector('header');
    expect(header?.children[0]?.textContent).toBe('Skip to main content');
    expect(header?.children[1]?.firstElementChild?.getAttribute('aria-label')).toBe('Breaking news');
  });

  it('leaves the page exactly as it was when there is no line, or no slot', () => {
    expect(includeBreakingNews(page(), undefined)).toBe(page());
    const withoutChrome = '<!DOCTYPE html><html><body><p>Feed preview</p></body></html>';
    expect(includeBreakingNews(withoutChrome, LINE)).toBe(withoutChrome);
  });

  it('fills only the first slot', () => {
    const twice = `${page()}${BREAKING_NEWS_SLOT}`;
    const filled = includeBreakingNews(twice, LINE);
    expect(filled.split('aria-label="Breaking news"')).toHaveLength(2);
    expect(filled.endsWith(`</html>${BREAKING_NEWS_SLOT}`)).toBe(true);
  });

  it('escapes the text and the link, so neither can add markup or leave the attribute', () => {
    const hostile = { text: 'Fire at <b>Pier 40</b> & "more"', url: '/world/x"><script>alert(1)</script>' };
    const html = breakingNewsMarkup(hostile);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    const doc = parse(includeBreakingNews(page(), hostile));
    const link = doc.querySelector('section[aria-label="Breaking news"] a');
    expect(link?.textContent).toBe(hostile.text);
    expect(link?.getAttribute('href')).toBe(hostile.url);
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
  });
});
