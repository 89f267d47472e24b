import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Page } from '@/contentlayer.config';
import { standingPageBreadcrumb } from '@/lib/content/breadcrumbs';
import { pageFromDocument, type ContentIndex, type IndexedPage } from '@/lib/content/content-index';
import { pageFields } from '@/lib/content/schema';
import {
  aboutGroupLinks,
  isStandingPageVisible,
  publishedStandingPages,
  standingPagesPresent,
  type StandingPage,
} from '@/lib/content/standing-pages';
import { aboutLinks } from '@/lib/config/standing-pages';
import { makeAuthor } from '../../../fixtures/articles';

function page(slug: string, draft = false): StandingPage {
  return {
    slug,
    url: slug === 'about' ? '/about' : `/about/${slug}`,
    title: `The ${slug} page`,
    standfirst: `What the ${slug} page says, in one paragraph.`,
    updatedAt: '2026-10-14T14:00:00.000Z',
    draft,
  };
}

describe('the Page document type', () => {
  const def = typeof Page.def === 'function' ? Page.def() : Page.def;

  // That its fields are the schema's is checked with every document type in schema.test.ts.
  it('reads content/pages/*.mdx with the fields of pageFields, keeps the body raw, and computes its slug and url', () => {
    expect(def.filePathPattern).toBe('pages/*.mdx');
    expect(def.contentType).toBe('markdown');
    expect(Object.keys(def.fields ?? {})).toEqual(['title', 'standfirst', 'updatedAt', 'draft']);
    expect(Object.keys(pageFields)).toEqual(['title', 'standfirst', 'updatedAt', 'draft']);
    expect(Object.keys(def.computedFields ?? {})).toEqual(['slug', 'url']);
  });
});

describe('pageFromDocument (the content-index decoder)', () => {
  const doc = {
    title: 'Ethics and standards',
    standfirst: 'The rules every journalist works by, and what happens when someone breaks them.',
    updatedAt: '2026-10-14T14:00:00.000Z',
    draft: false,
    type: 'Page',
    slug: 'ethics',
    url: '/about/ethics',
    body: { raw: 'The body.', html: '' },
    _raw: { sourceFilePath: 'pages/ethics.mdx', flattenedPath: 'pages/ethics' },
  };

  it('reads every schema field and where the body is, and nothing else', () => {
    expect(pageFromDocument(doc, 'generated/Page/pages__ethics.mdx.json')).toEqual({
      title: doc.title,
      standfirst: doc.standfirst,
      updatedAt: doc.updatedAt,
      draft: false,
      slug: 'ethics',
      url: '/about/ethics',
      bodyFile: 'generated/Page/pages__ethics.mdx.json',
      sourceFile: 'pages/ethics.mdx',
    });
  });

  it('fills the default of an absent draft, as contentlayer does', () => {
    const { draft: _draft, ...rest } = doc;
    expect(pageFromDocument(rest, 'x.json').draft).toBe(false);
  });

  it.each(['title', 'standfirst', 'updatedAt'])('refuses a document without %s, naming it', (name) => {
    const broken: Record<string, unknown> = { ...doc };
    delete broken[name];
    expect(() => pageFromDocument(broken, 'broken.json')).toThrow(`broken.json: expected text in "${name}"`);
  });
});

describe('who sees a standing page', () => {
  it('shows readers published pages only, and editors drafts too', () => {
    expect(isStandingPageVisible(page('ethics'), {})).toBe(true);
    expect(isStandingPageVisible(page('ethics', true), { includeDrafts: false })).toBe(false);
    expect(isStandingPageVisible(page('ethics', true), { includeDrafts: true })).toBe(true);
  });

  it('lists the published pages in slug order', () => {
    expect(publishedStandingPages([page('ethics'), page('careers', true), page('about')]).map((p) => p.slug)).toEqual([
      'about',
      'ethics',
    ]);
  });

  it('has a masthead while the site has at least one author', () => {
    expect(standingPagesPresent([page('about'), page('careers', true)], 2)).toEqual({
      pages: new Set(['about']),
      masthead: true,
    });
    expect(standingPagesPresent([], 0).masthead).toBe(false);
  });
});

describe('the footer’s About group (aboutGroupLinks)', () => {
  const all = new Set(aboutLinks.map((l) => l.slug));

  it('links every configured page that exists, and the masthead, in the configured order', () => {
    expect(aboutGroupLinks({ pages: all, masthead: true })).toEqual(
      aboutLinks.map(({ slug, label }) => ({ href: slug === 'about' ? '/about' : `/about/${slug}`, label })),
    );
  });

  it('leaves out pages that do not exist for readers, and the masthead when there are no authors', () => {
    expect(aboutGroupLinks({ pages: new Set(['contact', 'about', 'unlisted']), masthead: false })).toEqual([
      { href: '/about', label: 'About us' },
      { href: '/about/contact', label: 'Contact us' },
    ]);
    expect(aboutGroupLinks({ pages: new Set(), masthead: false })).toEqual([]);
  });
});

describe('the breadcrumb', () => {
  it('is Home » About us on the about page, and Home » About us » Title under it', () => {
    expect(standingPageBreadcrumb(page('about'))).toEqual([
      { name: 'Home', href: '/' },
      { name: 'About us', href: '/about' },
    ]);
    expect(standingPageBreadcrumb(page('ethics'))).toEqual([
      { name: 'Home', href: '/' },
      { name: 'About us', href: '/about' },
      { name: 'The ethics page', href: '/about/ethics' },
    ]);
  });
});

describe('standing pages in the content store', () => {
  let dir: string;
  let previous: string;
  const indexed = (p: StandingPage): IndexedPage => ({
    ...p,
    bodyFile: `generated/Page/${p.slug}.json`,
    sourceFile: `pages/${p.slug}.mdx`,
  });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'standing-pages-'));
    const generated = path.join(dir, '.contentlayer/generated/Page');
    mkdirSync(generated, { recursive: true });
    const index: ContentIndex = {
      articles: [],
      authors: [{ ...makeAuthor({ slug: 'ann-lee' }), bio: '' }],
      pages: [indexed(page('about')), indexed(page('ethics')), indexed(page('careers', true))],
      topics: [],
    };
    writeFileSync(path.join(dir, '.contentlayer/content-index.json'), JSON.stringify(index));
    for (const slug of ['about', 'ethics', 'careers']) {
      writeFileSync(path.join(generated, `${slug}.json`), JSON.stringify({ body: { raw: `The **${slug}** body.` } }));
    }
    previous = process.cwd();
    process.chdir(dir);
    // Production rules: drafts hidden from readers (site-config reads NODE_ENV when first loaded).
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
  });

  afterAll(() => {
    vi.unstubAllEnvs();
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives readers a published page and its compiled body, and no draft', async () => {
    const { getStandingPage, getStandingPageBody } = await import('@/lib/content/store');
    expect(getStandingPage('ethics')?.title).toBe('The ethics page');
    expect(getStandingPage('careers')).toBeUndefined();
    expect(getStandingPage('careers', { preview: true })?.draft).toBe(true);
    expect(getStandingPage('nothing', { preview: true })).toBeUndefined();
    expect(getStandingPageBody('ethics')).toContain('ethics');
  });

  it('says which pages exist for the footer and the JSON-LD', async () => {
    const { getAboutLinks, getStandingPagesPresent } = await import('@/lib/content/store');
    expect(getStandingPagesPresent()).toEqual({ pages: new Set(['about', 'ethics']), masthead: true });
    expect(getAboutLinks().map((l) => l.href)).toEqual(['/about', '/about/masthead', '/about/ethics']);
  });

  it('lets the HTTP layer through to published pages and the masthead only', async () => {
    const { contentLookups, twoSegmentAddressExists } = await import('@/lib/serving/known-addresses');
    const lookups = contentLookups(new Date('2026-11-15T12:00:00Z'));
    expect(twoSegmentAddressExists('/about/ethics', lookups)).toBe(true);
    expect(twoSegmentAddressExists('/about/masthead', lookups)).toBe(true);
    expect(twoSegmentAddressExists('/about/careers', lookups)).toBe(false);
    expect(twoSegmentAddressExists('/about/about', lookups)).toBe(false);
    expect(twoSegmentAddressExists('/about/nothing', lookups)).toBe(false);
  });

  it('lists published pages in the sitemap with their last update', async () => {
    const { allStandingPages } = await import('@/lib/content/store');
    const { siteSitemapEntries } = await import('@/lib/seo/sitemap');
    const entries = siteSitemapEntries([], [], new Date('2026-11-15T12:00:00Z'), allStandingPages());
    const pages = entries.filter((e) => new URL(e.loc).pathname.startsWith('/about'));
    expect(pages.map((e) => [new URL(e.loc).pathname, e.lastmod])).toEqual([
      ['/about', '2026-10-14T10:00:00-04:00'],
      ['/about/ethics', '2026-10-14T10:00:00-04:00'],
    ]);
  });

  it('prerenders every published page under /about but the about page itself', async () => {
    const { standingPagesToPrerender } = await import('@/lib/content/standing-page-view');
    expect(standingPagesToPrerender()).toEqual([{ page: 'ethics' }]);
  });
});
