import { describe, expect, it } from 'vitest';
import { checkArticle, checkAuthor, formatProblem, parseDateTime, type RuleContext } from '@/lib/checks/article-rules';
import { sectionSlugs } from '@/lib/config/sections';
import { checkSlugs } from '@/lib/checks/site-rules';

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(['world-desk', 'ann-lee']),
  imageInfo: (src) =>
    src === '/images/ok.jpg' ? { kind: 'image', type: 'jpg', width: 1600, height: 900 } : { kind: 'missing' },
};

const FILE = 'content/articles/2026/harbour-vote.mdx';

const validFields: Record<string, string> = {
  title: 'title: Harbour district to close to cars',
  standfirst: 'standfirst: Councillors approved the plan after two years of consultation.',
  publishedAt: 'publishedAt: 2026-05-12T09:00:00-04:00',
  updatedAt: 'updatedAt: 2026-05-12T15:20:00-04:00',
  author: 'author: world-desk',
  section: 'section: politics',
  tags: 'tags:\n  - transport\n  - local-government',
  hero: "hero:\n  src: /images/ok.jpg\n  alt: Illustration of a harbour street\n  caption: The harbour.\n  credit: 'Illustration: The Meridian'",
  draft: 'draft: false',
};

/** A body long enough (over 150 words) not to be flagged as short. */
const BODY = 'Councillors voted on Monday night to close three streets in the old harbour district to cars. '
  .repeat(12)
  .trim();

/** An article file whose frontmatter is the valid one with some fields replaced or removed (null). */
function article(changes: Record<string, string | null> = {}): string {
  const fields = { ...validFields, ...changes };
  const lines = Object.values(fields).filter((v): v is string => v !== null);
  return `---\n${lines.join('\n')}\n---\n\n${BODY}\n`;
}

function problems(text: string, path = FILE) {
  return checkArticle({ path, text }, ctx);
}

/** The line (1-based) of the first line of the file that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
}

describe('checkArticle', () => {
  it('accepts a valid article', () => {
    expect(problems(article())).toEqual([]);
  });

  it.each(['title', 'standfirst', 'publishedAt', 'author', 'section', 'hero'])(
    'rejects a missing required field: %s',
    (field) => {
      const found = problems(article({ [field]: null }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: FILE, field, severity: 'error', message: 'is required but missing' });
    },
  );

  it('rejects a required field left empty, at its line', () => {
    const text = article({ title: 'title:' });
    expect(problems(text)).toEqual([
      expect.objectContaining({
        field: 'title',
        line: lineOf(text, 'title:'),
        message: 'is required but has no value',
      }),
    ]);
  });

  it('rejects a date that is not ISO 8601 with an offset, at its line', () => {
    const text = article({ publishedAt: 'publishedAt: 14 November 2024' });
    const [p] = problems(text);
    expect(p).toMatchObject({ field: 'publishedAt', line: lineOf(text, 'publishedAt:'), column: 14 });
    expect(p?.message).toMatch(/not an ISO 8601 date-time with a timezone offset/);
  });

  it('rejects a date without a timezone offset', () => {
    const [p] = problems(article({ publishedAt: 'publishedAt: 2026-05-12T09:00:00' }));
    expect(p).toMatchObject({ field: 'publishedAt' });
    expect(p?.message).toMatch(/timezone offset/);
  });

  it('rejects an impossible calendar date such as 30 February', () => {
    const [p] = problems(article({ publishedAt: 'publishedAt: 2026-02-30T09:00:00-05:00', updatedAt: null }));
    expect(p).toMatchObject({ field: 'publishedAt' });
    expect(p?.message).toMatch(/not a real calendar date/);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseDateTime('2024-02-29T09:00:00Z').ok).toBe(true);
    expect(parseDateTime('2025-02-29T09:00:00Z').ok).toBe(false);
  });

  it('rejects an update before publication', () => {
    const text = article({ updatedAt: 'updatedAt: 2026-05-11T09:00:00-04:00' });
    expect(problems(text)).toEqual([expect.objectContaining({ field: 'updatedAt', line: lineOf(text, 'updatedAt:') })]);
  });

  it('rejects an unknown author, naming the missing file', () => {
    const text = article({ author: 'author: jon-snow' });
    const [p] = problems(text);
    expect(p).toMatchObject({ field: 'author', line: lineOf(text, 'author:') });
    expect(p?.message).toContain('content/authors/jon-snow.mdx');
  });

  it('rejects an unknown section, listing the real ones', () => {
    const [p] = problems(article({ section: 'section: weather' }));
    expect(p).toMatchObject({ field: 'section' });
    expect(p?.message).toContain('unknown section "weather"');
    expect(p?.message).toContain('world, politics');
  });

  it('rejects an empty hero alt text', () => {
    const text = article({ hero: "hero:\n  src: /images/ok.jpg\n  alt: ''" });
    const [p] = problems(text);
    expect(p).toMatchObject({ field: 'hero.alt', line: lineOf(text, "  alt: ''"), message: 'must not be empty' });
  });

  it('rejects a hero without alt text', () => {
    const [p] = problems(article({ hero: 'hero:\n  src: /images/ok.jpg' }));
    expect(p).toMatchObject({ field: 'hero.alt', message: 'is required but missing' });
  });

  it('rejects a hero image that does not exist', () => {
    const p = problems(article({ hero: 'hero:\n  src: /images/missing.jpg\n  alt: A harbour' })).find(
      (x) => x.severity === 'error',
    );
    expect(p).toMatchObject({ field: 'hero.src' });
    expect(p?.message).toContain('public/images/missing.jpg does not exist');
  });

  it('rejects a headline over 110 characters', () => {
    const [p] = problems(article({ title: `title: ${'x'.repeat(111)}` }));
    expect(p).toMatchObject({ field: 'title' });
    expect(p?.message).toMatch(/111 characters/);
  });

  it('rejects an unknown field and suggests the one meant', () => {
    const text = article({ title: 'titel: Harbour district to close to cars' });
    const found = problems(text);
    expect(found).toContainEqual(expect.objectContaining({ field: 'titel', line: lineOf(text, 'titel:'), column: 1 }));
    expect(found.find((p) => p.field === 'titel')?.message).toContain('did you mean "title"?');
    expect(found).toContainEqual(expect.objectContaining({ field: 'title', message: 'is required but missing' }));
  });

  it('rejects tags that are not slugs', () => {
    const [p] = problems(article({ tags: 'tags:\n  - North Korea' }));
    expect(p).toMatchObject({ field: 'tags' });
  });

  it('rejects a draft flag that is not a boolean', () => {
    const [p] = problems(article({ draft: 'draft: maybe' }));
    expect(p).toMatchObject({ field: 'draft' });
  });

  it('reports YAML syntax errors with their line', () => {
    const text = '---\ntitle: A\nstandfirst: [unclosed\n---\n';
    const [p] = problems(text);
    expect(p).toMatchObject({ field: 'frontmatter' });
    expect(p?.message).toMatch(/YAML syntax error/);
  });

  it('rejects a file without frontmatter', () => {
    expect(problems('Just a body.\n')).toEqual([expect.objectContaining({ field: 'frontmatter', line: 1 })]);
  });

  it('rejects a file name that is not a slug', () => {
    const [p] = problems(article(), 'content/articles/2026/Harbour Vote.mdx');
    expect(p).toMatchObject({ field: 'slug' });
  });

  it('rejects the slug "page", whose address belongs to the section listing pages', () => {
    const found = problems(article(), 'content/articles/2026/page.mdx');
    expect(found).toEqual([expect.objectContaining({ field: 'slug', severity: 'error', line: 1 })]);
    expect(found[0]?.message).toMatch(/reserved for listing pages/);
    expect(problems(article(), 'content/articles/2026/page-turner.mdx')).toEqual([]);
  });

  it('reports every problem in a file at once', () => {
    const found = problems(article({ author: 'author: nobody', section: 'section: weather', standfirst: null }));
    expect(found.map((p) => p.field).sort()).toEqual(['author', 'section', 'standfirst']);
  });
});

describe('checkSlugs', () => {
  it('rejects two articles with the same slug, naming both files', () => {
    const found = checkSlugs([
      { path: 'content/articles/2025/storm.mdx' },
      { path: 'content/articles/2026/storm.mdx' },
      { path: 'content/articles/2026/calm.mdx' },
    ]);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ file: 'content/articles/2025/storm.mdx', field: 'slug' });
    expect(found[0]?.message).toContain('content/articles/2026/storm.mdx');
  });
});

describe('checkAuthor', () => {
  it('accepts a valid author and rejects a missing role', () => {
    const ok =
      '---\nname: Ann Lee\nrole: Reporter\ndesk: world\nsummary: Ann Lee reports from the harbour.\n---\nBio.\n';
    expect(checkAuthor({ path: 'content/authors/ann-lee.mdx', text: ok }, ctx)).toEqual([]);
    const bad = '---\nname: Ann Lee\ndesk: world\nsummary: Ann Lee reports from the harbour.\n---\nBio.\n';
    expect(checkAuthor({ path: 'content/authors/ann-lee.mdx', text: bad }, ctx)).toEqual([
      expect.objectContaining({ field: 'role', message: 'is required but missing' }),
    ]);
  });
});

describe('formatProblem', () => {
  it('prints path:line:column: field: message', () => {
    expect(
      formatProblem({ file: FILE, line: 4, column: 14, field: 'publishedAt', message: 'bad', severity: 'error' }),
    ).toBe(`${FILE}:4:14: publishedAt: bad`);
  });
});
