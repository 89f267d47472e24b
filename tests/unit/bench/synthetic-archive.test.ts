import { describe, expect, it } from 'vitest';
import {
  analyseArticle,
  analyseAuthor,
  resolveArticle,
  resolveAuthor,
  slugFromPath,
  type RuleContext,
} from '@/lib/checks/article-rules';
import { sectionSlugs } from '@/lib/config/sections';
import { checkSite } from '@/lib/checks/site-rules';
import { buildArchive } from '../../../bench/synthetic-archive';

const now = new Date('2026-11-28T00:00:00Z');
const archive = buildArchive({ count: 300, seed: 7, now });
const articles = archive.files.filter((f) => f.path.startsWith('content/articles/'));
const authors = archive.files.filter((f) => f.path.startsWith('content/authors/'));
const images = new Set(archive.images.map((i) => i.path.replace(/^public/, '')));
const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(authors.map((a) => slugFromPath(a.path))),
  imageInfo: (src) =>
    images.has(src) ? { kind: 'image', type: 'jpg', width: 1600, height: 900 } : { kind: 'missing' },
};

describe('the synthetic archive', () => {
  it('has the requested number of articles', () => {
    expect(articles).toHaveLength(300);
    expect(authors).toHaveLength(archive.authorCount);
  });

  it('passes every content rule', () => {
    const articleEntries = articles.map((f) => ({ path: f.path, facts: analyseArticle(f.text) }));
    const authorEntries = authors.map((f) => ({ path: f.path, facts: analyseAuthor(f.text) }));
    const problems = [
      ...articleEntries.flatMap((a) => resolveArticle(a.path, a.facts, ctx)),
      ...authorEntries.flatMap((a) => resolveAuthor(a.path, a.facts, ctx)),
      ...checkSite(articleEntries, authorEntries, {
        now,
        sections: sectionSlugs,
        authorSlugs: ctx.authorSlugs,
        publicFileExists: () => false,
      }),
    ];
    expect(problems).toEqual([]);
  });

  it('is dated in the past, and links only to articles that exist', () => {
    const urls = new Set<string>();
    for (const f of articles) {
      const section = /\nsection: (\w+)/.exec(f.text)?.[1];
      urls.add(`/${section}/${slugFromPath(f.path)}`);
      const published = /\npublishedAt: (\S+)/.exec(f.text)?.[1] ?? '';
      expect(Date.parse(published)).toBeLessThan(now.getTime());
    }
    const links = articles.flatMap((f) => [...f.text.matchAll(/\]\((\/[^)]+)\)/g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(urls.has(link ?? '')).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = buildArchive({ count: 300, seed: 7, now });
    expect(again.files).toEqual(archive.files);
    expect(buildArchive({ count: 300, seed: 8, now }).files).not.toEqual(archive.files);
  });
});
