import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '@/lib/checks/article-rules';
import { sectionSlugs } from '@/lib/config/sections';
import {
  checkHeadlineChange,
  checkLinks,
  checkRedirects,
  type ArticleEntry,
  type SiteContext,
} from '@/lib/checks/site-rules';

const at = { line: 2, column: 1 };

/** Facts for an article, as phase 1 would find them. */
function facts(overrides: Partial<Omit<AnalysedArticle, 'publishedAt'>> & { publishedAt?: string }): AnalysedArticle {
  const { publishedAt = '2026-05-01T09:00:00.000Z', ...rest } = overrides;
  return {
    problems: [],
    title: { value: 'A headline', ...at },
    publishedAt: { value: publishedAt, time: Date.parse(publishedAt), ...at },
    author: { value: 'ann-lee', ...at },
    section: { value: 'world', ...at },
    tags: [],
    draft: false,
    redirectFrom: [],
    corrections: 0,
    images: [],
    links: [],
    ...rest,
  };
}

const link = (value: string) => ({ value, line: 20, column: 1 });
const entry = (slug: string, f: AnalysedArticle): ArticleEntry => ({
  path: `content/articles/2026/${slug}.mdx`,
  facts: f,
});

function ctx(now: string): SiteContext {
  return {
    now: new Date(now),
    sections: sectionSlugs,
    authorSlugs: new Set(['ann-lee']),
    publicFileExists: () => false,
  };
}

describe('links over time (injected clock)', () => {
  const scheduled = entry(
    'budget',
    facts({ publishedAt: '2026-06-10T09:00:00.000Z', tags: [{ value: 'budget-2027', ...at }] }),
  );
  const source = entry('source', facts({ links: [link('/world/budget'), link('/tags/budget-2027')] }));

  it('refuses a published article linking to one scheduled later, until that moment has passed', () => {
    const before = checkLinks([scheduled, source], [], ctx('2026-06-01T00:00:00Z'));
    expect(before.map((p) => p.message)).toEqual([
      'links to /world/budget, scheduled for 2026-06-10T09:00:00.000Z, after this article is published: readers would get a page not found until then',
      '/tags/budget-2027 has no published article until 2026-06-10T09:00:00.000Z, after this article is published: readers would get a page not found',
    ]);
    expect(checkLinks([scheduled, source], [], ctx('2026-06-10T09:00:00Z'))).toEqual([]);
  });

  it('lets an article scheduled later still link to one scheduled before it', () => {
    const later = entry('later', facts({ publishedAt: '2026-06-11T09:00:00.000Z', links: [link('/world/budget')] }));
    expect(checkLinks([scheduled, later], [], ctx('2026-06-01T00:00:00Z'))).toEqual([]);
  });

  it('lets drafts link to drafts, but never a published article', () => {
    const draft = entry('draft', facts({ draft: true }));
    const otherDraft = entry('other', facts({ draft: true, links: [link('/world/draft')] }));
    expect(checkLinks([draft, otherDraft], [], ctx('2026-06-01T00:00:00Z'))).toEqual([]);
    const published = entry('published', facts({ links: [link('/world/draft')] }));
    expect(checkLinks([draft, published], [], ctx('2030-01-01T00:00:00Z'))[0]?.message).toMatch(
      /a draft \(content\/articles\/2026\/draft.mdx\)/,
    );
  });
});

describe('redirects', () => {
  it('finds a loop between two articles that each claim the other’s address', () => {
    const a = entry('a', facts({ redirectFrom: [{ value: '/world/b', line: 9, column: 5 }] }));
    const b = entry('b', facts({ redirectFrom: [{ value: '/world/a', line: 9, column: 5 }] }));
    expect(checkRedirects([a, b], ctx('2026-06-01T00:00:00Z')).map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/articles/2026/a.mdx: redirect loop: "/world/b" is the address of content/articles/2026/b.mdx, which redirects /world/a back here',
      'content/articles/2026/b.mdx: redirect loop: "/world/a" is the address of content/articles/2026/a.mdx, which redirects /world/b back here',
    ]);
  });

  it('treats old addresses without regard to case, as Next matches them', () => {
    const a = entry('a', facts({ redirectFrom: [{ value: '/World/Old', line: 9, column: 5 }] }));
    const b = entry('b', facts({ redirectFrom: [{ value: '/world/old', line: 9, column: 5 }] }));
    expect(checkRedirects([a, b], ctx('2026-06-01T00:00:00Z'))).toHaveLength(2);
  });
});

describe('checkHeadlineChange', () => {
  const before = facts({ title: { value: 'Harbour vote passes', ...at } });
  const after = facts({ title: { value: 'Harbour vote fails', ...at } });
  const now = new Date('2026-06-01T00:00:00Z');

  it('warns when a published headline changed and no correction was added', () => {
    expect(checkHeadlineChange('f.mdx', after, before, 'origin/main', now)?.message).toBe(
      'the headline changed since origin/main (was "Harbour vote passes") and no correction was added: if the change fixes an error, add an entry to corrections',
    );
  });

  it('says nothing when a correction was added, the headline is unchanged, or readers never saw it', () => {
    expect(checkHeadlineChange('f.mdx', { ...after, corrections: 1 }, before, 'HEAD', now)).toBeUndefined();
    expect(checkHeadlineChange('f.mdx', before, before, 'HEAD', now)).toBeUndefined();
    expect(checkHeadlineChange('f.mdx', after, { ...before, draft: true }, 'HEAD', now)).toBeUndefined();
    expect(checkHeadlineChange('f.mdx', after, before, 'HEAD', new Date('2026-04-01T00:00:00Z'))).toBeUndefined();
  });
});
