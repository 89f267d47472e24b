/**
 * The content rules: what a valid article or author file is. Pure functions over file text, so the
 * checker (`npm run check`), the build and the unit tests share exactly one definition.
 *
 * Checking a file has two phases:
 * 1. `analyseArticle` / `analyseAuthor` read one file's text on its own — YAML, field types, dates,
 *    lengths, alt texts, the MDX body — and return its problems plus the facts the second phase needs
 *    (section, author, images, links, redirects). The result depends on the text only, so the checker
 *    caches it by content hash.
 * 2. `resolveArticle` / `resolveAuthor` check those facts against the site: the author and section
 *    exist, images exist and are big enough. Rules across files (slugs, redirects, links, headline
 *    changes) are in `site-rules.ts`.
 */
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { parseMdx } from '../mdx/parse';
import { isWebImageType } from '../media/web-images';
import { altTextProblem, closest, inspectMdxTree, type ImageRef, type Located } from '../mdx/body-rules';
import {
  articleFields,
  authorFields,
  isSitePath,
  OLD_PATH_PATTERN,
  SLUG_PATTERN,
  type Field,
  type FieldSet,
} from '../content/schema';
import { readerTextFromTree } from '../mdx/reader-text';
import { countTextWords } from '../mdx/reading-time';
import { parseDateTime } from '../format/dates';

export { parseDateTime } from '../format/dates';
import { canonicalLanguageCode, LANGUAGE_CODE_PATTERN, languageName } from '../format/languages';
import { desks } from '../config/desks';

const deskSlugs: readonly string[] = desks.map((desk) => desk.slug);

export type { ImageRef, Located } from '../mdx/body-rules';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file, located at the offending frontmatter key or MDX node (1-based line and column). */
export type Problem = {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  severity: Severity;
};

/** A problem found in a file before it is known which file it is (phase 1 results are cached by content). */
export type LocalProblem = Omit<Problem, 'file'>;

/** A content file: its path relative to the project root (for messages) and its text. */
export type SourceFile = { path: string; text: string };

/** What the checker found on disk for an image path. */
export type ImageInfo =
  | { kind: 'missing' }
  | { kind: 'not-an-image'; detail: string }
  | { kind: 'image'; type: string; width: number; height: number };

/** What the per-file rules need to know about the rest of the site. */
export type RuleContext = {
  sections: readonly string[];
  authorSlugs: ReadonlySet<string>;
  /** What is at `src` (a path such as /images/x.jpg) under public/. */
  imageInfo: (src: string) => ImageInfo;
};

/** Google Discover shows large previews only for images at least this wide. */
export const MIN_IMAGE_WIDTH = 1200;
/** A body shorter than this many words is worth a second look (a warning, not an error). */
export const SHORT_BODY_WORDS = 150;
/** The hero `npm run new` puts in a new article until the editor chooses the real one. */
export const PLACEHOLDER_HERO = '/images/placeholder-hero.jpg';
/** Text `npm run new` leaves for the editor to replace. A published article may not contain it. */
export const PLACEHOLDER_MARKER = 'TODO';

/**
 * File names an article may not have: its address `/<section>/<slug>` would be taken by another
 * route (`/<section>/page/2` is a listing page).
 */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ['page'];
const PLACEHOLDER = new RegExp(`\\b${PLACEHOLDER_MARKER}\\b`);

/**
 * A live blog's own file, `content/live/<slug>/index.mdx` (lib/checks/live-rules.ts): a live blog is
 * an article whose slug is its folder's name, since its entries are files beside it.
 */
const LIVE_BLOG_FILE = /^(?:.*\/)?content\/live\/([^/]+)\/index\.mdx$/;

/** The file name without directories or extension (a live blog's folder name): the slug the URL is built from. */
export function slugFromPath(path: string): string {
  const blog = LIVE_BLOG_FILE.exec(path)?.[1];
  if (blog !== undefined) return blog;
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.mdx$/, '');
}

function suggestion(key: string, known: readonly string[]): string {
  const best = closest(key, known);
  return best ? `; did you mean "${best}"?` : `; known fields: ${known.join(', ')}`;
}

/** Collects problems for one file, turning YAML offsets into file lines and columns. */
export class Reporter {
  constructor(
    readonly problems: LocalProblem[],
    private readonly firstLine = 1,
    private readonly lineCounter?: LineCounter,
  ) {}

  pos(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0];
    if (!this.lineCounter || offset === undefined) return { line: 1, column: 1 };
    const p = this.lineCounter.linePos(offset);
    return { line: this.firstLine + p.line - 1, column: p.col };
  }

  at(node: Node | null | undefined, field: string, message: string, severity: Severity = 'error'): void {
    this.problems.push({ ...this.pos(node), field, message, severity });
  }

  atLine(line: number, field: string, message: string, severity: Severity = 'error'): void {
    this.problems.push({ line, column: 1, field, message, severity });
  }
}

/** A file's frontmatter as `readFrontmatter` found it. */
export type Frontmatter = {
  map: YAMLMap;
  located: Reporter;
  body: string;
  /** 1-based file line of the body's first line. */
  bodyFirstLine: number;
};

/** Splits `---` fenced YAML frontmatter from the body; reports what is wrong with the fences or the YAML. */
export function readFrontmatter(text: string, problems: LocalProblem[]): Frontmatter | undefined {
  const report = new Reporter(problems);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report.atLine(1, 'frontmatter', 'the file must start with a line "---" opening the frontmatter');
    return undefined;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    report.atLine(1, 'frontmatter', 'the frontmatter is not closed: add a line "---" after the last field');
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const located = new Reporter(problems, 2, lineCounter);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const p = lineCounter.linePos(error.pos[0]);
      problems.push({
        line: 2 + p.line - 1,
        column: p.col,
        field: 'frontmatter',
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        severity: 'error',
      });
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    report.atLine(1, 'frontmatter', 'the frontmatter must be a list of "field: value" lines');
    return undefined;
  }
  return { map: doc.contents, located, body: lines.slice(close + 1).join('\n'), bodyFirstLine: close + 2 };
}

/** The checker's rule for one frontmatter field, made from its schema descriptor by `fieldRules`. */
export type FieldRule = {
  required: boolean;
  check: (node: Node, name: string, report: Reporter) => void;
};

export function scalarValue(node: Node | null | undefined): unknown {
  return node && isScalar(node) ? node.value : undefined;
}

/** The entries of a YAML list (the parser wraps every value in a node). */
export function listItems(list: YAMLSeq): Node[] {
  return list.items.filter(isNode);
}

/** The key and value nodes of each `key: value` pair of a YAML map. */
export function mapPairs(map: YAMLMap): { key: Node | undefined; name: string; value: Node | null }[] {
  return map.items.map((pair) => ({
    key: isNode(pair.key) ? pair.key : undefined,
    name: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    value: isNode(pair.value) ? pair.value : null,
  }));
}

/** The value node of `key` in a YAML map, if present. */
export function mapValue(map: YAMLMap, key: string): Node | undefined {
  return mapPairs(map).find((pair) => pair.name === key)?.value ?? undefined;
}

function describe(node: Node): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a group of fields';
  const v = scalarValue(node);
  return v === null ? 'nothing' : `${typeof v} ${JSON.stringify(v)}`;
}

function stringRule(
  required: boolean,
  extra?: (value: string, node: Node, name: string, report: Reporter) => void,
): FieldRule {
  return {
    required,
    check(node, name, report) {
      const value = scalarValue(node);
      if (typeof value !== 'string') {
        report.at(node, name, `must be text (got ${describe(node)})`);
        return;
      }
      if (value.trim() === '') {
        report.at(node, name, 'must not be empty');
        return;
      }
      extra?.(value, node, name, report);
    },
  };
}

const dateRule = (required: boolean): FieldRule =>
  stringRule(required, (value, node, name, report) => {
    const parsed = parseDateTime(value);
    if (!parsed.ok) report.at(node, name, parsed.message);
  });

function listRule(describeItems: string, item: (node: Node, name: string, report: Reporter) => void): FieldRule {
  return {
    required: false,
    check(node, name, report) {
      if (!isSeq(node)) {
        report.at(node, name, `must be a list of ${describeItems}, one per line starting with "- "`);
        return;
      }
      for (const entry of listItems(node)) item(entry, name, report);
    },
  };
}

export function checkFields(
  map: YAMLMap,
  rules: Record<string, FieldRule>,
  report: Reporter,
  prefix: string,
  parentNode: Node | null,
): Map<string, Node> {
  const seen = new Map<string, Node>();
  const pairs = mapPairs(map);
  for (const pair of pairs) {
    const key = pair.name;
    const name = prefix + key;
    const rule = rules[key];
    if (!rule) {
      report.at(pair.key, name, `unknown field${suggestion(key, Object.keys(rules))}`);
      continue;
    }
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      if (rule.required) report.at(pair.key, name, 'is required but has no value');
      continue;
    }
    seen.set(key, pair.value);
    rule.check(pair.value, name, report);
  }
  for (const [key, rule] of Object.entries(rules)) {
    if (rule.required && !pairs.some((p) => p.name === key)) {
      report.at(parentNode, prefix + key, 'is required but missing');
    }
  }
  return seen;
}

/** "src, alt, and optionally caption and credit": the fields of a group, for the message when it is not one. */
function describeShape(fields: FieldSet): string {
  const entries = Object.entries(fields);
  const required = entries.filter(([, field]) => field.required).map(([name]) => name);
  const optional = entries.filter(([, field]) => !field.required).map(([name]) => name);
  const and = (names: string[]) =>
    names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  if (optional.length === 0) return and(required);
  return required.length === 0
    ? `optionally ${and(optional)}`
    : `${required.join(', ')}, and optionally ${and(optional)}`;
}

/** The checker's rule for one schema field (lib/content/schema.ts). */
function fieldRule(field: Field): FieldRule {
  switch (field.kind) {
    case 'text': {
      const { check } = field;
      return stringRule(
        field.required,
        check &&
          ((value, node, name, report) => {
            const message = check(value);
            if (message !== undefined) report.at(node, name, message);
          }),
      );
    }
    case 'date-time':
      return dateRule(field.required);
    case 'enum':
      // Each enum's value is checked by its own rule, which names the options in its message: an
      // article's `section` in phase 2 (resolveArticle, against the site's sections), an author's
      // `desk` in phase 1 (analyseAuthor, against lib/config/desks.ts, with a suggestion).
      return stringRule(field.required);
    case 'boolean':
      return {
        required: false,
        check(node, name, report) {
          if (typeof scalarValue(node) !== 'boolean')
            report.at(node, name, `must be true or false (got ${describe(node)})`);
        },
      };
    case 'text-list': {
      const { pattern, message } = field.item;
      return listRule(field.describeItems, (item, name, report) => {
        const v = scalarValue(item);
        if (typeof v !== 'string' || !pattern.test(v)) report.at(item, name, message(String(JSON.stringify(v))));
      });
    }
    case 'object': {
      const rules = fieldRules(field.fields);
      return {
        required: field.required,
        check(node, name, report) {
          if (!isMap(node)) {
            report.at(node, name, `must be a group of fields: ${describeShape(field.fields)}`);
            return;
          }
          checkFields(node, rules, report, `${name}.`, node);
        },
      };
    }
    case 'object-list': {
      const rules = fieldRules(field.fields);
      return listRule(field.describeItems, (item, name, report) => {
        if (!isMap(item)) {
          report.at(item, name, field.itemHint);
          return;
        }
        checkFields(item, rules, report, `${name}.`, item);
      });
    }
  }
}

/** The checker's rules for a set of schema fields, in the schema's order (unknown-field suggestions list them so). */
export function fieldRules(fields: FieldSet): Record<string, FieldRule> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fieldRule(field)]));
}

const articleRules = fieldRules(articleFields);
const authorRules = fieldRules(authorFields);

/** Everything phase 2 needs to know about an article, as found in its text. Plain data (cached as JSON). */
export type AnalysedArticle = {
  problems: LocalProblem[];
  title?: Located<string>;
  /** Set only when publishedAt is a valid date-time. */
  publishedAt?: Located<string> & { time: number };
  author?: Located<string>;
  section?: Located<string>;
  tags: Located<string>[];
  draft: boolean;
  redirectFrom: Located<string>[];
  /** How many corrections the article lists. */
  corrections: number;
  images: ImageRef[];
  links: Located<string>[];
};

/** Everything phase 2 needs to know about an author, as found in its text. */
export type AnalysedAuthor = {
  problems: LocalProblem[];
  images: ImageRef[];
  links: Located<string>[];
};

export function locatedString(node: Node | null | undefined, report: Reporter): Located<string> | undefined {
  const value = scalarValue(node);
  return typeof value === 'string' && value.trim() !== '' ? { value, ...report.pos(node) } : undefined;
}

function syntaxHint(reason: string): string {
  const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (unclosed) return `; close it with </${unclosed[1]}>, with a blank line before it when it holds Markdown`;
  if (/closing brace|expression|`\{`/.test(reason)) return '; to write a brace as text, write \\{';
  if (/before name|in name|closing slash|tag/.test(reason)) return '; to write < as text, write \\<';
  return '';
}

/**
 * Parses and inspects an MDX body, adding problems; returns the images and links it uses and the
 * number of words a reader sees (undefined when the body is not valid MDX).
 */
export function analyseBody(
  body: string,
  firstLine: number,
  problems: LocalProblem[],
  captionWarnings: boolean,
): { images: ImageRef[]; links: Located<string>[]; words: number | undefined } {
  const parsed = parseMdx(body);
  if (!parsed.ok) {
    // Errors about an unclosed element name the element's own position at the end of the message.
    // Their body-relative position is dropped from the message: the problem's own line and column say it.
    const place = /\s*\((\d+):(\d+)-\d+:\d+\)$/.exec(parsed.reason);
    const line = place ? Number(place[1]) : parsed.line;
    const column = place ? Number(place[2]) : parsed.column;
    const reason = place ? parsed.reason.slice(0, place.index) : parsed.reason;
    problems.push({
      line: line + firstLine - 1,
      column,
      field: 'body',
      message: `MDX syntax error: ${reason}${syntaxHint(reason)}`,
      severity: 'error',
    });
    return { images: [], links: [], words: undefined };
  }
  const facts = inspectMdxTree(parsed.tree, { firstLine, captionWarnings });
  problems.push(...facts.problems);
  return { images: facts.images, links: facts.links, words: countTextWords(readerTextFromTree(parsed.tree)) };
}

/** Reports every string in the frontmatter, and every body line, still holding a `TODO` placeholder. */
export function checkPlaceholders(fm: Frontmatter, draft: boolean, problems: LocalProblem[]): void {
  const severity: Severity = draft ? 'warning' : 'error';
  const advice = draft ? 'replace it before publishing' : 'a published article may not contain placeholders';
  const walk = (node: Node | null | undefined, name: string) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of mapPairs(node)) walk(pair.value, `${name}${name ? '.' : ''}${pair.name}`);
    } else if (isSeq(node)) {
      for (const item of listItems(node)) walk(item, name);
    } else {
      const value = scalarValue(node);
      if (typeof value === 'string' && PLACEHOLDER.test(value)) {
        fm.located.at(
          node,
          name,
          `still holds the ${PLACEHOLDER_MARKER} placeholder from npm run new: ${advice}`,
          severity,
        );
      }
    }
  };
  walk(fm.map, '');
  fm.body.split('\n').forEach((text, i) => {
    const column = text.search(PLACEHOLDER);
    if (column >= 0) {
      problems.push({
        line: fm.bodyFirstLine + i,
        column: column + 1,
        field: 'body',
        message: `still holds the ${PLACEHOLDER_MARKER} placeholder from npm run new: ${advice}`,
        severity,
      });
    }
  });
}

/**
 * The rules of a `hero` group, for an article and for a topic hub alike: the image (its file is
 * checked in phase 2, from the returned reference), not the placeholder of `npm run new`, its alt
 * text, and a caption and a credit (warnings). Returns the hero's image, if it names one.
 */
export function analyseHero(frontmatter: YAMLMap, report: Reporter, draft: boolean): ImageRef[] {
  const images: ImageRef[] = [];
  const hero = mapValue(frontmatter, 'hero');
  if (!hero || !isMap(hero)) return images;
  const srcNode = mapValue(hero, 'src');
  const src = locatedString(srcNode, report);
  const altNode = mapValue(hero, 'alt');
  const alt = locatedString(altNode, report);
  if (src && isSitePath(src.value)) {
    images.push({ field: 'hero.src', src, kind: 'hero' });
    if (src.value === PLACEHOLDER_HERO) {
      report.at(
        srcNode,
        'hero.src',
        draft
          ? 'is the placeholder illustration from npm run new: choose the story’s own image before publishing'
          : 'is the placeholder illustration from npm run new: a published article needs its own hero image',
        draft ? 'warning' : 'error',
      );
    }
  }
  if (alt) {
    const problem = altTextProblem(alt.value, src?.value);
    if (problem) report.at(altNode, 'hero.alt', problem);
  }
  const heroKey = mapPairs(frontmatter).find((pair) => pair.name === 'hero')?.key;
  if (!hero.has('caption')) {
    report.at(
      heroKey,
      'hero.caption',
      'no caption: say what the picture shows and why it matters to the story',
      'warning',
    );
  }
  if (!hero.has('credit')) {
    report.at(heroKey, 'hero.credit', "no credit: say who made the image, e.g. 'Photograph: Name/Agency'", 'warning');
  }
  return images;
}

/** The value of a date-time field with its position and instant, when it is a valid date-time. */
export function locatedDateTime(
  node: Node | null | undefined,
  report: Reporter,
): (Located<string> & { time: number }) | undefined {
  const located = locatedString(node, report);
  const parsed = located ? parseDateTime(located.value) : undefined;
  return located && parsed?.ok ? { ...located, time: parsed.time } : undefined;
}

/**
 * The publication dates of an article or of a live-blog entry (lib/checks/live-rules.ts): an update
 * or a correction cannot precede publication. Returns publishedAt, when it is a valid date-time, and
 * how many corrections there are.
 */
export function analysePublicationDates(
  fields: ReadonlyMap<string, Node>,
  report: Reporter,
): { publishedAt?: Located<string> & { time: number }; corrections: number } {
  const published = locatedDateTime(fields.get('publishedAt'), report);
  const updated = locatedDateTime(fields.get('updatedAt'), report);
  if (published && updated && updated.time < published.time) {
    report.at(
      fields.get('updatedAt'),
      'updatedAt',
      `${updated.value} is before publishedAt ${published.value}; an update cannot precede publication`,
    );
  }
  let count = 0;
  const corrections = fields.get('corrections');
  if (corrections && isSeq(corrections)) {
    count = corrections.items.length;
    for (const item of listItems(corrections)) {
      if (!isMap(item)) continue;
      const dateNode = mapValue(item, 'date');
      const date = locatedDateTime(dateNode, report);
      if (date && published && date.time < published.time) {
        report.at(
          dateNode,
          'corrections.date',
          `${date.value} is before publishedAt ${published.value}; a correction cannot precede publication`,
        );
      }
    }
  }
  return { ...(published ? { publishedAt: published } : {}), corrections: count };
}

/** How `analyseArticle` reads one kind of article: an article, or a live blog (lib/checks/live-rules.ts). */
export type ArticleShape = {
  /** The rules of the kind's schema fields (`fieldRules`). */
  rules: Readonly<Record<string, FieldRule>>;
  /** Warn about a body under SHORT_BODY_WORDS words: a story's body is the story, a live blog's a short summary. */
  shortBodyWarning: boolean;
  /** Reads the fields this kind adds to an article's, with the same reporter. */
  extra?: (fields: ReadonlyMap<string, Node>, report: Reporter) => void;
};

const ARTICLE_SHAPE: ArticleShape = { rules: articleRules, shortBodyWarning: true };

/** Phase 1 for an article (or a live blog, with its `shape`): every rule that needs only the file's text. */
export function analyseArticle(text: string, shape: ArticleShape = ARTICLE_SHAPE): AnalysedArticle {
  const facts: AnalysedArticle = {
    problems: [],
    tags: [],
    draft: false,
    redirectFrom: [],
    corrections: 0,
    images: [],
    links: [],
  };
  const fm = readFrontmatter(text, facts.problems);
  if (!fm) return facts;
  const report = fm.located;
  const fields = checkFields(fm.map, shape.rules, report, '', null);

  facts.title = locatedString(fields.get('title'), report);
  facts.author = locatedString(fields.get('author'), report);
  facts.section = locatedString(fields.get('section'), report);
  facts.draft = scalarValue(fields.get('draft')) !== false && fields.has('draft');

  const dates = analysePublicationDates(fields, report);
  if (dates.publishedAt) facts.publishedAt = dates.publishedAt;
  facts.corrections = dates.corrections;

  const tags = fields.get('tags');
  if (tags && isSeq(tags)) {
    const seen = new Set<string>();
    for (const item of listItems(tags)) {
      const tag = locatedString(item, report);
      if (!tag || !SLUG_PATTERN.test(tag.value)) continue;
      if (seen.has(tag.value)) report.at(item, 'tags', `tag "${tag.value}" is listed twice`, 'warning');
      seen.add(tag.value);
      facts.tags.push(tag);
    }
  }

  const redirects = fields.get('redirectFrom');
  if (redirects && isSeq(redirects)) {
    for (const item of listItems(redirects)) {
      const path = locatedString(item, report);
      if (path && OLD_PATH_PATTERN.test(path.value)) facts.redirectFrom.push(path);
    }
  }
  shape.extra?.(fields, report);

  facts.images.push(...analyseHero(fm.map, report, facts.draft));

  const body = analyseBody(fm.body, fm.bodyFirstLine, facts.problems, true);
  facts.images.push(...body.images);
  facts.links.push(...body.links);
  // A body that is not valid MDX has its syntax error reported; its length is not the point yet.
  const words = body.words;
  if (shape.shortBodyWarning && words !== undefined && words < SHORT_BODY_WORDS) {
    facts.problems.push({
      line: fm.bodyFirstLine,
      column: 1,
      field: 'body',
      message: `the body is only ${words} words (under ${SHORT_BODY_WORDS}): is the story finished?`,
      severity: 'warning',
    });
  }
  checkPlaceholders(fm, facts.draft, facts.problems);
  return facts;
}

/** An author's desk must be one of lib/config/desks.ts; a near miss gets a suggestion. */
function checkDesk(node: Node | undefined, report: Reporter): void {
  const desk = locatedString(node, report);
  if (!desk || deskSlugs.includes(desk.value)) return;
  const written = desk.value.trim().toLowerCase();
  // A near miss of a slug ("wrold"), or a desk written by its name or its slug's first word ("Technology").
  const best =
    closest(desk.value, deskSlugs) ??
    desks.find((d) => d.name.toLowerCase() === written || d.slug.split('-')[0] === written)?.slug;
  const list = deskSlugs.join(', ');
  report.at(
    node,
    'desk',
    best
      ? `unknown desk "${desk.value}"; did you mean "${best}"? The desks (lib/config/desks.ts) are: ${list}`
      : `unknown desk "${desk.value}"; use one of the desks in lib/config/desks.ts: ${list}`,
  );
}

/**
 * Each of an author's languages must be a code in its canonical form (`en-GB`, not `en-gb`) that
 * names a language readers can be told (`languageName`); entries of the wrong shape are the schema's.
 */
function checkLanguages(node: Node | undefined, report: Reporter): void {
  if (!node || !isSeq(node)) return;
  const seen = new Set<string>();
  for (const item of listItems(node)) {
    const code = locatedString(item, report);
    if (!code || !LANGUAGE_CODE_PATTERN.test(code.value)) continue;
    const canonical = canonicalLanguageCode(code.value);
    if (canonical === undefined || languageName(canonical) === undefined) {
      report.at(
        item,
        'languages',
        `"${code.value}" is not a language code we know; use a BCP 47 code such as en, es or pt-BR`,
      );
    } else if (canonical !== code.value) {
      report.at(item, 'languages', `write "${canonical}", the code's standard form, instead of "${code.value}"`);
    } else if (seen.has(canonical)) {
      report.at(item, 'languages', `"${canonical}" is listed twice`, 'warning');
    }
    seen.add(canonical ?? code.value);
  }
}

/** Phase 1 for an author file. */
export function analyseAuthor(text: string): AnalysedAuthor {
  const facts: AnalysedAuthor = { problems: [], images: [], links: [] };
  const fm = readFrontmatter(text, facts.problems);
  if (!fm) return facts;
  const fields = checkFields(fm.map, authorRules, fm.located, '', null);
  checkDesk(fields.get('desk'), fm.located);
  checkLanguages(fields.get('languages'), fm.located);
  const avatar = locatedString(fields.get('avatar'), fm.located);
  if (avatar && isSitePath(avatar.value)) {
    facts.images.push({ field: 'avatar', src: avatar, kind: 'avatar' });
  }
  const links = fields.get('links');
  if (links && isSeq(links)) {
    for (const item of listItems(links)) {
      const url = isMap(item) ? locatedString(mapValue(item, 'url'), fm.located) : undefined;
      if (url && isSitePath(url.value)) facts.links.push(url);
    }
  }
  const body = analyseBody(fm.body, fm.bodyFirstLine, facts.problems, false);
  facts.images.push(...body.images);
  facts.links.push(...body.links);
  return facts;
}

/** Why the file at an image reference cannot be used, or undefined when it can. */
export function imageFileProblem(ref: ImageRef, info: ImageInfo): string | undefined {
  const file = `public${ref.src.value}`;
  if (info.kind === 'missing') return `image not found: ${file} does not exist`;
  if (info.kind === 'not-an-image')
    return `${file} is not an image (${info.detail}); save it as JPEG, PNG, WebP or AVIF`;
  if (info.type === 'svg') {
    return `${file} is an SVG: SVG files can carry scripts and are not resized; use JPEG, PNG, WebP or AVIF`;
  }
  if (!isWebImageType(info.type))
    return `${file} is a ${info.type.toUpperCase()} file; save it as JPEG, PNG, WebP or AVIF`;
  if (ref.kind !== 'avatar' && info.width < MIN_IMAGE_WIDTH) {
    return `${file} is ${info.width} px wide; heroes and images in the body must be at least ${MIN_IMAGE_WIDTH} px wide (Google Discover shows large previews only from ${MIN_IMAGE_WIDTH} px)`;
  }
  return undefined;
}

export function withFile(file: string, problems: readonly LocalProblem[]): Problem[] {
  return problems.map((p) => ({ file, ...p }));
}

export function imageProblems(file: string, images: readonly ImageRef[], ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const ref of images) {
    const message = imageFileProblem(ref, ctx.imageInfo(ref.src.value));
    if (message)
      problems.push({ file, line: ref.src.line, column: ref.src.column, field: ref.field, message, severity: 'error' });
  }
  return problems;
}

function slugProblem(path: string): Problem | undefined {
  const slug = slugFromPath(path);
  const name = LIVE_BLOG_FILE.test(path) ? 'folder name' : 'file name';
  const problem = (message: string): Problem => ({
    file: path,
    line: 1,
    column: 1,
    field: 'slug',
    message,
    severity: 'error',
  });
  if (!SLUG_PATTERN.test(slug))
    return problem(`the ${name} "${slug}" must be a slug: lowercase letters, digits and hyphens`);
  if ((path.includes('/articles/') || LIVE_BLOG_FILE.test(path)) && RESERVED_ARTICLE_SLUGS.includes(slug)) {
    return problem(`the ${name} "${slug}" is reserved for listing pages (/<section>/${slug}/2); choose another`);
  }
  return undefined;
}

/** The error for an `author` that has no file in content/authors, or undefined when it has one. */
export function authorProblem(path: string, author: Located<string>, ctx: RuleContext): Problem | undefined {
  if (ctx.authorSlugs.has(author.value)) return undefined;
  const known = [...ctx.authorSlugs].sort().join(', ');
  return {
    file: path,
    line: author.line,
    column: author.column,
    field: 'author',
    message: `unknown author "${author.value}": no file content/authors/${author.value}.mdx (known: ${known})`,
    severity: 'error',
  };
}

/** Phase 2 for an article: its facts against the site (author, section, image files, file name). */
export function resolveArticle(path: string, facts: AnalysedArticle, ctx: RuleContext): Problem[] {
  const problems = withFile(path, facts.problems);
  const slug = slugProblem(path);
  if (slug) problems.push(slug);
  const { author, section } = facts;
  const unknown = author && authorProblem(path, author, ctx);
  if (unknown) problems.push(unknown);
  if (section && !ctx.sections.includes(section.value)) {
    problems.push({
      file: path,
      line: section.line,
      column: section.column,
      field: 'section',
      message: `unknown section "${section.value}"; use one of: ${ctx.sections.join(', ')}`,
      severity: 'error',
    });
  }
  problems.push(...imageProblems(path, facts.images, ctx));
  return problems;
}

/** Phase 2 for an author file. */
export function resolveAuthor(path: string, facts: AnalysedAuthor, ctx: RuleContext): Problem[] {
  const problems = withFile(path, facts.problems);
  const slug = slugProblem(path);
  if (slug) problems.push(slug);
  problems.push(...imageProblems(path, facts.images, ctx));
  return problems;
}

/** Checks one article file on its own: both phases, without the rules that span files. */
export function checkArticle(file: SourceFile, ctx: RuleContext): Problem[] {
  return resolveArticle(file.path, analyseArticle(file.text), ctx);
}

/** Checks one author file on its own. */
export function checkAuthor(file: SourceFile, ctx: RuleContext): Problem[] {
  return resolveAuthor(file.path, analyseAuthor(file.text), ctx);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Orders problems by file, line, column and field, errors before warnings: the same input always prints the same way. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.field.localeCompare(b.field) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.message.localeCompare(b.message)
  );
}

/** `path:line:column: field: message` — warnings say so after the field. */
export function formatProblem(p: Problem): string {
  const kind = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}: ${p.field}: ${kind}${p.message}`;
}
