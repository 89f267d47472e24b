import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

/** The article page's one data call: everything the page and its metadata show, for one viewer and moment. */
const now = new Date('2026-06-01T12:00:00Z');
const articles = [
  makeArticle({ slug: 'lead', tags: ['harbour'], publishedAt: '2026-05-10T00:00:00.000Z' }),
  makeArticle({ slug: 'older', publishedAt: '2026-05-01T00:00:00.000Z' }),
  makeArticle({ slug: 'same-tag', section: 'business', tags: ['harbour'], publishedAt: '2026-04-01T00:00:00.000Z' }),
  makeArticle({ slug: 'unfinished', draft: true, tags: ['harbour'], publishedAt: '2026-05-20T00:00:00.000Z' }),
];

let pages: typeof import('@/lib/content/article-page');
let seo: typeof import('@/lib/seo/page-metadata');
let restore = () => {};

beforeAll(async () => {
  restore = writeContentStore(articles, [makeAuthor({ slug: 'world-desk', name: 'World Desk' })]).restore;
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  pages = await import('@/lib/content/article-page');
  seo = await import('@/lib/seo/page-metadata');
});

afterAll(() => {
  vi.unstubAllEnvs();
  restore();
});

describe('getArticlePage', () => {
  it('gathers the article, its byline, body, breadcrumb, neighbours and related stories', async () => {
    const page = await pages.getArticlePage('world', 'lead', { now });
    if (!page) throw new Error('no page');
    expect(page.author.name).toBe('World Desk');
    expect(page.status).toBe('published');
    expect(page.bodyCode).toContain('Body of lead.');
    expect(page.authorBioCode).toContain('About World Desk.');
    // No <Embed> in the body: the page loads no embed module.
    expect(page.embeds).toEqual([]);
    expect(page.heroPlaceholder).toMatch(/^data:image\/webp;base64,/);
    expect(page.breadcrumb.map((c) => c.href)).toEqual(['/', '/world', '/world/lead']);
    expect(page.section?.name).toBe('World');
    // The draft is neither a neighbour nor related for readers.
    expect(page.neighbours.previous?.slug).toBe('older');
    expect(page.neighbours.next).toBeUndefined();
    expect(page.related.map((a) => a.slug)).toEqual(['same-tag', 'older']);
    const metadata = seo.articleMetadata(page);
    expect(metadata.alternates?.canonical).toMatch(/\/world\/lead$/);
    expect(metadata.robots).toMatchObject({ index: true });
  });

  it('is undefined for a draft, except for an editor in preview, where it is marked and never indexed', async () => {
    expect(await pages.getArticlePage('world', 'unfinished', { now })).toBeUndefined();
    expect(await pages.getArticlePage('world', 'no-such-story', { now })).toBeUndefined();
    const preview = await pages.getArticlePage('world', 'unfinished', { now, preview: true });
    expect(preview?.status).toBe('draft');
    if (!preview) throw new Error('no preview');
    expect(seo.articleMetadata(preview).robots).toMatchObject({ index: false });
    // In preview the draft is the newest story of the section, next to the lead.
    expect((await pages.getArticlePage('world', 'lead', { now, preview: true }))?.neighbours.next?.slug).toBe('unfinished');
  });

  it('lists the newest published articles to prerender', () => {
    expect(pages.articlesToPrerender(now).map((a) => a.slug)).toEqual(['lead', 'older', 'same-tag']);
  });
});
