import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/lib/config/urls';
import { generatedCard, pageMetadata, type SocialImage } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';

const image: SocialImage = { url: '/crops/16x9/images/a.jpg', width: 1200, height: 675, alt: 'A harbour' };

const article = {
  publishedTime: '2026-05-12T09:00:00-04:00',
  modifiedTime: '2026-05-12T15:20:00-04:00',
  section: 'Politics',
  tags: ['transport', 'local government'],
  authors: ['/authors/world-desk'],
};

function page(overrides: Partial<Parameters<typeof pageMetadata>[0]> = {}) {
  return pageMetadata({ title: 'A story', description: 'What happened.', path: '/world/a-story', image, ...overrides });
}

/** Next's Metadata types are wide unions; these read the plain values the helper sets. */
function og(meta: ReturnType<typeof pageMetadata>): Record<string, unknown> {
  return { ...meta.openGraph };
}

describe('absoluteUrl', () => {
  it('builds absolute URLs from the configured site URL', () => {
    expect(absoluteUrl('/world/story')).toBe(`${siteConfig.url}/world/story`);
    expect(absoluteUrl('/')).toBe(`${siteConfig.url}/`);
  });
});

describe('pageMetadata', () => {
  it('gives a page its title, description and absolute canonical URL', () => {
    const meta = page();
    expect(meta.title).toBe('A story');
    expect(meta.description).toBe('What happened.');
    expect(meta.alternates?.canonical).toBe(`${siteConfig.url}/world/a-story`);
  });

  it('lets the home page opt out of the title template', () => {
    expect(page({ title: 'Home', absoluteTitle: true, path: '/' }).title).toEqual({ absolute: 'Home' });
  });

  it('describes an ordinary page as an Open Graph website with an absolute image', () => {
    expect(og(page())).toEqual({
      type: 'website',
      title: 'A story',
      description: 'What happened.',
      url: `${siteConfig.url}/world/a-story`,
      siteName: 'The Meridian',
      locale: 'en_GB',
      images: [{ url: `${siteConfig.url}/crops/16x9/images/a.jpg`, width: 1200, height: 675, alt: 'A harbour' }],
    });
  });

  it('adds the article properties on articles', () => {
    const graph = og(page({ article }));
    expect(graph.type).toBe('article');
    expect(graph.publishedTime).toBe('2026-05-12T09:00:00-04:00');
    expect(graph.modifiedTime).toBe('2026-05-12T15:20:00-04:00');
    expect(graph.section).toBe('Politics');
    expect(graph.tags).toEqual(['transport', 'local government']);
    expect(graph.authors).toEqual([`${siteConfig.url}/authors/world-desk`]);
  });

  it('asks for a large Twitter card with the same image and alt text', () => {
    expect(page().twitter).toEqual({
      card: 'summary_large_image',
      title: 'A story',
      description: 'What happened.',
      images: [{ url: `${siteConfig.url}/crops/16x9/images/a.jpg`, alt: 'A harbour' }],
    });
  });

  it('lets indexable pages show large image previews and keeps other pages out of the index', () => {
    expect(page().robots).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
    expect(page({ indexable: false }).robots).toEqual({ index: false, follow: true });
  });

  it('announces feeds grouped by media type, with absolute URLs', () => {
    const meta = page({
      feeds: [
        { type: 'application/rss+xml', url: '/world/feed.xml', title: 'World (RSS)' },
        { type: 'application/atom+xml', url: '/world/atom.xml', title: 'World (Atom)' },
        { type: 'application/rss+xml', url: '/feed.xml', title: 'All (RSS)' },
      ],
    });
    expect(meta.alternates?.types).toEqual({
      'application/rss+xml': [
        { url: `${siteConfig.url}/world/feed.xml`, title: 'World (RSS)' },
        { url: `${siteConfig.url}/feed.xml`, title: 'All (RSS)' },
      ],
      'application/atom+xml': [{ url: `${siteConfig.url}/world/atom.xml`, title: 'World (Atom)' }],
    });
    expect(page().alternates?.types).toBeUndefined();
  });
});

describe('generatedCard', () => {
  it('names the og-image.png route beside the page, at 1200x630', () => {
    expect(generatedCard('/', 'The Meridian: news')).toEqual({
      url: '/og-image.png',
      width: 1200,
      height: 630,
      alt: 'The Meridian: news',
    });
    expect(generatedCard('/tags/climate', 'Stories about climate')).toMatchObject({
      url: '/tags/climate/og-image.png',
      alt: 'Stories about climate — The Meridian',
    });
  });
});
