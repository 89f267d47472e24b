/**
 * The rules of live blogs. A live blog is a folder, `content/live/<slug>/`: its `index.mdx` is the blog
 * (an article's frontmatter plus `status` and `endedAt`, `liveBlogFields` in lib/content/schema.ts;
 * the body is the summary above the entries), and `entries/<id>.mdx` holds one entry each
 * (`liveEntryFields`; the file name is the entry's id and permalink).
 *
 * As for articles (article-rules.ts), checking has two phases:
 * 1. `analyseLiveBlog` / `analyseLiveEntry` read one file's text on its own, through the same field
 *    rules (derived from the schema), date rules, body allow-list and placeholder rules as an
 *    article. The result depends on the text only, so the checker caches it by content hash and
 *    shares the parsing between threads (`analyseDocument` is what a worker runs).
 * 2. `resolveLive` checks the files against one another and the site: where each file is, entry ids,
 *    the blog's folder name, authors and images, one pinned entry, no entry after the end of the
 *    coverage, and the entries' links. The blog is also an article for the site rules (site-rules.ts:
 *    its slug is unique among articles and live blogs, its `redirectFrom`, links to it), so the runner
 *    passes it to them with the articles.
 *
 * Errors and warnings. `status: live` with an `endedAt` is an error, not a warning: the two fields
 * contradict each other and the site cannot tell which one the editor meant — "Live" on coverage
 * that is over, or an end time on coverage still running, would mislead readers either way. A blog
 * still live a day after its last entry is a warning: it may be a slow day, or a forgotten
 * `status: ended`.
 */
import type { Node } from 'yaml';
import {
  analyseArticle,
  analyseBody,
  analysePublicationDates,
  authorProblem,
  checkFields,
  checkPlaceholders,
  fieldRules,
  imageProblems,
  locatedDateTime,
  locatedString,
  readFrontmatter,
  resolveArticle,
  scalarValue,
  withFile,
  type AnalysedArticle,
  type ArticleShape,
  type ImageRef,
  type LocalProblem,
  type Located,
  type Problem,
  type Reporter,
  type RuleContext,
} from './article-rules';
import { articleUrl, checkLinksFrom, type ArticleEntry, type LinkSource, type SiteContext } from './site-rules';
import { closest } from '../mdx/body-rules';
import { LIVE_STATUSES, liveBlogFields, liveEntryFields, SLUG_PATTERN, type LiveStatus } from '../content/schema';
import { LIVE_ENTRIES_SEGMENT } from '../config/urls';

/** Where live blogs live, relative to the project root. */
export const LIVE_DIR = 'content/live';
/** A blog's own file in its folder. */
export const LIVE_BLOG_FILE_NAME = 'index.mdx';
/** The folder of a blog's entries (also the permalink's segment, `/<section>/<blog>/entries/<id>`). */
export const LIVE_ENTRIES_DIR = LIVE_ENTRIES_SEGMENT;
/** A blog still live this long after its latest entry (or its start) gets a warning. */
export const LIVE_IDLE_HOURS = 24;

/** What the checker expects under content/live, for the message about any other file. */
const EXPECTED_LAYOUT = `${LIVE_DIR} holds live blogs only: ${LIVE_DIR}/<slug>/${LIVE_BLOG_FILE_NAME} for each blog and ${LIVE_DIR}/<slug>/${LIVE_ENTRIES_DIR}/<id>.mdx for each entry (images go under public/images/)`;

/** A file under content/live, by what its place makes it. Paths are relative to the project root. */
export type LiveFile =
  | { kind: 'blog'; path: string; slug: string }
  | { kind: 'entry'; path: string; blog: string; id: string }
  | { kind: 'other'; path: string; message: string };

/**
 * What the file at `path` (`content/live/…`, relative to the project root) is: a blog, an entry, or
 * a file that does not belong there, with what to do instead.
 */
export function classifyLiveFile(path: string): LiveFile {
  const segments = path.slice(LIVE_DIR.length + 1).split('/');
  const [first = '', second, third, ...deeper] = segments;
  if (second === LIVE_BLOG_FILE_NAME && third === undefined) return { kind: 'blog', path, slug: first };
  if (second === LIVE_ENTRIES_DIR && third?.endsWith('.mdx') && deeper.length === 0) {
    return { kind: 'entry', path, blog: first, id: third.slice(0, -'.mdx'.length) };
  }
  const other = (message: string): LiveFile => ({ kind: 'other', path, message });
  if (second === undefined && first.endsWith('.mdx')) {
    return other(
      `a live blog is a folder: move this file to ${LIVE_DIR}/${first.slice(0, -'.mdx'.length)}/${LIVE_BLOG_FILE_NAME}`,
    );
  }
  if (third === undefined && second?.endsWith('.mdx')) {
    return other(
      `an entry goes in its blog's ${LIVE_ENTRIES_DIR} folder: move this file to ${LIVE_DIR}/${first}/${LIVE_ENTRIES_DIR}/${second}`,
    );
  }
  if (second === LIVE_ENTRIES_DIR && third !== undefined) {
    return other(
      `${LIVE_DIR}/${first}/${LIVE_ENTRIES_DIR}/ holds one .mdx file per entry, named <id>.mdx, and nothing else (images go under public/images/)`,
    );
  }
  return other(EXPECTED_LAYOUT);
}

/** Everything phase 2 needs to know about a live blog: an article's facts, and its status. Plain data. */
export type AnalysedLiveBlog = AnalysedArticle & {
  status?: Located<LiveStatus>;
  /** Set only when endedAt is a valid date-time. */
  endedAt?: Located<string> & { time: number };
};

/** Everything phase 2 needs to know about an entry, as found in its text. Plain data (cached as JSON). */
export type AnalysedLiveEntry = {
  problems: LocalProblem[];
  /** Set only when publishedAt is a valid date-time. */
  publishedAt?: Located<string> & { time: number };
  author?: Located<string>;
  /** Where `pinned: true` is written, when it is. */
  pinned?: { line: number; column: number };
  keyEvent: boolean;
  draft: boolean;
  images: ImageRef[];
  links: Located<string>[];
};

const liveBlogRules = fieldRules(liveBlogFields);
const liveEntryRules = fieldRules(liveEntryFields);
const liveStatuses: readonly string[] = LIVE_STATUSES;

function isLiveStatus(value: string): value is LiveStatus {
  return liveStatuses.includes(value);
}

/** The blog's `status` and `endedAt`: a known status, and an end time exactly when the coverage has ended. */
function readStatus(fields: ReadonlyMap<string, Node>, report: Reporter): Pick<AnalysedLiveBlog, 'status' | 'endedAt'> {
  const facts: Pick<AnalysedLiveBlog, 'status' | 'endedAt'> = {};
  const statusNode = fields.get('status');
  const status = locatedString(statusNode, report);
  if (status && !isLiveStatus(status.value)) {
    const best = closest(status.value, LIVE_STATUSES);
    report.at(
      statusNode,
      'status',
      `unknown status "${status.value}"${best ? `; did you mean "${best}"?` : ';'} use live while the coverage runs, ended once it is over`,
    );
  } else if (status && isLiveStatus(status.value)) {
    facts.status = { ...status, value: status.value };
  }
  const endedNode = fields.get('endedAt');
  const ended = locatedDateTime(endedNode, report);
  if (ended) facts.endedAt = ended;
  if (facts.status?.value === 'ended' && !endedNode) {
    report.at(
      statusNode,
      'status',
      'the coverage has ended but there is no endedAt: add when it ended, with its offset, e.g. "endedAt: 2026-11-04T01:30:00-05:00" (no earlier than the last entry)',
    );
  }
  if (facts.status?.value === 'live' && endedNode) {
    report.at(
      endedNode,
      'endedAt',
      'the blog is still live (status: live) but has an endedAt: to end the coverage set "status: ended"; while it runs, remove endedAt',
    );
  }
  return facts;
}

/** Phase 1 for a live blog, `content/live/<slug>/index.mdx`: an article's rules with `liveBlogFields`, and its status. */
export function analyseLiveBlog(text: string): AnalysedLiveBlog {
  let live: Pick<AnalysedLiveBlog, 'status' | 'endedAt'> = {};
  const shape: ArticleShape = {
    rules: liveBlogRules,
    // The body is the summary above the entries, a paragraph or two: its length is no concern.
    shortBodyWarning: false,
    extra: (fields, report) => {
      live = readStatus(fields, report);
    },
  };
  const facts: AnalysedLiveBlog = { ...analyseArticle(text, shape), ...live };
  const { publishedAt, endedAt } = facts;
  if (publishedAt && endedAt && endedAt.time < publishedAt.time) {
    facts.problems.push({
      line: endedAt.line,
      column: endedAt.column,
      field: 'endedAt',
      message: `${endedAt.value} is before publishedAt ${publishedAt.value}: the coverage cannot end before it starts`,
      severity: 'error',
    });
  }
  return facts;
}

/** Phase 1 for an entry, `content/live/<blog>/entries/<id>.mdx`: its fields (`liveEntryFields`) and body, as an article's. */
export function analyseLiveEntry(text: string): AnalysedLiveEntry {
  const facts: AnalysedLiveEntry = { problems: [], keyEvent: false, draft: false, images: [], links: [] };
  const fm = readFrontmatter(text, facts.problems);
  if (!fm) return facts;
  const report = fm.located;
  const fields = checkFields(fm.map, liveEntryRules, report, '', null);
  const dates = analysePublicationDates(fields, report);
  if (dates.publishedAt) facts.publishedAt = dates.publishedAt;
  facts.author = locatedString(fields.get('author'), report);
  // As for articles: a draft field that is not plainly `false` keeps the entry a draft.
  facts.draft = scalarValue(fields.get('draft')) !== false && fields.has('draft');
  facts.keyEvent = scalarValue(fields.get('keyEvent')) === true;
  const pinned = fields.get('pinned');
  if (scalarValue(pinned) === true) facts.pinned = report.pos(pinned);
  if (facts.keyEvent && !fields.has('title')) {
    report.at(
      fields.get('keyEvent'),
      'keyEvent',
      'a key event is listed at the top of the blog by its title: give the entry a title (a short line saying what happened)',
      'warning',
    );
  }
  if (fm.body.trim() === '') {
    facts.problems.push({
      line: Math.max(1, fm.bodyFirstLine - 1),
      column: 1,
      field: 'body',
      message: 'the entry has no text: write it below the frontmatter',
      severity: 'error',
    });
  } else {
    const body = analyseBody(fm.body, fm.bodyFirstLine, facts.problems, true);
    facts.images.push(...body.images);
    facts.links.push(...body.links);
  }
  checkPlaceholders(fm, facts.draft, facts.problems);
  return facts;
}

/** The kinds of file whose phase 1 the checker caches and shares between threads. */
export type DocumentKind = 'article' | 'live-blog' | 'live-entry';

/** Phase 1 of one file, tagged with its kind. */
export type AnalysedDocument =
  | { kind: 'article'; facts: AnalysedArticle }
  | { kind: 'live-blog'; facts: AnalysedLiveBlog }
  | { kind: 'live-entry'; facts: AnalysedLiveEntry };

/** Phase 1 of a file of `kind`: what the checker's worker threads run. */
export function analyseDocument(kind: DocumentKind, text: string): AnalysedDocument {
  switch (kind) {
    case 'article':
      return { kind, facts: analyseArticle(text) };
    case 'live-blog':
      return { kind, facts: analyseLiveBlog(text) };
    case 'live-entry':
      return { kind, facts: analyseLiveEntry(text) };
  }
}

export type LiveBlogFile = { path: string; slug: string; facts: AnalysedLiveBlog };
export type LiveEntryFile = { path: string; blog: string; id: string; facts: AnalysedLiveEntry };

/** Every file under content/live, phase 1 done for the blogs and entries. */
export type LiveContent = {
  blogs: readonly LiveBlogFile[];
  entries: readonly LiveEntryFile[];
  /** Files that are neither, with what to do about them. */
  others: readonly Extract<LiveFile, { kind: 'other' }>[];
};

/** From when readers can see a file (ms), or never (Infinity) for a draft or a file without a valid time. */
function visibleFrom(draft: boolean, publishedAt: { time: number } | undefined): number {
  return draft || !publishedAt ? Number.POSITIVE_INFINITY : publishedAt.time;
}

/** An entry as a link source and target: readers see it once both it and its blog are published. */
function entrySource(entry: LiveEntryFile, blog: LiveBlogFile | undefined): LinkSource {
  const draft = entry.facts.draft || (blog?.facts.draft ?? false);
  return {
    path: entry.path,
    draft,
    visibleFrom: Math.max(
      visibleFrom(draft, entry.facts.publishedAt),
      blog ? visibleFrom(blog.facts.draft, blog.facts.publishedAt) : Number.POSITIVE_INFINITY,
    ),
  };
}

/**
 * The live blogs' entries by the blog's address and the entry's id: what links to entry permalinks
 * (`/<section>/<blog>/entries/<id>`) may point at (`SiteContext.liveEntries`).
 */
export function liveLinkTargets(live: LiveContent, sections: readonly string[]): Map<string, Map<string, LinkSource>> {
  const targets = new Map<string, Map<string, LinkSource>>();
  const blogs = new Map(live.blogs.map((b) => [b.slug, b]));
  for (const blog of live.blogs) {
    const url = articleUrl(blog, sections);
    if (url) targets.set(url, new Map());
  }
  for (const entry of live.entries) {
    const blog = blogs.get(entry.blog);
    const url = blog && articleUrl(blog, sections);
    if (url) targets.get(url)?.set(entry.id, entrySource(entry, blog));
  }
  return targets;
}

/** The live blogs as articles, for the rules that span articles (slugs, redirects, links, topic hubs). */
export function liveBlogArticles(live: LiveContent): ArticleEntry[] {
  return live.blogs.map((b) => ({ path: b.path, facts: b.facts }));
}

function at(
  file: string,
  place: { line: number; column: number },
  field: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file, line: place.line, column: place.column, field, message, severity };
}

const TOP = { line: 1, column: 1 };

/** Oldest first by the entry's time, then by id; entries without a valid time last. */
function compareEntriesOldestFirst(a: LiveEntryFile, b: LiveEntryFile): number {
  const time = (e: LiveEntryFile) => e.facts.publishedAt?.time ?? Number.POSITIVE_INFINITY;
  return time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rules across one blog's entries: ids, one pinned entry, none after the end of the coverage. */
function checkBlogEntries(blog: LiveBlogFile, entries: readonly LiveEntryFile[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LiveEntryFile>();
  let pinned: LiveEntryFile | undefined;
  // Ids that are slugs are claimed first, so a look-alike that is not one is the file reported.
  const bySlugFirst = [...entries].sort(
    (a, b) => Number(!SLUG_PATTERN.test(a.id)) - Number(!SLUG_PATTERN.test(b.id)) || compareEntriesOldestFirst(a, b),
  );
  for (const entry of bySlugFirst) {
    const key = entry.id.toLowerCase();
    const same = byId.get(key);
    if (same) {
      problems.push(
        at(
          entry.path,
          TOP,
          'id',
          `the id "${entry.id}" is also used by ${same.path} (ids are compared ignoring case): each entry of a blog needs its own file name`,
        ),
      );
    } else {
      byId.set(key, entry);
    }
  }
  for (const entry of [...entries].sort(compareEntriesOldestFirst)) {
    if (!SLUG_PATTERN.test(entry.id)) {
      problems.push(
        at(
          entry.path,
          TOP,
          'id',
          `the file name "${entry.id}" must be a slug: lowercase letters, digits and hyphens (it is the entry's id, the end of its permalink /<section>/<blog>/${LIVE_ENTRIES_SEGMENT}/<id>), e.g. 1305-polls-close`,
        ),
      );
    }
    if (entry.facts.pinned) {
      if (pinned) {
        problems.push(
          at(
            entry.path,
            entry.facts.pinned,
            'pinned',
            `${pinned.path} is already pinned, and a blog pins one entry: remove "pinned: true" from one of them`,
          ),
        );
      } else {
        pinned = entry;
      }
    }
    const { publishedAt } = entry.facts;
    const { endedAt } = blog.facts;
    if (publishedAt && endedAt && publishedAt.time > endedAt.time) {
      problems.push(
        at(
          entry.path,
          publishedAt,
          'publishedAt',
          `${publishedAt.value} is after the blog's endedAt ${endedAt.value} (${blog.path}:${endedAt.line}): no entry comes after the end of the coverage; correct the entry's time, or move endedAt later`,
        ),
      );
    }
  }
  return problems;
}

/** A warning when a live blog readers can see has had no entry for `LIVE_IDLE_HOURS`: is the coverage over? */
function idleProblem(blog: LiveBlogFile, entries: readonly LiveEntryFile[], now: Date): Problem | undefined {
  const { status, draft, publishedAt } = blog.facts;
  if (status?.value !== 'live' || draft || !publishedAt || publishedAt.time > now.getTime()) return undefined;
  let latest = publishedAt.time;
  for (const e of entries) {
    const time = e.facts.publishedAt?.time;
    if (time !== undefined && !e.facts.draft && time <= now.getTime() && time > latest) latest = time;
  }
  const hours = Math.floor((now.getTime() - latest) / 3_600_000);
  if (hours < LIVE_IDLE_HOURS) return undefined;
  return at(
    blog.path,
    status,
    'status',
    `still live, but nothing new for ${hours} hours: if the coverage is over, set "status: ended" and endedAt (the time of the last entry or later)`,
    'warning',
  );
}

/**
 * Phase 2 for everything under content/live: each file's place, the blogs' facts against the site
 * (as an article's: author, section, images, folder name), the entries' (blog, id, author, images,
 * links) and the rules across a blog's entries. `articles` are the site's articles and live blogs,
 * the targets of the entries' links.
 */
export function resolveLive(
  live: LiveContent,
  articles: readonly ArticleEntry[],
  ctx: RuleContext,
  siteCtx: SiteContext,
): Problem[] {
  const problems: Problem[] = live.others.map((file) => at(file.path, TOP, 'file', file.message));
  const blogs = new Map(live.blogs.map((b) => [b.slug, b]));
  const entriesOf = new Map<string, LiveEntryFile[]>();
  for (const entry of live.entries) {
    const blog = blogs.get(entry.blog);
    problems.push(...withFile(entry.path, entry.facts.problems));
    if (!blog) {
      const known = [...blogs.keys()].sort();
      problems.push(
        at(
          entry.path,
          TOP,
          'file',
          `there is no live blog ${LIVE_DIR}/${entry.blog}/${LIVE_BLOG_FILE_NAME}: an entry goes in the ${LIVE_ENTRIES_DIR} folder of an existing blog (${known.length > 0 ? known.join(', ') : 'there is none yet; npm run new -- --live starts one'})`,
        ),
      );
    } else {
      entriesOf.set(entry.blog, [...(entriesOf.get(entry.blog) ?? []), entry]);
    }
    const unknown = entry.facts.author && authorProblem(entry.path, entry.facts.author, ctx);
    if (unknown) problems.push(unknown);
    problems.push(...imageProblems(entry.path, entry.facts.images, ctx));
  }
  for (const blog of live.blogs) {
    problems.push(...resolveArticle(blog.path, blog.facts, ctx));
    const entries = entriesOf.get(blog.slug) ?? [];
    problems.push(...checkBlogEntries(blog, entries));
    const idle = idleProblem(blog, entries, siteCtx.now);
    if (idle) problems.push(idle);
  }
  problems.push(
    ...checkLinksFrom(
      live.entries.map((entry) => ({ source: entrySource(entry, blogs.get(entry.blog)), links: entry.facts.links })),
      articles,
      siteCtx,
    ),
  );
  return problems;
}
