import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, resolveArticle, type RuleContext } from '@/lib/checks/article-rules';
import { checkSite, type ArticleEntry } from '@/lib/checks/site-rules';
import {
  analyseLiveBlog,
  analyseLiveEntry,
  classifyLiveFile,
  liveBlogArticles,
  liveLinkTargets,
  resolveLive,
  type LiveBlogFile,
  type LiveContent,
  type LiveEntryFile,
} from '@/lib/checks/live-rules';
import { sectionSlugs } from '@/lib/config/sections';
import { readImageHeader } from '@/lib/media/dimensions';
import { prng } from '../../helpers/prng';
import {
  articleFile,
  articlePlan,
  BENCH_BYLINE,
  formatTable,
  liveBlogFiles,
  liveBlogPlan,
  liveEntryFile,
  parsePublishSteps,
  readerSeconds,
  uniqueWord,
  verdict,
  type BenchFile,
  type ScenarioResult,
} from '../../../bench/publish-timing';

const root = path.resolve(import.meta.dirname, '../../..');
const now = Date.parse('2026-11-28T18:00:00Z');
const blog = liveBlogPlan('harbour-vote-live', 'politics');
const article = articlePlan('harbour-report', 'world', 'Harbour authority publishes the report', 'zqabcdefgh', now);

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set([BENCH_BYLINE.author]),
  imageInfo: (src) => {
    const file = path.join(root, 'public', src);
    const header = existsSync(file) ? readImageHeader(readFileSync(file)) : undefined;
    return header ? { kind: 'image', ...header } : { kind: 'missing' };
  },
};

/** Every problem the checker finds in `files` (live blog files and articles), warnings included. */
function problemsOf(files: readonly BenchFile[]): string[] {
  const blogs: LiveBlogFile[] = [];
  const entries: LiveEntryFile[] = [];
  const articles: ArticleEntry[] = [];
  for (const file of files) {
    if (file.path.startsWith('content/articles/')) {
      articles.push({ path: file.path, facts: analyseArticle(file.text) });
      continue;
    }
    const kind = classifyLiveFile(file.path);
    if (kind.kind === 'blog') blogs.push({ path: file.path, slug: kind.slug, facts: analyseLiveBlog(file.text) });
    else if (kind.kind === 'entry') {
      entries.push({ path: file.path, blog: kind.blog, id: kind.id, facts: analyseLiveEntry(file.text) });
    } else throw new Error(`${file.path}: ${kind.message}`);
  }
  const live: LiveContent = { blogs, entries, others: [] };
  const all = [...articles, ...liveBlogArticles(live)];
  const siteCtx = {
    now: new Date(now),
    sections: sectionSlugs,
    authorSlugs: ctx.authorSlugs,
    publicFileExists: () => false,
    liveEntries: liveLinkTargets(live, sectionSlugs),
  };
  return [
    ...articles.flatMap((a) => resolveArticle(a.path, a.facts, ctx)),
    ...resolveLive(live, all, ctx, siteCtx),
    ...checkSite(all, [], siteCtx),
  ].map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
}

describe('the content the publish benchmark commits', () => {
  const files = liveBlogFiles(blog, BENCH_BYLINE, { now, entries: 50 });

  it('uses an author and a hero of the committed example content', () => {
    expect(existsSync(path.join(root, `content/authors/${BENCH_BYLINE.author}.mdx`))).toBe(true);
    expect(ctx.imageInfo(BENCH_BYLINE.hero).kind).toBe('image');
  });

  it('is a live blog of 50 entries: one pinned, key events titled, all before now', () => {
    expect(files[0]?.path).toBe('content/live/harbour-vote-live/index.mdx');
    expect(files[0]?.text).toContain('\nstatus: live\n');
    const entries = files.slice(1);
    expect(entries).toHaveLength(50);
    expect(entries.filter((e) => e.text.includes('\npinned: true\n'))).toHaveLength(1);
    const keyEvents = entries.filter((e) => e.text.includes('\nkeyEvent: true\n'));
    expect(keyEvents).toHaveLength(5);
    for (const e of keyEvents) expect(e.text).toMatch(/\ntitle: \S/);
    for (const e of entries) expect(Date.parse(/publishedAt: (\S+)/.exec(e.text)?.[1] ?? '')).toBeLessThan(now);
    expect(blog).toEqual({
      slug: 'harbour-vote-live',
      section: 'politics',
      url: '/politics/harbour-vote-live',
      updatesUrl: '/politics/harbour-vote-live/updates',
    });
  });

  it('passes every content rule, with the new entry and the new article, and after the edit', () => {
    const entry = liveEntryFile(blog.slug, 'bench-k3x9', { author: BENCH_BYLINE.author, publishedAt: now - 1000 });
    expect(entry.path).toBe('content/live/harbour-vote-live/entries/bench-k3x9.mdx');
    const created = articleFile(article, BENCH_BYLINE, now - 1000);
    const edited = articleFile(
      { ...article, headline: 'Harbour report shows higher costs' },
      BENCH_BYLINE,
      now - 1000,
      {
        date: now,
        text: 'An earlier headline understated the costs.',
      },
    );
    expect(problemsOf([...files, entry, created])).toEqual([]);
    expect(problemsOf([...files, entry, edited])).toEqual([]);
    expect(edited.text).toContain('\ntitle: Harbour report shows higher costs\n');
    expect(edited.path).toBe(created.path);
  });

  it('puts the search word in the article body only', () => {
    const { text } = articleFile(article, BENCH_BYLINE, now);
    const [, frontmatter = '', body = ''] = text.split('---\n');
    expect(article.path).toBe('content/articles/2026/harbour-report.mdx');
    expect(article.url).toBe('/world/harbour-report');
    expect(frontmatter).not.toContain(article.word);
    expect(body.match(/zqabcdefgh/g)).toHaveLength(1);
    expect(body.split(/\s+/).length).toBeGreaterThan(150);
  });

  it('makes search words no text contains, the same for the same random numbers', () => {
    const word = uniqueWord(prng(3));
    expect(word).toMatch(/^zq[a-z]{8}$/);
    expect(uniqueWord(prng(3))).toBe(word);
    expect(uniqueWord(prng(4))).not.toBe(word);
  });
});

describe('parsePublishSteps', () => {
  it('reads the time of each step scripts/publish.ts reports, and skips every other line', () => {
    const output = [
      '',
      '> newsroom@0.1.0 publish',
      '> tsx scripts/publish.ts --target http://127.0.0.1:3600',
      '',
      'publish: diff 0a1b2c3d4e5f..6a7b8c9d0e1f: 1 content file(s), 0 other (0.0 s)',
      'publish: 1 target(s) answering (0.1 s)',
      'checked 10057 files in 2.3 s: 0 errors, 0 warnings',
      'publish: check (2.9 s)',
      'content: 1 of 40 shards changed (11.2 s)',
      'publish: content build (12.4 s)',
      'publish: 23 path(s) affected',
      'publish: 1 target(s) serve content 6a7b8c9d0e1f (0.5 s)',
      'publish: revalidated 23 path(s) in 1 request(s) through 1 target(s) (0.1 s)',
      'publish: search delta (6.0 s)',
      'publish: published 6a7b8c9d0e1f in 22.1 s',
    ].join('\n');
    expect(parsePublishSteps(output)).toEqual([
      { step: 'diff', seconds: 0 },
      { step: 'targets up', seconds: 0.1 },
      { step: 'check', seconds: 2.9 },
      { step: 'content build', seconds: 12.4 },
      { step: 'health wait', seconds: 0.5 },
      { step: 'revalidate', seconds: 0.1 },
      { step: 'search delta', seconds: 6 },
      { step: 'total', seconds: 22.1 },
    ]);
  });

  it('keeps the text of a step it has no short name for, and reads ms', () => {
    expect(parsePublishSteps('publish: a new step (85 ms)')).toEqual([{ step: 'a new step', seconds: 0.085 }]);
  });
});

describe('the results table', () => {
  const base: ScenarioResult = {
    name: 'b. new article',
    steps: [{ step: 'check', seconds: 2.14 }],
    publishCode: 0,
    publishSeconds: 14.2,
    page: 15.05,
    section: 15.3,
    search: 21.7,
    missing: [],
    goalSeconds: 30,
  };

  it('is ok when every check came within the goal, over otherwise', () => {
    expect(readerSeconds(base)).toBe(21.7);
    expect(verdict(base)).toBe('ok');
    expect(verdict({ ...base, search: 30.5 })).toBe('over');
    expect(verdict({ ...base, search: undefined, missing: ['search'] })).toBe('over');
    expect(verdict({ ...base, publishCode: 1 })).toBe('over');
    expect(verdict({ ...base, goalSeconds: undefined })).toBe('—');
  });

  it('prints one row per scenario and the publish steps', () => {
    const table = formatTable([
      base,
      { ...base, name: 'd. takedown', search: undefined, missing: ['search'], publishCode: 1 },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^scenario\s+publish\s+commit→page\s+commit→section\s+commit→updates\s+commit→search\s+all\s+goal$/,
    );
    expect(lines[2]).toMatch(/^b\. new article\s+14\.2 s\s+15\.1 s\s+15\.3 s\s+—\s+21\.7 s\s+21\.7 s\s+≤ 30 s\s+ok$/);
    expect(lines[3]).toMatch(/^d\. takedown\s+14\.2 s \(exit 1\)\s+15\.1 s\s+15\.3 s\s+—\s+never\s+—\s+≤ 30 s\s+over$/);
    expect(table).toContain('b. new article — publish steps: check 2.1 s');
  });
});
