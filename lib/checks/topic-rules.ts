/**
 * The rules of a topic hub, `content/topics/<tag>.mdx`: the curated front of the tag's page.
 *
 * Phase 1 (`analyseTopic`) reads the file on its own: the field rules derived from the schema
 * (`topicFields` in lib/content/schema.ts, through the same machinery as articles), the pinned
 * addresses (listed twice, more than `MAX_PINNED_STORIES`), the hero as an article's, and the
 * introduction with the articles' body allow-list. Phase 2 (`resolveTopic`) checks it against the
 * site: the file name is a tag readers can reach, each pinned address is a story of that tag that is
 * not a draft, the images exist, and the introduction's links lead somewhere.
 *
 * Errors and warnings. A pinned story that does not exist, is a draft or does not carry the tag is an
 * error: the hub would never show it (lib/content/topic-hubs.ts leaves it out), so the editor's
 * choice is silently lost; more than `MAX_PINNED_STORIES` is an error for the same reason. A story
 * listed twice, or scheduled for later, is a warning: the hub shows it once, or from its publication
 * time by itself, so readers lose nothing.
 */
import { isSeq, type Node } from 'yaml';
import { closest, type ImageRef, type Located } from '../mdx/body-rules';
import { ARTICLE_ADDRESS_PATTERN, MAX_PINNED_STORIES, SLUG_PATTERN, topicFields } from '../content/schema';
import {
  analyseBody,
  analyseHero,
  checkFields,
  fieldRules,
  imageProblems,
  listItems,
  locatedString,
  readFrontmatter,
  slugFromPath,
  withFile,
  type LocalProblem,
  type Problem,
  type Reporter,
  type RuleContext,
  type Severity,
  type SourceFile,
} from './article-rules';
import { articleUrl, checkStandingLinks, type ArticleEntry, type SiteContext } from './site-rules';

/** Where topic hubs live, relative to the project root. */
export const TOPICS_DIR = 'content/topics';

const topicRules = fieldRules(topicFields);

/** Everything phase 2 needs to know about a topic hub, as found in its text. */
export type AnalysedTopic = {
  problems: LocalProblem[];
  /** The pinned addresses of the right shape, each once, in the editor's order. */
  pinned: Located<string>[];
  images: ImageRef[];
  links: Located<string>[];
};

/** "1st", "2nd", "3rd", "4th", … for messages. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The pinned list: each address once, at most `MAX_PINNED_STORIES`; the shape of each is the schema's rule. */
function analysePinned(node: Node | undefined, facts: AnalysedTopic, report: Reporter): void {
  if (!node || !isSeq(node)) return;
  const seen = new Set<string>();
  for (const item of listItems(node)) {
    const address = locatedString(item, report);
    if (!address || !ARTICLE_ADDRESS_PATTERN.test(address.value)) continue;
    if (seen.has(address.value)) {
      report.at(
        item,
        'pinned',
        `"${address.value}" is listed twice; the hub shows it once, in its first place`,
        'warning',
      );
      continue;
    }
    seen.add(address.value);
    facts.pinned.push(address);
    if (facts.pinned.length === MAX_PINNED_STORIES + 1) {
      report.at(
        item,
        'pinned',
        `"${address.value}" is the ${ordinal(MAX_PINNED_STORIES + 1)} pinned story; a hub shows at most ${MAX_PINNED_STORIES}: choose the ${MAX_PINNED_STORIES} to read first, and the rest appear in the list below them`,
      );
    }
  }
}

/** Phase 1 for a topic hub: every rule that needs only the file's text. */
export function analyseTopic(text: string): AnalysedTopic {
  const facts: AnalysedTopic = { problems: [], pinned: [], images: [], links: [] };
  const fm = readFrontmatter(text, facts.problems);
  if (!fm) return facts;
  const fields = checkFields(fm.map, topicRules, fm.located, '', null);
  analysePinned(fields.get('pinned'), facts, fm.located);
  // A hub is never a draft: it shows as soon as its tag has a page.
  facts.images.push(...analyseHero(fm.map, fm.located, false));
  if (fm.body.trim() === '') {
    facts.problems.push({
      line: Math.max(1, fm.bodyFirstLine - 1),
      column: 1,
      field: 'body',
      message:
        'the hub has no introduction: below the frontmatter, say in a few paragraphs what the topic is and why it matters',
      severity: 'warning',
    });
  } else {
    const body = analyseBody(fm.body, fm.bodyFirstLine, facts.problems, true);
    facts.images.push(...body.images);
    facts.links.push(...body.links);
  }
  return facts;
}

/** The article behind each address, and every tag's use, as phase 2 needs them. */
type TopicSite = {
  byUrl: ReadonlyMap<string, ArticleEntry>;
  /** Tag → whether an article that is not a draft carries it (false: only drafts do). */
  tags: ReadonlyMap<string, boolean>;
};

function topicSite(articles: readonly ArticleEntry[], sections: readonly string[]): TopicSite {
  const byUrl = new Map<string, ArticleEntry>();
  const tags = new Map<string, boolean>();
  for (const entry of articles) {
    const url = articleUrl(entry, sections);
    if (url) byUrl.set(url, entry);
    for (const tag of entry.facts.tags) tags.set(tag.value, (tags.get(tag.value) ?? false) || !entry.facts.draft);
  }
  return { byUrl, tags };
}

/** Why the file's name is not a hub's (its tag), or undefined. */
function tagProblem(path: string, site: TopicSite): string | undefined {
  const inFolder = path.startsWith(`${TOPICS_DIR}/`) && !path.slice(TOPICS_DIR.length + 1).includes('/');
  if (!inFolder) return `a topic hub is ${TOPICS_DIR}/<tag>.mdx, not in a folder of its own: move it to ${TOPICS_DIR}/`;
  const tag = slugFromPath(path);
  if (!SLUG_PATTERN.test(tag)) return `the file name "${tag}" must be a tag: lowercase letters, digits and hyphens`;
  const used = site.tags.get(tag);
  if (used === true) return undefined;
  if (used === false) {
    return `only drafts are tagged "${tag}", so /tags/${tag} has no page for readers: publish one of them first, or name the hub after another tag`;
  }
  const usable = [...site.tags].filter(([, published]) => published).map(([name]) => name);
  const best = closest(tag, usable);
  return best
    ? `unknown tag "${tag}": no article is tagged "${tag}"; did you mean "${best}" (${TOPICS_DIR}/${best}.mdx)?`
    : `unknown tag "${tag}": no article is tagged "${tag}"; name the file after a tag the articles use`;
}

/** What is wrong with one pinned address, or undefined when the hub can show it. */
function pinnedProblem(
  address: string,
  tag: string,
  site: TopicSite,
  now: Date,
): { message: string; severity: Severity } | undefined {
  const entry = site.byUrl.get(address);
  if (!entry) {
    const slug = address.split('/').pop() ?? '';
    const elsewhere = [...site.byUrl.keys()].find((url) => url.endsWith(`/${slug}`));
    const near = elsewhere ?? closest(address, [...site.byUrl.keys()]);
    return {
      message: `no article at ${address}${near ? `; did you mean ${near}?` : ': pin a story by its address, /<section>/<file name>'}`,
      severity: 'error',
    };
  }
  if (entry.facts.draft) {
    return {
      message: `${address} is a draft (${entry.path}): readers would never see it pinned; publish it first or remove it`,
      severity: 'error',
    };
  }
  if (!entry.facts.tags.some((t) => t.value === tag)) {
    return {
      message: `${address} is not tagged "${tag}": a hub pins its own tag's stories; add "${tag}" to the tags of ${entry.path}, or remove it here`,
      severity: 'error',
    };
  }
  const published = entry.facts.publishedAt;
  if (published && published.time > now.getTime()) {
    return {
      message: `${address} is scheduled for ${published.value}: the hub shows it from then, by itself`,
      severity: 'warning',
    };
  }
  return undefined;
}

/** Phase 2 for a topic hub: its file name, pinned stories, images and links against the site. */
export function resolveTopic(
  path: string,
  facts: AnalysedTopic,
  articles: readonly ArticleEntry[],
  ctx: RuleContext,
  siteCtx: SiteContext,
): Problem[] {
  const site = topicSite(articles, ctx.sections);
  const problems = withFile(path, facts.problems);
  const tagMessage = tagProblem(path, site);
  if (tagMessage)
    problems.push({ file: path, line: 1, column: 1, field: 'tag', message: tagMessage, severity: 'error' });
  const tag = slugFromPath(path);
  for (const address of facts.pinned) {
    const found = pinnedProblem(address.value, tag, site, siteCtx.now);
    if (found) {
      problems.push({ file: path, line: address.line, column: address.column, field: 'pinned', ...found });
    }
  }
  problems.push(...imageProblems(path, facts.images, ctx));
  problems.push(...checkStandingLinks(path, facts.links, articles, siteCtx));
  return problems;
}

/**
 * Checks every topic hub (`files`, their paths relative to the project root) against the site's
 * articles: both phases. Hubs are few and small, so they are not cached.
 */
export function checkTopics(
  files: readonly SourceFile[],
  articles: readonly ArticleEntry[],
  ctx: RuleContext,
  siteCtx: SiteContext,
): Problem[] {
  return files.flatMap((file) => resolveTopic(file.path, analyseTopic(file.text), articles, ctx, siteCtx));
}
