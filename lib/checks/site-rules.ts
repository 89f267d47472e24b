/**
 * The content rules that span files: a slug names one story; an old address redirects to exactly one
 * live article, never in a chain or a loop; an internal link points at a page readers can open for as
 * long as the linking article is visible; a changed headline comes with a correction.
 *
 * Pure functions over the facts phase 1 found in each file (see content-rules.ts), with the clock
 * passed in, so unit tests fix the time.
 */
import {
  slugFromPath,
  type AnalysedArticle,
  type AnalysedAuthor,
  type Located,
  type Problem,
  type Severity,
} from './article-rules';
import type { PageEntry } from './page-rules';
import { reservedTopLevelSegments } from '../config/sections';
import { ABOUT_PAGE_SLUG, aboutPath, correctionsPath, LIVE_ENTRIES_SEGMENT, MASTHEAD_SLUG } from '../config/urls';

export type ArticleEntry = { path: string; facts: AnalysedArticle };
export type AuthorEntry = { path: string; facts: AnalysedAuthor };

/** What the site rules need besides the files. */
export type SiteContext = {
  now: Date;
  sections: readonly string[];
  authorSlugs: ReadonlySet<string>;
  /** True when `path` (e.g. /files/report.pdf) is a file under public/. */
  publicFileExists: (path: string) => boolean;
  /** The standing pages (content/pages/): link targets at /about/<slug>, and link sources themselves. */
  pages?: readonly PageEntry[];
  /**
   * The entries of each live blog, by the blog's address and then the entry's id: the targets of
   * entry permalinks, `/<section>/<blog>/entries/<id>` (lib/checks/live-rules.ts).
   */
  liveEntries?: ReadonlyMap<string, ReadonlyMap<string, LinkSource>>;
};

type SiteIndexEntry = {
  path: string;
  url: string;
  draft: boolean;
  /** When readers can first see it: publication time, or never for a draft. */
  visibleFrom: number;
  redirectFrom: readonly Located<string>[];
};

type SiteIndex = {
  byUrl: Map<string, SiteIndexEntry>;
  bySlug: Map<string, SiteIndexEntry[]>;
  /** Old address (lower case) → the current URL it redirects to. */
  redirects: Map<string, string>;
  /** Tag → earliest moment a non-draft article with it is published (Infinity when only drafts use it). */
  tagVisibleFrom: Map<string, number>;
};

/** The address of the article in `entry`, when its section is valid. */
export function articleUrl(entry: ArticleEntry, sections: readonly string[]): string | undefined {
  const section = entry.facts.section?.value;
  return section !== undefined && sections.includes(section) ? `/${section}/${slugFromPath(entry.path)}` : undefined;
}

function visibleFrom(facts: AnalysedArticle): number {
  return facts.draft || !facts.publishedAt ? Number.POSITIVE_INFINITY : facts.publishedAt.time;
}

function buildIndex(articles: readonly ArticleEntry[], sections: readonly string[]): SiteIndex {
  const index: SiteIndex = { byUrl: new Map(), bySlug: new Map(), redirects: new Map(), tagVisibleFrom: new Map() };
  for (const entry of articles) {
    const url = articleUrl(entry, sections);
    const from = visibleFrom(entry.facts);
    for (const tag of entry.facts.tags) {
      index.tagVisibleFrom.set(
        tag.value,
        Math.min(index.tagVisibleFrom.get(tag.value) ?? Number.POSITIVE_INFINITY, from),
      );
    }
    if (!url) continue;
    const indexed: SiteIndexEntry = {
      path: entry.path,
      url,
      draft: entry.facts.draft,
      visibleFrom: from,
      redirectFrom: entry.facts.redirectFrom,
    };
    index.byUrl.set(url, indexed);
    const slug = slugFromPath(entry.path);
    index.bySlug.set(slug, [...(index.bySlug.get(slug) ?? []), indexed]);
    for (const old of entry.facts.redirectFrom) index.redirects.set(old.value.toLowerCase(), url);
  }
  return index;
}

function problem(
  file: string,
  at: { line: number; column: number },
  field: string,
  message: string,
  severity: Severity = 'error',
): Problem {
  return { file, line: at.line, column: at.column, field, message, severity };
}

/** Every article slug is unique site-wide: URLs are `/<section>/<slug>`, and a slug names one story wherever it is filed. */
export function checkSlugs(articles: readonly { path: string }[]): Problem[] {
  const bySlug = new Map<string, string[]>();
  for (const f of articles) {
    const slug = slugFromPath(f.path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), f.path]);
  }
  const problems: Problem[] = [];
  for (const [slug, paths] of bySlug) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(', ');
      problems.push(
        problem(
          path,
          { line: 1, column: 1 },
          'slug',
          `duplicate slug "${slug}": also used by ${others}; rename one file`,
        ),
      );
    }
  }
  return problems;
}

function isoOf(time: number): string {
  return new Date(time).toISOString();
}

/**
 * `redirectFrom`: each old address belongs to one article, is not the address of a live page, and so
 * can never start a chain (every redirect ends at a live article, which is never itself redirected)
 * or a loop.
 */
export function checkRedirects(articles: readonly ArticleEntry[], ctx: SiteContext): Problem[] {
  const index = buildIndex(articles, ctx.sections);
  const claims = new Map<string, ArticleEntry[]>();
  for (const entry of articles) {
    for (const old of entry.facts.redirectFrom) {
      const key = old.value.toLowerCase();
      const list = claims.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      claims.set(key, list);
    }
  }
  const liveByLowerUrl = new Map([...index.byUrl.values()].map((a) => [a.url.toLowerCase(), a]));
  const problems: Problem[] = [];
  for (const entry of articles) {
    const url = articleUrl(entry, ctx.sections);
    const seen = new Set<string>();
    for (const old of entry.facts.redirectFrom) {
      const key = old.value.toLowerCase();
      const report = (message: string, severity: Severity = 'error') =>
        problems.push(problem(entry.path, old, 'redirectFrom', message, severity));
      if (seen.has(key)) {
        report(`"${old.value}" is listed twice`);
        continue;
      }
      seen.add(key);
      const others = (claims.get(key) ?? []).filter((e) => e !== entry).map((e) => e.path);
      if (others.length > 0) {
        report(
          `"${old.value}" is also claimed by ${others.join(', ')}: an old address can redirect to one article only`,
        );
        continue;
      }
      if (url && key === url.toLowerCase()) {
        report(`"${old.value}" is this article's own address: the redirect would loop`);
        continue;
      }
      const live = liveByLowerUrl.get(key);
      if (live) {
        const back = url ? live.redirectFrom.some((r) => r.value.toLowerCase() === url.toLowerCase()) : false;
        report(
          back
            ? `redirect loop: "${old.value}" is the address of ${live.path}, which redirects ${url} back here`
            : `"${old.value}" is the live address of ${live.path}: a redirect from it would hide that article and chain ${old.value} → ${url ?? 'this article'}`,
        );
        continue;
      }
      const segments = key.split('/').slice(1);
      const first = segments[0] ?? '';
      if (
        (reservedTopLevelSegments as readonly string[]).includes(first) ||
        (segments.length === 1 && ctx.sections.includes(first))
      ) {
        report(`"${old.value}" is the address of a page of the site, not an old article address`);
        continue;
      }
      if (ctx.publicFileExists(old.value)) {
        report(`"${old.value}" is a file under public/, not an old article address`);
        continue;
      }
      if (entry.facts.draft) {
        report(`redirects take effect when the article is published; drafts get none`, 'warning');
      } else if (entry.facts.publishedAt && entry.facts.publishedAt.time > ctx.now.getTime()) {
        report(
          `the redirect starts with the first build after ${entry.facts.publishedAt.value}: until then it would reveal the embargoed article's address`,
          'warning',
        );
      }
    }
  }
  return problems;
}

/** A file whose links readers follow: a draft's never, the others' from `visibleFrom` (ms) on. */
export type LinkSource = { path: string; draft: boolean; visibleFrom: number };

/** The first segment of the standing pages' addresses (`/about`, `/about/<slug>`). */
const ABOUT = aboutPath.slice(1);

/**
 * A link to `/about` or `/about/<slug>`: the masthead while the site has authors, or a standing page
 * (content/pages/<slug>.mdx, `/about` being the about page) that is published, unless the link is
 * itself in a draft.
 */
function aboutLinkProblem(
  path: string,
  segments: readonly string[],
  source: LinkSource,
  ctx: SiteContext,
): { message: string; severity: Severity } | undefined {
  const [, second, ...rest] = segments;
  if (rest.length > 0)
    return { message: `no page at ${path}: standing pages are /about and /about/<slug>`, severity: 'error' };
  if (second === MASTHEAD_SLUG) {
    return ctx.authorSlugs.size > 0
      ? undefined
      : { message: `no page at ${path}: the masthead lists the author pages, and there are none`, severity: 'error' };
  }
  if (second === ABOUT_PAGE_SLUG)
    return { message: `no page at ${path}: the about page is ${aboutPath}`, severity: 'error' };
  const slug = second ?? ABOUT_PAGE_SLUG;
  const target = (ctx.pages ?? []).find((page) => slugFromPath(page.path) === slug);
  if (!target) return { message: `no page at ${path}: there is no content/pages/${slug}.mdx`, severity: 'error' };
  if (!source.draft && target.facts.draft) {
    return {
      message: `links to ${path}, a draft (${target.path}): readers would get a page not found; publish it first or remove the link`,
      severity: 'error',
    };
  }
  return undefined;
}

/**
 * A link to a live-blog entry's permalink, `/<section>/<blog>/entries/<id>`: the blog and the entry
 * exist, and readers can open both by the time they can follow the link.
 */
function entryLinkProblem(
  path: string,
  blogUrl: string,
  id: string,
  source: LinkSource,
  seenFrom: number,
  index: SiteIndex,
  ctx: SiteContext,
): { message: string; severity: Severity } | undefined {
  const blog = index.byUrl.get(blogUrl);
  const entries = ctx.liveEntries?.get(blogUrl);
  if (!blog || !entries) return { message: `no live blog at ${blogUrl}, so no entry at ${path}`, severity: 'error' };
  const entry = entries.get(id);
  if (!entry) {
    return {
      message: `no entry "${id}" in the live blog ${blogUrl}: an entry's id is its file name in the blog's entries folder`,
      severity: 'error',
    };
  }
  if (source.draft) return undefined;
  if (blog.draft || entry.draft) {
    return {
      message: `links to ${path}, a draft (${blog.draft ? blog.path : entry.path}): readers would get a page not found; publish it first or remove the link`,
      severity: 'error',
    };
  }
  const from = Math.max(blog.visibleFrom, entry.visibleFrom);
  if (from > seenFrom) {
    return {
      message: `links to ${path}, scheduled for ${isoOf(from)}, after this is published: readers would get a page not found until then`,
      severity: 'error',
    };
  }
  return undefined;
}

function linkProblem(
  link: Located<string>,
  source: LinkSource,
  index: SiteIndex,
  ctx: SiteContext,
): { message: string; severity: Severity } | undefined {
  let path = link.value.split(/[?#]/)[0] ?? '';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (path === '/' || path === '') return undefined;
  // Readers see the source from `visibleFrom` (or now, if that has passed); the target must be there by then.
  const seenFrom = Math.max(source.visibleFrom, ctx.now.getTime());
  const redirected = index.redirects.get(path.toLowerCase());
  const oldAddress = redirected
    ? {
        message: `links to the old address ${path}, which redirects to ${redirected}; link to ${redirected}`,
        severity: 'warning' as const,
      }
    : undefined;
  const segments = path.split('/').slice(1);
  const [first = '', second, ...rest] = segments;
  if (first === ABOUT) return aboutLinkProblem(path, segments, source, ctx);
  if (path === correctionsPath) return undefined;
  if (first === 'authors') {
    if (second !== undefined && rest.length === 0 && ctx.authorSlugs.has(second)) return undefined;
    return {
      message: `no page at ${path}: authors' pages are /authors/<slug>, one of ${[...ctx.authorSlugs]
        .sort()
        .map((s) => `/authors/${s}`)
        .join(', ')}`,
      severity: 'error',
    };
  }
  if (first === 'tags') {
    if (second === undefined || rest.length > 0)
      return { message: `no page at ${path}: topic pages are /tags/<tag>`, severity: 'error' };
    const from = index.tagVisibleFrom.get(second);
    if (from === undefined)
      return { message: `no article is tagged "${second}", so ${path} is a page not found`, severity: 'error' };
    if (!source.draft && from > seenFrom) {
      return {
        message: Number.isFinite(from)
          ? `${path} has no published article until ${isoOf(from)}, after this article is published: readers would get a page not found`
          : `only drafts are tagged "${second}", so ${path} is a page not found for readers`,
        severity: 'error',
      };
    }
    return undefined;
  }
  if (ctx.sections.includes(first)) {
    if (second === undefined) return undefined;
    if (rest.length === 2 && rest[0] === LIVE_ENTRIES_SEGMENT && rest[1]) {
      return entryLinkProblem(path, `/${first}/${second}`, rest[1], source, seenFrom, index, ctx);
    }
    const target = rest.length === 0 ? index.byUrl.get(path) : undefined;
    if (!target && oldAddress) return oldAddress;
    if (!target) {
      const elsewhere = second ? index.bySlug.get(second)?.[0] : undefined;
      return {
        message: `no article at ${path}${elsewhere ? `; did you mean ${elsewhere.url}?` : ''}`,
        severity: 'error',
      };
    }
    if (source.draft) return undefined;
    if (target.draft) {
      return {
        message: `links to ${path}, a draft (${target.path}): readers would get a page not found; publish it first or remove the link`,
        severity: 'error',
      };
    }
    if (target.visibleFrom > seenFrom) {
      return {
        message: `links to ${path}, scheduled for ${isoOf(target.visibleFrom)}, after this article is published: readers would get a page not found until then`,
        severity: 'error',
      };
    }
    return undefined;
  }
  if (ctx.publicFileExists(path)) return undefined;
  return oldAddress ?? { message: `no page at ${path}`, severity: 'error' };
}

/**
 * Internal links (`/section/slug`, `/section`, `/authors/…`, `/tags/…`, `/about/…`, `/corrections`,
 * files under public/), from articles, author bios and standing pages, must point at pages that exist. A published article may not link to a draft, or to an article scheduled after
 * it: readers would follow the link to a page not found. Drafts may link to drafts.
 */
export function checkLinks(
  articles: readonly ArticleEntry[],
  authors: readonly AuthorEntry[],
  ctx: SiteContext,
): Problem[] {
  const index = buildIndex(articles, ctx.sections);
  const problems: Problem[] = [];
  const sources: { source: LinkSource; links: readonly Located<string>[] }[] = [
    ...articles.map((a) => ({
      source: { path: a.path, draft: a.facts.draft, visibleFrom: visibleFrom(a.facts) },
      links: a.facts.links,
    })),
    ...authors.map((a) => ({
      source: { path: a.path, draft: false, visibleFrom: ctx.now.getTime() },
      links: a.facts.links,
    })),
    ...(ctx.pages ?? []).map((p) => ({
      source: {
        path: p.path,
        draft: p.facts.draft,
        visibleFrom: p.facts.draft ? Number.POSITIVE_INFINITY : ctx.now.getTime(),
      },
      links: p.facts.links,
    })),
  ];
  for (const { source, links } of sources) {
    for (const link of links) {
      const found = linkProblem(link, source, index, ctx);
      if (found) problems.push(problem(source.path, link, 'body.link', found.message, found.severity));
    }
  }
  return problems;
}

/**
 * The internal links of other files (a live blog's entries: lib/checks/live-rules.ts), each judged
 * from when readers can first see its source, as an article's are.
 */
export function checkLinksFrom(
  sources: readonly { source: LinkSource; links: readonly Located<string>[] }[],
  articles: readonly ArticleEntry[],
  ctx: SiteContext,
): Problem[] {
  const index = buildIndex(articles, ctx.sections);
  return sources.flatMap(({ source, links }) =>
    links.flatMap((link) => {
      const found = linkProblem(link, source, index, ctx);
      return found ? [problem(source.path, link, 'body.link', found.message, found.severity)] : [];
    }),
  );
}

/**
 * The internal links of a page readers can open for as long as its source exists, judged at `ctx.now`
 * like an author's bio (a topic hub's introduction: lib/checks/topic-rules.ts).
 */
export function checkStandingLinks(
  path: string,
  links: readonly Located<string>[],
  articles: readonly ArticleEntry[],
  ctx: SiteContext,
): Problem[] {
  const index = buildIndex(articles, ctx.sections);
  const source: LinkSource = { path, draft: false, visibleFrom: ctx.now.getTime() };
  return links.flatMap((link) => {
    const found = linkProblem(link, source, index, ctx);
    return found ? [problem(path, link, 'body.link', found.message, found.severity)] : [];
  });
}

/** Every rule that spans files. */
export function checkSite(
  articles: readonly ArticleEntry[],
  authors: readonly AuthorEntry[],
  ctx: SiteContext,
): Problem[] {
  return [...checkSlugs(articles), ...checkRedirects(articles, ctx), ...checkLinks(articles, authors, ctx)];
}

/**
 * A warning when a published article's headline changed since `revision` (the last commit, or the
 * branch it will merge into) and no correction was added. Readers and search engines saw the old
 * headline; if the change fixes an error, the article must say so.
 */
export function checkHeadlineChange(
  path: string,
  current: AnalysedArticle,
  previous: AnalysedArticle,
  revision: string,
  now: Date,
): Problem | undefined {
  if (!current.title || !previous.title || current.title.value === previous.title.value) return undefined;
  const wasPublic = !previous.draft && previous.publishedAt !== undefined && previous.publishedAt.time <= now.getTime();
  if (!wasPublic || current.corrections > previous.corrections) return undefined;
  return problem(
    path,
    current.title,
    'title',
    `the headline changed since ${revision} (was "${previous.title.value}") and no correction was added: if the change fixes an error, add an entry to corrections`,
    'warning',
  );
}
