import type { Graph } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { articleBreadcrumb } from '@/lib/content/breadcrumbs';
import { siteConfig } from '@/lib/config/site-config';
import { tagLabel } from '@/lib/format/text';
import { MAX_ENTRY_TITLE_LENGTH } from '@/lib/content/schema';
import {
  articleGraph,
  jsonLdIds,
  liveBlogGraph,
  liveEntryHeadline,
  serializeJsonLd,
  type LiveBlogUpdateInput,
} from '@/lib/seo/structured-data';
import { makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The graph as a crawler reads it: parsed back from the serialised script text. */
function parse(graph: Graph): JsonObject[] {
  const data: unknown = JSON.parse(serializeJsonLd(graph));
  if (!isObject(data) || !Array.isArray(data['@graph'])) throw new Error('not a schema.org @graph');
  return data['@graph'].filter(isObject);
}

function node(nodes: JsonObject[], type: string): JsonObject {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0] ?? {};
}

const site = siteConfig.url;
const desk = makeAuthor({ slug: 'world-desk', name: 'World Desk', role: 'Desk' });
const ana = makeAuthor({ slug: 'ana-ruiz', name: 'Ana Ruiz', role: 'Correspondent' });
const first = makeLiveEntry({
  id: 'debate-opens',
  title: 'The debate opens',
  publishedAt: '2026-05-10T13:00:00.000Z',
  authorSlug: 'world-desk',
});
const second = makeLiveEntry({
  id: 'count',
  publishedAt: '2026-05-10T14:32:00.000Z',
  updatedAt: '2026-05-10T14:40:00.000Z',
  modifiedAt: '2026-05-10T14:40:00.000Z',
  authorSlug: 'ana-ruiz',
});
const blog = makeLiveBlog(
  {
    slug: 'vote',
    title: 'The vote, as it happens',
    standfirst: 'Every twist of the day the assembly voted.',
    tags: ['elections'],
    publishedAt: '2026-05-10T12:55:00.000Z',
    hero: { src: '/images/2026/vote.jpg', alt: 'The chamber', width: 1600, height: 900 },
  },
  { entries: [first, second] },
);
const updates: LiveBlogUpdateInput[] = [
  { entry: second, author: ana, text: 'The count is under way in the chamber.', location: '/world/vote#entry-count' },
  { entry: first, author: desk, text: 'Members took their seats.', location: '/world/vote/page/2#entry-debate-opens' },
];
const crumbs = articleBreadcrumb(blog);

function graphOf(overrides: Partial<Parameters<typeof liveBlogGraph>[0]> = {}) {
  return parse(
    liveBlogGraph({
      blog,
      authors: [desk, ana],
      crumbs,
      pagePath: blog.url,
      pageName: blog.title,
      modifiedAt: '2026-05-10T14:40:00.000Z',
      updates,
      ...overrides,
    }),
  );
}

describe('liveBlogGraph', () => {
  it('describes the coverage as a LiveBlogPosting, in place of the NewsArticle, with the article’s @id', () => {
    const nodes = graphOf();
    expect(nodes.filter((n) => n['@type'] === 'NewsArticle')).toEqual([]);
    const posting = node(nodes, 'LiveBlogPosting');
    expect(posting['@id']).toBe(jsonLdIds.article('/world/vote'));
    expect(posting.url).toBe(`${site}/world/vote`);
    expect(posting.headline).toBe('The vote, as it happens');
    expect(posting.description).toBe('Every twist of the day the assembly voted.');
    expect(posting.image).toEqual([
      `${site}/crops/16x9/images/2026/vote.jpg`,
      `${site}/crops/4x3/images/2026/vote.jpg`,
      `${site}/crops/1x1/images/2026/vote.jpg`,
    ]);
    expect(posting.keywords).toEqual([tagLabel('elections')]);
    expect(posting.articleSection).toBe('World');
  });

  it('says the same of the story as an article’s NewsArticle does, but for what only a live blog has', () => {
    const posting = node(graphOf(), 'LiveBlogPosting');
    const article = node(parse(articleGraph(blog, desk, crumbs)), 'NewsArticle');
    const differs = new Set(['@type', 'dateModified', 'author', 'wordCount', 'coverageStartTime', 'liveBlogUpdate']);
    for (const key of new Set([...Object.keys(posting), ...Object.keys(article)])) {
      if (!differs.has(key)) expect(posting[key], key).toEqual(article[key]);
    }
  });

  it('dates the coverage with offsets: published and started at publishedAt, modified with its latest entry', () => {
    const posting = node(graphOf(), 'LiveBlogPosting');
    expect(posting.datePublished).toBe('2026-05-10T08:55:00-04:00');
    expect(posting.coverageStartTime).toBe('2026-05-10T08:55:00-04:00');
    expect(posting.dateModified).toBe('2026-05-10T10:40:00-04:00');
    // Still live: no end.
    expect(posting.coverageEndTime).toBeUndefined();
    expect(node(graphOf(), 'WebPage').dateModified).toBe('2026-05-10T10:40:00-04:00');
  });

  it('gives the end of the coverage once it has ended', () => {
    const over = { ...blog, live: { ...blog.live, status: 'ended' as const, endedAt: '2026-05-10T23:05:00.000Z' } };
    expect(node(graphOf({ blog: over }), 'LiveBlogPosting').coverageEndTime).toBe('2026-05-10T19:05:00-04:00');
  });

  it('credits the authors as People with their pages, and names the publisher in the same graph', () => {
    const nodes = graphOf();
    const posting = node(nodes, 'LiveBlogPosting');
    expect(posting.author).toEqual([
      {
        '@type': 'Person',
        '@id': jsonLdIds.person('/authors/world-desk'),
        name: 'World Desk',
        url: `${site}/authors/world-desk`,
        jobTitle: 'Desk',
      },
      {
        '@type': 'Person',
        '@id': jsonLdIds.person('/authors/ana-ruiz'),
        name: 'Ana Ruiz',
        url: `${site}/authors/ana-ruiz`,
        jobTitle: 'Correspondent',
      },
    ]);
    expect(posting.publisher).toEqual({ '@id': jsonLdIds.organization() });
    const organization = node(nodes, 'NewsMediaOrganization');
    expect(organization['@id']).toBe(jsonLdIds.organization());
    expect(isObject(organization.logo) && organization.logo.url).toBe(`${site}/logo.png`);
  });

  it('lists this page’s entries as BlogPostings, in page order, each at its current place', () => {
    const posting = node(graphOf(), 'LiveBlogPosting');
    expect(posting.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        '@id': `${site}/world/vote/entries/count`,
        url: `${site}/world/vote#entry-count`,
        // Untitled: the start of its text.
        headline: 'The count is under way in the chamber.',
        datePublished: '2026-05-10T10:32:00-04:00',
        dateModified: '2026-05-10T10:40:00-04:00',
        author: {
          '@type': 'Person',
          '@id': jsonLdIds.person('/authors/ana-ruiz'),
          name: 'Ana Ruiz',
          url: `${site}/authors/ana-ruiz`,
          jobTitle: 'Correspondent',
        },
        articleBody: 'The count is under way in the chamber.',
        inLanguage: siteConfig.language,
      },
      expect.objectContaining({
        '@type': 'BlogPosting',
        '@id': `${site}/world/vote/entries/debate-opens`,
        url: `${site}/world/vote/page/2#entry-debate-opens`,
        headline: 'The debate opens',
        datePublished: '2026-05-10T09:00:00-04:00',
        dateModified: '2026-05-10T09:00:00-04:00',
        articleBody: 'Members took their seats.',
      }),
    ]);
  });

  it('has an empty liveBlogUpdate when no entry is visible yet', () => {
    expect(node(graphOf({ updates: [] }), 'LiveBlogPosting').liveBlogUpdate).toEqual([]);
  });

  it('is the main entity of the WebPage it is on, and keeps the visible breadcrumb', () => {
    const nodes = graphOf();
    const page = node(nodes, 'WebPage');
    expect(page['@id']).toBe(`${site}/world/vote`);
    expect(node(nodes, 'LiveBlogPosting').mainEntityOfPage).toEqual({ '@id': `${site}/world/vote` });
    const breadcrumb = node(nodes, 'BreadcrumbList');
    expect(page.breadcrumb).toEqual({ '@id': breadcrumb['@id'] });
    expect(breadcrumb.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'World', item: `${site}/world` },
      { '@type': 'ListItem', position: 3, name: 'The vote, as it happens', item: `${site}/world/vote` },
    ]);
  });

  it('on an older page, describes that page, whose main entity is the same coverage', () => {
    const nodes = graphOf({ pagePath: '/world/vote/page/2', pageName: 'The vote, as it happens (page 2)' });
    const page = node(nodes, 'WebPage');
    expect(page['@id']).toBe(`${site}/world/vote/page/2`);
    expect(page.url).toBe(`${site}/world/vote/page/2`);
    expect(page.name).toBe('The vote, as it happens (page 2)');
    const posting = node(nodes, 'LiveBlogPosting');
    expect(posting['@id']).toBe(jsonLdIds.article('/world/vote'));
    expect(posting.url).toBe(`${site}/world/vote`);
    expect(posting.mainEntityOfPage).toEqual({ '@id': `${site}/world/vote/page/2` });
    expect(node(nodes, 'BreadcrumbList')['@id']).toBe(jsonLdIds.breadcrumb('/world/vote/page/2'));
  });

  it('gives every node a unique @id, and every reference resolves within the graph', () => {
    const nodes = graphOf();
    const ids = nodes.map((n) => n['@id']);
    expect(new Set(ids).size).toBe(ids.length);
    const posting = node(nodes, 'LiveBlogPosting');
    for (const key of ['publisher', 'mainEntityOfPage', 'isPartOf']) {
      const target = posting[key];
      expect(isObject(target) && ids.includes(target['@id']), key).toBe(true);
    }
  });
});

describe('liveEntryHeadline', () => {
  it('is the title when the entry has one', () => {
    expect(liveEntryHeadline({ title: 'A title', publishedAt: first.publishedAt }, 'Some text.')).toBe('A title');
  });

  it('is the whole text when it is short enough', () => {
    expect(liveEntryHeadline({ publishedAt: first.publishedAt }, '  A short update.  ')).toBe('A short update.');
  });

  it('cuts a long text at a word, within the length of a title, and says so', () => {
    const text = `${'The assembly has voted on the treaty '.repeat(6)}today.`;
    const headline = liveEntryHeadline({ publishedAt: first.publishedAt }, text);
    expect(headline.length).toBeLessThanOrEqual(MAX_ENTRY_TITLE_LENGTH);
    expect(headline.endsWith('…')).toBe(true);
    expect(text.startsWith(headline.slice(0, -1))).toBe(true);
    // At a word boundary: what follows the cut in the text is a space.
    expect(text[headline.length - 1]).toBe(' ');
  });

  it('drops punctuation left dangling at the cut', () => {
    expect(liveEntryHeadline({ publishedAt: first.publishedAt }, 'One, two, three, four', 12)).toBe('One, two…');
  });

  it('cuts a single overlong word where it must', () => {
    expect(liveEntryHeadline({ publishedAt: first.publishedAt }, 'x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('falls back to the entry’s time when it has neither title nor text (a picture alone)', () => {
    expect(liveEntryHeadline({ publishedAt: '2026-12-02T19:32:00.000Z' }, '')).toBe('Update at 14:32 EST');
  });
});
