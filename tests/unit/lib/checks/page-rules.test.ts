import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleContext } from '@/lib/checks/article-rules';
import {
  analysePage,
  checkPage,
  checkStandingPolicies,
  STANDING_PAGES_CONFIG,
  type AnalysedPage,
  type PageEntry,
} from '@/lib/checks/page-rules';
import { checkLinks, type SiteContext } from '@/lib/checks/site-rules';
import { sectionSlugs } from '@/lib/config/sections';
import { POLICY_PROPERTIES, policyPages } from '@/lib/config/standing-pages';
import { pageFields } from '@/lib/content/schema';

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(['ann-lee']),
  imageInfo: () => ({ kind: 'image', type: 'jpg', width: 1600, height: 900 }),
};

function pageText(fields: Record<string, string>, body = 'How the newsroom works.'): string {
  const base: Record<string, string> = {
    title: 'Ethics and standards',
    standfirst: 'The rules every journalist of the newsroom works by, and what happens when someone breaks them.',
    updatedAt: '2026-10-14T10:00:00-04:00',
    ...fields,
  };
  const lines = Object.entries(base).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const check = (text: string, file = 'content/pages/ethics.mdx') => checkPage({ path: file, text }, ctx);

describe('a standing page file', () => {
  it('is accepted with a title, a standfirst and the date it last changed', () => {
    expect(check(pageText({}))).toEqual([]);
  });

  it.each(
    Object.entries(pageFields)
      .filter(([, f]) => f.required)
      .map(([name]) => name),
  )('needs %s (the schema says it is required)', (name) => {
    const text = pageText({}).replace(new RegExp(`^${name}: .*\\n`, 'm'), '');
    expect(check(text)).toEqual([expect.objectContaining({ field: name, message: 'is required but missing' })]);
  });

  it('applies the headline and standfirst rules of articles', () => {
    const problems = check(pageText({ title: 'x'.repeat(111), standfirst: 'Too short.' }));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'title'],
      [3, 'standfirst'],
    ]);
  });

  it('refuses an updatedAt without a timezone offset, at its line and column', () => {
    expect(check(pageText({ updatedAt: '2026-10-14T10:00:00' }))).toEqual([
      expect.objectContaining({ line: 4, column: 12, field: 'updatedAt' }),
    ]);
  });

  it('suggests the field an unknown one was meant to be', () => {
    expect(check(pageText({ updatedat: '2026-10-14T10:00:00-04:00' }))).toContainEqual(
      expect.objectContaining({ field: 'updatedat', message: 'unknown field; did you mean "updatedAt"?' }),
    );
  });

  it('reads a draft, and any draft value but false keeps the page a draft', () => {
    expect(analysePage(pageText({ draft: 'true' })).draft).toBe(true);
    expect(analysePage(pageText({ draft: 'false' })).draft).toBe(false);
    expect(analysePage(pageText({})).draft).toBe(false);
    const odd = analysePage(pageText({ draft: 'yes' }));
    expect(odd.draft).toBe(true);
    expect(odd.problems).toEqual([expect.objectContaining({ field: 'draft' })]);
  });

  it('applies the body rules of articles, and collects the body’s internal links', () => {
    const facts = analysePage(pageText({}, 'Read [the log](/corrections).\n\n<script>alert(1)</script>'));
    expect(facts.links.map((l) => l.value)).toEqual(['/corrections']);
    expect(facts.problems).toEqual([expect.objectContaining({ field: 'body', line: 9, column: 1 })]);
  });

  it.each([
    ['content/pages/Our_Team.mdx', 'must be a slug'],
    ['content/pages/masthead.mdx', 'is reserved: /about/masthead is the masthead'],
    ['content/pages/policies/ethics.mdx', 'must be directly in content/pages/'],
  ])('refuses the file %s', (file, message) => {
    expect(check(pageText({}), file)).toEqual([
      expect.objectContaining({ file, line: 1, column: 1, field: 'slug', message: expect.stringContaining(message) }),
    ]);
  });
});

function entry(slug: string, draft = false, links: string[] = []): PageEntry {
  const facts: AnalysedPage = {
    problems: [],
    draft,
    images: [],
    links: links.map((value) => ({ value, line: 7, column: 3 })),
  };
  return { path: `content/pages/${slug}.mdx`, facts };
}

const configText = readFileSync(path.resolve(STANDING_PAGES_CONFIG), 'utf8');
const allPolicyPages = [...new Set(Object.values(policyPages))].map((slug) => entry(slug));

/** The 1-based line of `property:` in the configuration's source. */
function lineOf(property: string): number {
  return configText.split('\n').findIndex((line) => line.trimStart().startsWith(`${property}:`)) + 1;
}

describe('the configured policies (checkStandingPolicies)', () => {
  it('accept a site with a published page for every one', () => {
    expect(checkStandingPolicies(allPolicyPages, configText)).toEqual([]);
  });

  it.each(POLICY_PROPERTIES.map((p) => [p, policyPages[p]] as const))(
    'refuse %s when its page (%s) is missing, at the property in the configuration, naming the file to create',
    (property, slug) => {
      const pages = allPolicyPages.filter((p) => p.path !== `content/pages/${slug}.mdx`);
      // Properties that share the page are all reported.
      const sharing = POLICY_PROPERTIES.filter((p) => policyPages[p] === slug);
      expect(checkStandingPolicies(pages, configText)).toEqual(
        sharing.map((p) => ({
          file: STANDING_PAGES_CONFIG,
          line: lineOf(p),
          column: 3,
          field: `policyPages.${p}`,
          message: `${p} names the page "${slug}", but there is no content/pages/${slug}.mdx: create it, or name an existing page`,
          severity: 'error',
        })),
      );
      expect(lineOf(property)).toBeGreaterThan(0);
    },
  );

  it('refuse a policy whose page is a draft', () => {
    const pages = allPolicyPages.map((p) => (p.path.endsWith('/diversity.mdx') ? entry('diversity', true) : p));
    expect(checkStandingPolicies(pages, configText)).toEqual([
      expect.objectContaining({
        file: STANDING_PAGES_CONFIG,
        line: lineOf('diversityPolicy'),
        field: 'policyPages.diversityPolicy',
        message: expect.stringContaining('content/pages/diversity.mdx is a draft: publish it'),
      }),
    ]);
  });
});

describe('links to standing pages and from them (checkLinks)', () => {
  const site = (pages: PageEntry[], authors: string[] = ['ann-lee']): SiteContext => ({
    now: new Date('2026-11-15T12:00:00Z'),
    sections: sectionSlugs,
    authorSlugs: new Set(authors),
    publicFileExists: () => false,
    pages,
  });
  const linksFrom = (target: string, pages: PageEntry[], authors?: string[]) =>
    checkLinks([], [], site([...pages, entry('careers', false, [target])], authors)).map((p) => p.message);

  it.each(['/about', '/about/ethics', '/about/ethics#gifts', '/about/masthead', '/corrections'])(
    'accepts a link to %s',
    (target) => {
      expect(linksFrom(target, allPolicyPages)).toEqual([]);
    },
  );

  it.each([
    ['/about/nothing', 'no page at /about/nothing: there is no content/pages/nothing.mdx'],
    ['/about/about', 'no page at /about/about: the about page is /about'],
    ['/about/ethics/more', 'no page at /about/ethics/more: standing pages are /about and /about/<slug>'],
  ])('refuses a link to %s', (target, message) => {
    expect(linksFrom(target, allPolicyPages)).toEqual([message]);
  });

  it('refuses a link to the masthead when there are no author pages', () => {
    expect(linksFrom('/about/masthead', allPolicyPages, [])).toEqual([
      'no page at /about/masthead: the masthead lists the author pages, and there are none',
    ]);
  });

  it('refuses a published page’s link to a draft page, but lets a draft link to one', () => {
    const pages = [entry('history', true), entry('draft-notes', true, ['/about/history'])];
    expect(checkLinks([], [], site([...pages, entry('careers', false, ['/about/history'])]))).toEqual([
      expect.objectContaining({
        file: 'content/pages/careers.mdx',
        line: 7,
        column: 3,
        field: 'body.link',
        message: expect.stringContaining('links to /about/history, a draft (content/pages/history.mdx)'),
      }),
    ]);
  });
});
