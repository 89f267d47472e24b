import type { Graph } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { articleBreadcrumb, mastheadBreadcrumb } from '@/lib/content/breadcrumbs';
import { siteConfig } from '@/lib/config/site-config';
import {
  articleGraph,
  collectionGraph,
  homeGraph,
  externalProfiles,
  jsonLdIds,
  mastheadGraph,
  profileGraph,
  serializeJsonLd,
} from '@/lib/seo/structured-data';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The graph as a crawler reads it: parsed back from the serialised script text. */
function parse(graph: Graph): JsonObject[] {
  const data: unknown = JSON.parse(serializeJsonLd(graph));
  if (!isObject(data) || data['@context'] !== 'https://schema.org' || !Array.isArray(data['@graph'])) {
    throw new Error('not a schema.org @graph');
  }
  return data['@graph'].filter(isObject);
}

function node(nodes: JsonObject[], type: string): JsonObject {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [only] = found;
  if (!only) throw new Error(`no ${type}`);
  return only;
}

const site = siteConfig.url;
const author = makeAuthor({
  slug: 'priya-raman',
  name: 'Priya Raman',
  role: 'Technology reporter',
  avatar: '/images/authors/priya-raman.jpg',
  links: [
    { label: 'Her page', url: '/authors/priya-raman' },
    { label: 'Mastodon', url: 'https://social.example/@priya' },
  ],
});
/** An author with every field of the schema. */
const priya = makeAuthor({
  slug: 'priya-raman',
  name: 'Priya Raman',
  role: 'Technology and culture reporter',
  desk: 'technology-science',
  summary: 'Reports on the software that runs public services.',
  covers: ['open-source software', 'public services'],
  languages: ['en', 'ta', 'pt-BR'],
  email: 'priya.raman@meridian-news.example',
  secureContact: 'Signal: +1 212 555 0162',
  links: [
    { label: 'Her page', url: '/authors/priya-raman' },
    { label: 'Her page, in full', url: `${siteConfig.url}/authors/priya-raman` },
    { label: 'Mastodon', url: 'https://hachyderm.io/@priya' },
    { label: 'An old blog', url: 'http://priya.example/blog' },
    { label: 'Email', url: 'mailto:priya.raman@meridian-news.example' },
    { label: 'GitHub', url: 'https://github.com/priya' },
  ],
});
const article = makeArticle({
  slug: 'harbour-vote',
  section: 'politics',
  title: 'Kestrel Bay votes to pedestrianise its old harbour',
  standfirst: 'Three streets close to cars.',
  authorSlug: 'priya-raman',
  tags: ['local-government', 'transport'],
  publishedAt: '2026-05-12T13:00:00.000Z',
  updatedAt: '2026-05-12T19:20:00.000Z',
  hero: { src: '/images/2026/harbour.jpg', alt: 'A harbour', width: 1600, height: 900 },
  wordCount: 812,
});

describe('articleGraph', () => {
  const nodes = parse(articleGraph(article, author, articleBreadcrumb(article)));
  const news = node(nodes, 'NewsArticle');

  it('describes the article as a NewsArticle with a stable @id', () => {
    expect(news['@id']).toBe(`${site}/politics/harbour-vote#article`);
    expect(news.headline).toBe(article.title);
    expect(news.description).toBe(article.standfirst);
    expect(news.articleSection).toBe('Politics');
    expect(news.keywords).toEqual(['local government', 'transport']);
    expect(news.wordCount).toBe(812);
    expect(news.inLanguage).toBe('en');
    expect(news.isAccessibleForFree).toBe(true);
  });

  it('lists the 16:9, 4:3 and 1:1 crops of the hero as absolute URLs served by the site', () => {
    expect(news.image).toEqual([
      `${site}/crops/16x9/images/2026/harbour.jpg`,
      `${site}/crops/4x3/images/2026/harbour.jpg`,
      `${site}/crops/1x1/images/2026/harbour.jpg`,
    ]);
  });

  it('gives publication and modification dates with a timezone offset', () => {
    expect(news.datePublished).toBe('2026-05-12T09:00:00-04:00');
    expect(news.dateModified).toBe('2026-05-12T15:20:00-04:00');
    const unchanged = node(
      parse(articleGraph({ ...article, updatedAt: undefined, modifiedAt: article.publishedAt }, author, [])),
      'NewsArticle',
    );
    expect(unchanged.dateModified).toBe(unchanged.datePublished);
  });

  it('credits the author as a Person with name, page URL and job title', () => {
    expect(news.author).toEqual([
      {
        '@type': 'Person',
        '@id': `${site}/authors/priya-raman#person`,
        name: 'Priya Raman',
        url: `${site}/authors/priya-raman`,
        jobTitle: 'Technology reporter',
      },
    ]);
  });

  it('names a publisher that resolves, in the same graph, to the NewsMediaOrganization with a logo', () => {
    expect(news.publisher).toEqual({ '@id': jsonLdIds.organization() });
    const org = node(nodes, 'NewsMediaOrganization');
    expect(org['@id']).toBe(`${site}/#organization`);
    expect(org.name).toBe('The Meridian');
    expect(org.logo).toMatchObject({ '@type': 'ImageObject', url: `${site}/logo.png` });
  });

  it('is the main entity of its WebPage, identified by the canonical URL', () => {
    expect(news.mainEntityOfPage).toEqual({ '@id': `${site}/politics/harbour-vote` });
    const webPage = node(nodes, 'WebPage');
    expect(webPage['@id']).toBe(`${site}/politics/harbour-vote`);
    expect(webPage.breadcrumb).toEqual({ '@id': `${site}/politics/harbour-vote#breadcrumb` });
  });

  it('has a BreadcrumbList matching the visible breadcrumb, positions 1..n with absolute items', () => {
    const crumbs = node(nodes, 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Politics', item: `${site}/politics` },
      { '@type': 'ListItem', position: 3, name: article.title, item: `${site}/politics/harbour-vote` },
    ]);
  });

  it('gives every node a unique @id', () => {
    const ids = nodes.map((n) => n['@id']);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('homeGraph', () => {
  it('holds the WebSite and the NewsMediaOrganization that publishes it', () => {
    const nodes = parse(homeGraph());
    expect(nodes.map((n) => n['@type']).sort()).toEqual(['NewsMediaOrganization', 'WebSite']);
    const website = node(nodes, 'WebSite');
    expect(website).toMatchObject({
      '@id': `${site}/#website`,
      url: `${site}/`,
      name: 'The Meridian',
      inLanguage: 'en',
    });
    expect(website.publisher).toEqual({ '@id': `${site}/#organization` });
  });
});

describe('collectionGraph', () => {
  it('makes a section or tag page a CollectionPage within the website', () => {
    const nodes = parse(collectionGraph({ path: '/tags/climate', name: 'Stories about climate', description: 'd' }));
    const page = node(nodes, 'CollectionPage');
    expect(page).toMatchObject({
      '@id': `${site}/tags/climate`,
      url: `${site}/tags/climate`,
      name: 'Stories about climate',
      description: 'd',
      isPartOf: { '@id': `${site}/#website` },
    });
    node(nodes, 'WebSite');
  });
});

describe('profileGraph', () => {
  it('makes an author page a ProfilePage whose main entity is the Person', () => {
    const nodes = parse(profileGraph(author));
    const page = node(nodes, 'ProfilePage');
    const person = node(nodes, 'Person');
    expect(page.mainEntity).toEqual({ '@id': person['@id'] });
    expect(person.mainEntityOfPage).toEqual({ '@id': page['@id'] });
    expect(person).toMatchObject({
      '@id': `${site}/authors/priya-raman#person`,
      name: 'Priya Raman',
      url: `${site}/authors/priya-raman`,
      jobTitle: 'Technology reporter',
      image: `${site}/images/authors/priya-raman.jpg`,
      worksFor: { '@id': `${site}/#organization` },
    });
    // The author's own page is `url`, not another identity.
    expect(person.sameAs).toEqual(['https://social.example/@priya']);
  });

  it('says what they cover, the languages they work in, how to write to them and who they are', () => {
    const person = node(parse(profileGraph(priya)), 'Person');
    expect(person.description).toBe('Reports on the software that runs public services.');
    expect(person.knowsAbout).toEqual(['open-source software', 'public services']);
    expect(person.knowsLanguage).toEqual([
      { '@type': 'Language', name: 'English', alternateName: 'en' },
      { '@type': 'Language', name: 'Tamil', alternateName: 'ta' },
      { '@type': 'Language', name: 'Brazilian Portuguese', alternateName: 'pt-BR' },
    ]);
    expect(person.email).toBe('priya.raman@meridian-news.example');
    expect(node(parse(profileGraph(priya)), 'ProfilePage').description).toBe(priya.summary);
  });

  it('gives as sameAs only the https profiles on other sites, not this site’s pages or mailto: links', () => {
    const person = node(parse(profileGraph(priya)), 'Person');
    expect(person.sameAs).toEqual(['https://hachyderm.io/@priya', 'https://github.com/priya']);
    expect(externalProfiles(priya)).toEqual(['https://hachyderm.io/@priya', 'https://github.com/priya']);
  });

  it('leaves out what the author file does not give, and lists no sameAs without profiles elsewhere', () => {
    const person = node(parse(profileGraph(makeAuthor({ slug: 'world-desk', name: 'World Desk' }))), 'Person');
    expect(person).not.toHaveProperty('knowsAbout');
    expect(person).not.toHaveProperty('knowsLanguage');
    expect(person).not.toHaveProperty('email');
    expect(person).not.toHaveProperty('sameAs');
    expect(person).not.toHaveProperty('image');
    expect(person.worksFor).toEqual({ '@id': jsonLdIds.organization() });
  });
});

describe('mastheadGraph', () => {
  const people = [
    makeAuthor({ slug: 'margaret-osei', name: 'Margaret Osei', role: 'Editor-in-chief', desk: 'editors' }),
    priya,
  ];
  const nodes = parse(mastheadGraph(people, mastheadBreadcrumb()));

  it('is a CollectionPage about the organisation, with the breadcrumb it shows', () => {
    const page = node(nodes, 'CollectionPage');
    expect(page).toMatchObject({
      '@id': `${site}/about/masthead`,
      url: `${site}/about/masthead`,
      about: { '@id': jsonLdIds.organization() },
      breadcrumb: { '@id': `${site}/about/masthead#breadcrumb` },
    });
    const crumbs = node(nodes, 'BreadcrumbList').itemListElement;
    expect(crumbs).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'About us', item: `${site}/about` },
      { '@type': 'ListItem', position: 3, name: 'Masthead', item: `${site}/about/masthead` },
    ]);
    node(nodes, 'NewsMediaOrganization');
  });

  it('has as main entity the list of its people in order, each the Person of their own page', () => {
    const list = node(nodes, 'CollectionPage').mainEntity;
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: 2 });
    expect(isObject(list) ? list.itemListElement : undefined).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        item: {
          '@type': 'Person',
          '@id': `${site}/authors/margaret-osei#person`,
          name: 'Margaret Osei',
          url: `${site}/authors/margaret-osei`,
          jobTitle: 'Editor-in-chief',
          worksFor: { '@id': jsonLdIds.organization() },
        },
      },
      {
        '@type': 'ListItem',
        position: 2,
        item: {
          '@type': 'Person',
          '@id': jsonLdIds.person('/authors/priya-raman'),
          name: 'Priya Raman',
          url: `${site}/authors/priya-raman`,
          jobTitle: 'Technology and culture reporter',
          worksFor: { '@id': jsonLdIds.organization() },
        },
      },
    ]);
  });
});

describe('serializeJsonLd', () => {
  const hostile = makeArticle({ slug: 'x', title: 'Ends here </script><script>alert(1)</script> & <!-- too' });
  const text = serializeJsonLd(articleGraph(hostile, author, articleBreadcrumb(hostile)));

  it('never lets content close the script element or open a comment', () => {
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).not.toContain('&');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('is still the same JSON', () => {
    const news = node(parse(articleGraph(hostile, author, [])), 'NewsArticle');
    expect(news.headline).toBe(hostile.title);
  });

  it('escapes the line separators old JavaScript parsers choke on', () => {
    expect(
      serializeJsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: 'a\u2028b' }] }),
    ).toContain('a\\u2028b');
  });
});
