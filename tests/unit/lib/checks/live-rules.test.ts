import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyseArticle,
  compareProblems,
  formatProblem,
  type Problem,
  type RuleContext,
} from '@/lib/checks/article-rules';
import {
  analyseDocument,
  analyseLiveBlog,
  analyseLiveEntry,
  classifyLiveFile,
  LIVE_IDLE_HOURS,
  liveBlogArticles,
  liveLinkTargets,
  resolveLive,
  type LiveContent,
  type LiveEntryFile,
} from '@/lib/checks/live-rules';
import { checkLinks, checkSite, type ArticleEntry, type SiteContext } from '@/lib/checks/site-rules';
import { checkContent } from '@/lib/checks/runner';
import { sectionSlugs } from '@/lib/config/sections';
import { liveBlogFields, liveEntryFields } from '@/lib/content/schema';

const NOW = new Date('2026-11-15T12:00:00Z');

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(['ann-lee', 'world-desk']),
  imageInfo: () => ({ kind: 'image', type: 'jpg', width: 1600, height: 900 }),
};

const siteCtx: SiteContext = {
  now: NOW,
  sections: sectionSlugs,
  authorSlugs: ctx.authorSlugs,
  publicFileExists: () => false,
};

/** A live blog's index.mdx; `fields` replace or add frontmatter lines (a value of null leaves the field out). */
function blogText(fields: Record<string, string | null> = {}, body = 'The strike ended at noon.'): string {
  const base: Record<string, string | null> = {
    title: "'Harbour ferry strike: as it happened'",
    standfirst: 'Crews on the harbour ferry stopped work for a morning, then called the strike off after talks.',
    publishedAt: '2026-11-10T06:50:00-05:00',
    author: 'world-desk',
    section: 'politics',
    status: 'ended',
    endedAt: '2026-11-10T12:30:00-05:00',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\nhero:\n  src: /images/hero.jpg\n  alt: Illustration of a ferry at dusk\n  caption: The ferry.\n  credit: 'Illustration: The Meridian'\n---\n\n${body}\n`;
}

/** An entry's file; `fields` replace or add frontmatter lines (null leaves one out). */
function entryText(fields: Record<string, string | null> = {}, body = 'The first boat did not sail.'): string {
  const base: Record<string, string | null> = {
    publishedAt: '2026-11-10T07:00:00-05:00',
    author: 'world-desk',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** Phase 1 problems as `line:column: field: severity: message`. */
function local(problems: readonly Omit<Problem, 'file'>[]): string[] {
  return problems.map((p) => `${p.line}:${p.column}: ${p.field}: ${p.severity}: ${p.message}`);
}

type Files = { blogs?: Record<string, string>; entries?: Record<string, string>; others?: string[] };

/** The live content of `files` (blog slug → text; `<blog>/<id>` → text), phase 1 done. */
function live({ blogs = {}, entries = {}, others = [] }: Files): LiveContent {
  return {
    blogs: Object.entries(blogs).map(([slug, text]) => ({
      path: `content/live/${slug}/index.mdx`,
      slug,
      facts: analyseLiveBlog(text),
    })),
    entries: Object.entries(entries).map(([key, text]): LiveEntryFile => {
      const [blog = '', id = ''] = key.split('/');
      return { path: `content/live/${blog}/entries/${id}.mdx`, blog, id, facts: analyseLiveEntry(text) };
    }),
    others: others.flatMap((p) => {
      const file = classifyLiveFile(p);
      return file.kind === 'other' ? [file] : [];
    }),
  };
}

const articles: ArticleEntry[] = [
  {
    path: 'content/articles/2026/budget-draft.mdx',
    facts: analyseArticle(
      blogText({ status: null, endedAt: null, title: 'The budget', draft: 'true', section: 'politics' }),
    ),
  },
];

/** Phase 2 for `files` against `articles`, as `file:line:column: field: severity: message`. */
function resolve(files: Files, now: Date = NOW): string[] {
  const content = live(files);
  const all = [...articles, ...liveBlogArticles(content)];
  const site = { ...siteCtx, now, liveEntries: liveLinkTargets(content, sectionSlugs) };
  return resolveLive(content, all, ctx, site)
    .sort(compareProblems)
    .map((p) => `${p.file}:${p.line}:${p.column}: ${p.field}: ${p.severity}: ${p.message}`);
}

describe('where a file under content/live belongs', () => {
  it('knows a blog and an entry by their place', () => {
    expect(classifyLiveFile('content/live/ferry-strike/index.mdx')).toEqual({
      kind: 'blog',
      path: 'content/live/ferry-strike/index.mdx',
      slug: 'ferry-strike',
    });
    expect(classifyLiveFile('content/live/ferry-strike/entries/0700-first-boat.mdx')).toEqual({
      kind: 'entry',
      path: 'content/live/ferry-strike/entries/0700-first-boat.mdx',
      blog: 'ferry-strike',
      id: '0700-first-boat',
    });
  });

  it('says what to do with any other file', () => {
    const message = (p: string) => {
      const file = classifyLiveFile(p);
      return file.kind === 'other' ? file.message : file.kind;
    };
    expect(message('content/live/ferry-strike.mdx')).toBe(
      'a live blog is a folder: move this file to content/live/ferry-strike/index.mdx',
    );
    expect(message('content/live/ferry-strike/0700.mdx')).toBe(
      "an entry goes in its blog's entries folder: move this file to content/live/ferry-strike/entries/0700.mdx",
    );
    expect(message('content/live/ferry-strike/entries/0700.md')).toMatch(/holds one \.mdx file per entry/);
    expect(message('content/live/ferry-strike/entries/day-2/0700.mdx')).toMatch(/holds one \.mdx file per entry/);
    expect(message('content/live/ferry-strike/hero.jpg')).toMatch(
      /^content\/live holds live blogs only: content\/live\/<slug>\/index\.mdx for each blog and content\/live\/<slug>\/entries\/<id>\.mdx for each entry/,
    );
  });
});

describe('a live blog on its own (phase 1)', () => {
  it('accepts an ended blog, and does not ask a summary for 150 words as it does a story', () => {
    const facts = analyseLiveBlog(blogText());
    expect(local(facts.problems)).toEqual([]);
    expect(facts.status).toEqual({ value: 'ended', line: 7, column: 9 });
    expect(facts.endedAt).toMatchObject({ value: '2026-11-10T12:30:00-05:00', line: 8 });
    expect(analyseArticle(blogText({ status: null, endedAt: null })).problems.map((p) => p.field)).toEqual(['body']);
  });

  it('takes its field rules from liveBlogFields: the article fields and status and endedAt', () => {
    expect(local(analyseLiveBlog(blogText({ summary: 'A line.' })).problems)).toEqual([
      `9:1: summary: error: unknown field; known fields: ${Object.keys(liveBlogFields).join(', ')}`,
    ]);
    expect(local(analyseLiveBlog(blogText({ stauts: 'ended', status: null })).problems)).toEqual([
      '8:1: stauts: error: unknown field; did you mean "status"?',
      '1:1: status: error: is required but missing',
    ]);
    expect(local(analyseLiveBlog(blogText({ endedAt: '2026-11-10T12:30' })).problems)).toEqual([
      '8:10: endedAt: error: "2026-11-10T12:30" is not an ISO 8601 date-time with a timezone offset; write it like 2024-11-14T10:00:00-05:00',
    ]);
    expect(local(analyseLiveBlog(blogText({ title: 'x'.repeat(111) })).problems)).toEqual([
      '2:8: title: error: is 111 characters; a headline may be at most 110',
    ]);
  });

  it('names the statuses, with a suggestion for a near miss', () => {
    expect(local(analyseLiveBlog(blogText({ status: 'ened' })).problems)).toEqual([
      '7:9: status: error: unknown status "ened"; did you mean "ended"? use live while the coverage runs, ended once it is over',
    ]);
  });

  it('wants endedAt exactly when the coverage has ended, and not before it started', () => {
    expect(local(analyseLiveBlog(blogText({ endedAt: null })).problems)).toEqual([
      '7:9: status: error: the coverage has ended but there is no endedAt: add when it ended, with its offset, e.g. "endedAt: 2026-11-04T01:30:00-05:00" (no earlier than the last entry)',
    ]);
    expect(local(analyseLiveBlog(blogText({ status: 'live' })).problems)).toEqual([
      '8:10: endedAt: error: the blog is still live (status: live) but has an endedAt: to end the coverage set "status: ended"; while it runs, remove endedAt',
    ]);
    expect(local(analyseLiveBlog(blogText({ status: 'live', endedAt: null })).problems)).toEqual([]);
    expect(local(analyseLiveBlog(blogText({ endedAt: '2026-11-10T06:00:00-05:00' })).problems)).toEqual([
      '8:10: endedAt: error: 2026-11-10T06:00:00-05:00 is before publishedAt 2026-11-10T06:50:00-05:00: the coverage cannot end before it starts',
    ]);
  });

  it('applies the article body rules to the summary', () => {
    expect(
      local(analyseLiveBlog(blogText({}, 'The strike.\n\n<iframe src="https://example.com"></iframe>')).problems),
    ).toEqual([
      "18:1: body: error: <iframe> is not allowed: editors' MDX must not run code, change the page's styles or embed other sites in readers' browsers",
    ]);
  });
});

describe('an entry on its own (phase 1)', () => {
  it('accepts an entry with every field', () => {
    const facts = analyseLiveEntry(
      entryText({
        updatedAt: '2026-11-10T07:30:00-05:00',
        title: 'The first boat does not sail',
        pinned: 'true',
        keyEvent: 'true',
        draft: 'false',
        corrections: '\n  - date: 2026-11-10T08:00:00-05:00\n    text: An earlier version gave the wrong time.',
      }),
    );
    expect(local(facts.problems)).toEqual([]);
    expect(facts).toMatchObject({ keyEvent: true, draft: false, pinned: { line: 6, column: 9 } });
    expect(facts.publishedAt).toMatchObject({ value: '2026-11-10T07:00:00-05:00', line: 2, column: 14 });
    expect(facts.author).toEqual({ value: 'world-desk', line: 3, column: 9 });
  });

  it('takes its field rules from liveEntryFields', () => {
    expect(local(analyseLiveEntry(entryText({ headline: 'Boats' })).problems)).toEqual([
      `4:1: headline: error: unknown field; known fields: ${Object.keys(liveEntryFields).join(', ')}`,
    ]);
    expect(local(analyseLiveEntry(entryText({ keyevent: 'true' })).problems)).toEqual([
      '4:1: keyevent: error: unknown field; did you mean "keyEvent"?',
    ]);
    expect(local(analyseLiveEntry(entryText({ author: null })).problems)).toEqual([
      '1:1: author: error: is required but missing',
    ]);
    expect(local(analyseLiveEntry(entryText({ pinned: 'yes' })).problems)).toEqual([
      '4:9: pinned: error: must be true or false (got string "yes")',
    ]);
    expect(local(analyseLiveEntry(entryText({ title: 'x'.repeat(111) })).problems)).toEqual([
      '4:8: title: error: is 111 characters; an entry title may be at most 110',
    ]);
  });

  it('wants its time with an offset, a real date, and no update or correction before it', () => {
    expect(local(analyseLiveEntry(entryText({ publishedAt: '2026-11-10 07:00' })).problems)).toEqual([
      '2:14: publishedAt: error: "2026-11-10 07:00" is not an ISO 8601 date-time with a timezone offset; write it like 2024-11-14T10:00:00-05:00',
    ]);
    expect(local(analyseLiveEntry(entryText({ publishedAt: '2026-11-31T07:00:00-05:00' })).problems)).toEqual([
      '2:14: publishedAt: error: "2026-11-31T07:00:00-05:00" is not a real calendar date: 2026-11 has no day 31',
    ]);
    expect(local(analyseLiveEntry(entryText({ updatedAt: '2026-11-10T06:00:00-05:00' })).problems)).toEqual([
      '4:12: updatedAt: error: 2026-11-10T06:00:00-05:00 is before publishedAt 2026-11-10T07:00:00-05:00; an update cannot precede publication',
    ]);
    expect(
      local(
        analyseLiveEntry(entryText({ corrections: '\n  - date: 2026-11-10T06:00:00-05:00\n    text: A wrong time.' }))
          .problems,
      ),
    ).toEqual([
      '5:11: corrections.date: error: 2026-11-10T06:00:00-05:00 is before publishedAt 2026-11-10T07:00:00-05:00; a correction cannot precede publication',
    ]);
  });

  it('applies the article body rules, and wants a text', () => {
    expect(local(analyseLiveEntry(entryText({}, 'Boats.\n\n<script>alert(1)</script>')).problems)).toEqual([
      "8:1: body: error: <script> is not allowed: editors' MDX must not run code, change the page's styles or embed other sites in readers' browsers",
    ]);
    expect(local(analyseLiveEntry(entryText({}, 'A { brace')).problems)[0]).toMatch(
      /^6:\d+: body: error: MDX syntax error/,
    );
    expect(local(analyseLiveEntry(entryText({}, '')).problems)).toEqual([
      '4:1: body: error: the entry has no text: write it below the frontmatter',
    ]);
    // A short entry is normal: no word count.
    expect(local(analyseLiveEntry(entryText({}, 'Boats.')).problems)).toEqual([]);
  });

  it('refuses the TODO placeholder once published, and warns about it in a draft', () => {
    expect(local(analyseLiveEntry(entryText({}, 'TODO: write the entry.')).problems)).toEqual([
      '6:1: body: error: still holds the TODO placeholder from npm run new: a published article may not contain placeholders',
    ]);
    expect(local(analyseLiveEntry(entryText({ draft: 'true' }, 'TODO: write the entry.')).problems)).toEqual([
      '7:1: body: warning: still holds the TODO placeholder from npm run new: replace it before publishing',
    ]);
  });

  it('warns about a key event without a title, which the key-events list shows', () => {
    expect(local(analyseLiveEntry(entryText({ keyEvent: 'true' })).problems)).toEqual([
      '4:11: keyEvent: warning: a key event is listed at the top of the blog by its title: give the entry a title (a short line saying what happened)',
    ]);
  });

  it('is what a worker runs for each kind of file', () => {
    expect(analyseDocument('live-entry', entryText())).toEqual({
      kind: 'live-entry',
      facts: analyseLiveEntry(entryText()),
    });
    expect(analyseDocument('live-blog', blogText())).toEqual({ kind: 'live-blog', facts: analyseLiveBlog(blogText()) });
    expect(analyseDocument('article', blogText()).kind).toBe('article');
  });
});

describe('a live blog and its entries together (phase 2)', () => {
  const blogs = { 'ferry-strike': blogText() };

  it('accepts a blog whose entries are in order', () => {
    expect(
      resolve({
        blogs,
        entries: {
          'ferry-strike/0700-first-boat': entryText(),
          'ferry-strike/0715-what-we-know': entryText({ publishedAt: '2026-11-10T07:15:00-05:00', pinned: 'true' }),
          'ferry-strike/1230-last': entryText({ publishedAt: '2026-11-10T12:30:00-05:00', author: 'ann-lee' }),
        },
      }),
    ).toEqual([]);
  });

  it('checks the blog as an article: author, section, folder name', () => {
    expect(resolve({ blogs: { 'Ferry-Strike': blogText({ author: 'ghost', section: 'weather' }) } })).toEqual([
      'content/live/Ferry-Strike/index.mdx:1:1: slug: error: the folder name "Ferry-Strike" must be a slug: lowercase letters, digits and hyphens',
      'content/live/Ferry-Strike/index.mdx:5:9: author: error: unknown author "ghost": no file content/authors/ghost.mdx (known: ann-lee, world-desk)',
      'content/live/Ferry-Strike/index.mdx:6:10: section: error: unknown section "weather"; use one of: world, politics, business, technology, science, culture, sport',
    ]);
    expect(resolve({ blogs: { page: blogText() } })).toEqual([
      'content/live/page/index.mdx:1:1: slug: error: the folder name "page" is reserved for listing pages (/<section>/page/2); choose another',
    ]);
  });

  it('refuses an entry after the end of the coverage, naming endedAt', () => {
    expect(
      resolve({
        blogs,
        entries: { 'ferry-strike/1300-late': entryText({ publishedAt: '2026-11-10T13:00:00-05:00' }) },
      }),
    ).toEqual([
      "content/live/ferry-strike/entries/1300-late.mdx:2:14: publishedAt: error: 2026-11-10T13:00:00-05:00 is after the blog's endedAt 2026-11-10T12:30:00-05:00 (content/live/ferry-strike/index.mdx:8): no entry comes after the end of the coverage; correct the entry's time, or move endedAt later",
    ]);
    // While the coverage runs there is no end to be after.
    const running = { 'ferry-strike': blogText({ status: 'live', endedAt: null }) };
    expect(
      resolve(
        {
          blogs: running,
          entries: { 'ferry-strike/1300-late': entryText({ publishedAt: '2026-11-10T13:00:00-05:00' }) },
        },
        new Date('2026-11-10T19:00:00Z'),
      ),
    ).toEqual([]);
  });

  it('allows one pinned entry: the later one is reported, naming the first', () => {
    expect(
      resolve({
        blogs,
        entries: {
          'ferry-strike/0900-b': entryText({ publishedAt: '2026-11-10T09:00:00-05:00', pinned: 'true' }),
          'ferry-strike/0800-a': entryText({ publishedAt: '2026-11-10T08:00:00-05:00', pinned: 'true' }),
          'ferry-strike/1000-c': entryText({ publishedAt: '2026-11-10T10:00:00-05:00', pinned: 'false' }),
        },
      }),
    ).toEqual([
      'content/live/ferry-strike/entries/0900-b.mdx:4:9: pinned: error: content/live/ferry-strike/entries/0800-a.mdx is already pinned, and a blog pins one entry: remove "pinned: true" from one of them',
    ]);
  });

  it('wants entry ids that are slugs, unique even ignoring case', () => {
    expect(
      resolve({ blogs, entries: { 'ferry-strike/0700-boat': entryText(), 'ferry-strike/0700-Boat': entryText() } }),
    ).toEqual([
      'content/live/ferry-strike/entries/0700-Boat.mdx:1:1: id: error: the file name "0700-Boat" must be a slug: lowercase letters, digits and hyphens (it is the entry\'s id, the end of its permalink /<section>/<blog>/entries/<id>), e.g. 1305-polls-close',
      'content/live/ferry-strike/entries/0700-Boat.mdx:1:1: id: error: the id "0700-Boat" is also used by content/live/ferry-strike/entries/0700-boat.mdx (ids are compared ignoring case): each entry of a blog needs its own file name',
    ]);
  });

  it('refuses an entry without its blog, naming the blogs there are', () => {
    expect(resolve({ blogs, entries: { 'ferry-strke/0700': entryText() } })).toEqual([
      'content/live/ferry-strke/entries/0700.mdx:1:1: file: error: there is no live blog content/live/ferry-strke/index.mdx: an entry goes in the entries folder of an existing blog (ferry-strike)',
    ]);
  });

  it("checks an entry's author and images against the site", () => {
    expect(resolve({ blogs, entries: { 'ferry-strike/0700': entryText({ author: 'jon-snow' }) } })).toEqual([
      'content/live/ferry-strike/entries/0700.mdx:3:9: author: error: unknown author "jon-snow": no file content/authors/jon-snow.mdx (known: ann-lee, world-desk)',
    ]);
  });

  it('reports any other file at its path', () => {
    expect(resolve({ blogs, others: ['content/live/ferry-strike/notes.txt'] })).toEqual([
      'content/live/ferry-strike/notes.txt:1:1: file: error: content/live holds live blogs only: content/live/<slug>/index.mdx for each blog and content/live/<slug>/entries/<id>.mdx for each entry (images go under public/images/)',
    ]);
  });

  it("judges an entry's links from when readers see it: a draft may link to a draft", () => {
    const link = 'See [the budget](/politics/budget-draft).';
    expect(resolve({ blogs, entries: { 'ferry-strike/0700': entryText({}, link) } })).toEqual([
      'content/live/ferry-strike/entries/0700.mdx:6:5: body.link: error: links to /politics/budget-draft, a draft (content/articles/2026/budget-draft.mdx): readers would get a page not found; publish it first or remove the link',
    ]);
    expect(resolve({ blogs, entries: { 'ferry-strike/0700': entryText({ draft: 'true' }, link) } })).toEqual([]);
    // An entry of a draft blog is as unseen as the blog.
    expect(
      resolve({
        blogs: { 'ferry-strike': blogText({ draft: 'true' }) },
        entries: { 'ferry-strike/0700': entryText({}, link) },
      }),
    ).toEqual([]);
  });

  it('warns when a blog readers can see is still live a day after its last entry', () => {
    const running = { 'ferry-strike': blogText({ status: 'live', endedAt: null }) };
    const entries = { 'ferry-strike/0700': entryText() };
    const within = new Date(Date.parse('2026-11-10T12:00:00Z') + (LIVE_IDLE_HOURS - 1) * 3_600_000);
    expect(resolve({ blogs: running, entries }, within)).toEqual([]);
    expect(resolve({ blogs: running, entries }, new Date('2026-11-12T12:00:00Z'))).toEqual([
      'content/live/ferry-strike/index.mdx:7:9: status: warning: still live, but nothing new for 48 hours: if the coverage is over, set "status: ended" and endedAt (the time of the last entry or later)',
    ]);
    // Not for a draft, nor for a blog that has not started.
    expect(resolve({ blogs: { 'ferry-strike': blogText({ status: 'live', endedAt: null, draft: 'true' }) } })).toEqual(
      [],
    );
  });
});

describe('a live blog among the articles (site rules)', () => {
  const content = live({
    blogs: { 'ferry-strike': blogText({ redirectFrom: '\n  - /politics/ferry-walkout' }) },
    entries: {
      'ferry-strike/0700-first-boat': entryText(),
      'ferry-strike/1100-offer': entryText({ publishedAt: '2026-11-10T11:00:00-05:00', draft: 'true' }),
    },
  });
  const story = (slug: string, body: string, fields: Record<string, string | null> = {}): ArticleEntry => ({
    path: `content/articles/2026/${slug}.mdx`,
    facts: analyseArticle(blogText({ status: null, endedAt: null, ...fields }, body)),
  });
  const site: SiteContext = { ...siteCtx, liveEntries: liveLinkTargets(content, sectionSlugs) };
  const lines = (problems: readonly Problem[]) => [...problems].sort(compareProblems).map(formatProblem);

  it('shares the slugs of articles: a live blog and an article cannot have the same address', () => {
    expect(lines(checkSite([story('ferry-strike', 'Text.'), ...liveBlogArticles(content)], [], site))).toEqual([
      'content/articles/2026/ferry-strike.mdx:1:1: slug: duplicate slug "ferry-strike": also used by content/live/ferry-strike/index.mdx; rename one file',
      'content/live/ferry-strike/index.mdx:1:1: slug: duplicate slug "ferry-strike": also used by content/articles/2026/ferry-strike.mdx; rename one file',
    ]);
  });

  it('follows the article rules for redirectFrom', () => {
    expect(
      lines(
        checkSite(
          [story('walkout', 'Text.', { redirectFrom: '\n  - /politics/ferry-walkout' }), ...liveBlogArticles(content)],
          [],
          site,
        ),
      ),
    ).toEqual([
      'content/articles/2026/walkout.mdx:8:5: redirectFrom: "/politics/ferry-walkout" is also claimed by content/live/ferry-strike/index.mdx: an old address can redirect to one article only',
      'content/live/ferry-strike/index.mdx:10:5: redirectFrom: "/politics/ferry-walkout" is also claimed by content/articles/2026/walkout.mdx: an old address can redirect to one article only',
    ]);
  });

  it('lets articles link to the blog and to the permalink of an entry readers can see', () => {
    const body =
      '[The blog](/politics/ferry-strike), [the first boat](/politics/ferry-strike/entries/0700-first-boat), [the offer](/politics/ferry-strike/entries/1100-offer) and [a typo](/politics/ferry-strike/entries/0700-frist-boat).';
    expect(lines(checkLinks([story('ferry-explainer', body), ...liveBlogArticles(content)], [], site))).toEqual([
      'content/articles/2026/ferry-explainer.mdx:14:103: body.link: links to /politics/ferry-strike/entries/1100-offer, a draft (content/live/ferry-strike/entries/1100-offer.mdx): readers would get a page not found; publish it first or remove the link',
      'content/articles/2026/ferry-explainer.mdx:14:162: body.link: no entry "0700-frist-boat" in the live blog /politics/ferry-strike: an entry\'s id is its file name in the blog\'s entries folder',
    ]);
    expect(
      lines(checkLinks([story('ferry-explainer', '[Entries](/politics/harbour-vote/entries/x).')], [], site)),
    ).toEqual([
      'content/articles/2026/ferry-explainer.mdx:14:1: body.link: no live blog at /politics/harbour-vote, so no entry at /politics/harbour-vote/entries/x',
    ]);
  });
});

describe('the checker on live blogs (npm run check)', () => {
  function write(base: string, relative: string, text: string): void {
    const file = path.join(base, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  it('caches live files like articles: cold, warm, one edit; and gives the same answer on worker threads', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'live-check-'));
    try {
      cpSync(path.resolve('tests/fixtures/content-clean'), site, { recursive: true });
      const clean = await checkContent(site, { now: NOW, since: false, cache: false });
      expect(clean.problems).toEqual([]);
      expect(clean).toMatchObject({ liveBlogCount: 1, liveEntryCount: 4 });
      const files = clean.cached + clean.analysed;

      const cold = await checkContent(site, { now: NOW, since: false });
      expect(cold).toMatchObject({ analysed: files, cached: 0 });
      const warm = await checkContent(site, { now: NOW, since: false });
      expect(warm).toMatchObject({ analysed: 0, cached: files });

      write(
        site,
        'content/live/ferry-strike/entries/0800-buses.mdx',
        entryText({ publishedAt: '2026-11-10T13:00:00-05:00' }, 'Buses.'),
      );
      const edited = await checkContent(site, { now: NOW, since: false });
      expect(edited).toMatchObject({ analysed: 1, cached: files, liveEntryCount: 5 });
      expect(edited.problems.map(formatProblem)).toEqual([
        "content/live/ferry-strike/entries/0800-buses.mdx:2:14: publishedAt: 2026-11-10T13:00:00-05:00 is after the blog's endedAt 2026-11-10T12:30:00-05:00 (content/live/ferry-strike/index.mdx:15): no entry comes after the end of the coverage; correct the entry's time, or move endedAt later",
      ]);

      const threaded = await checkContent(site, { now: NOW, since: false, cache: false, workers: 2 });
      expect(threaded.threads).toBe(2);
      expect(threaded.problems).toEqual(edited.problems);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("compares a published blog's headline with git, as an article's", async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'live-git-'));
    const gitIn = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
        cwd: site,
        stdio: 'pipe',
      });
    try {
      cpSync(path.resolve('tests/fixtures/content-clean'), site, { recursive: true });
      gitIn('init', '-q');
      gitIn('add', '.');
      gitIn('commit', '-q', '-m', 'publish');
      const file = path.join(site, 'content/live/ferry-strike/index.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace("'Harbour ferry strike: as it happened'", 'The ferry strike'),
      );
      const report = await checkContent(site, { now: NOW, since: 'HEAD', cache: false });
      expect(report.problems.map(formatProblem)).toEqual([
        'content/live/ferry-strike/index.mdx:2:8: title: warning: the headline changed since HEAD (was "Harbour ferry strike: as it happened") and no correction was added: if the change fixes an error, add an entry to corrections',
      ]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('holds the shipped example: an ended blog with its entries, and no problem', async () => {
    const report = await checkContent(process.cwd(), { since: false, cache: false });
    expect(report.liveBlogCount).toBeGreaterThanOrEqual(1);
    expect(report.liveEntryCount).toBeGreaterThanOrEqual(10);
    expect(report.problems.filter((p) => p.file.startsWith('content/live/')).map(formatProblem)).toEqual([]);
  });
});
