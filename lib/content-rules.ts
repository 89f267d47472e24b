/**
 * The content rules: what a valid article or author file is. Pure functions over file text, so the
 * checker (`npm run check`), the build and the unit tests share exactly one definition.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file, located at the offending frontmatter key (1-based line and column). */
export type Problem = {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  severity: Severity;
};

/** A content file: its path relative to the project root (for messages) and its text. */
export type SourceFile = { path: string; text: string };

/** What the rules need to know about the rest of the site. */
export type RuleContext = {
  sections: readonly string[];
  authorSlugs: ReadonlySet<string>;
  /** True when `src` (a path such as /images/x.jpg) names a file under public/. */
  imageExists: (src: string) => boolean;
};

export const MAX_TITLE_LENGTH = 110;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * File names an article may not have: its address `/<section>/<slug>` would be taken by another
 * route (`/<section>/page/2` is a listing page).
 */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ['page'];

/**
 * ISO 8601 date-time with seconds optional, fraction optional and a mandatory offset (`Z` or ±hh:mm).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const DATE_EXAMPLE = '2024-11-14T10:00:00-05:00';

/** The file name without directories or extension: the slug the URL is built from. */
export function slugFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.mdx$/, '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks an ISO 8601 date-time with a timezone offset and a real calendar date.
 * Returns the instant in milliseconds, or a message saying what is wrong.
 */
export function parseDateTime(value: string): { ok: true; time: number } | { ok: false; message: string } {
  const m = DATE_TIME.exec(value);
  if (!m) {
    return {
      ok: false,
      message: `"${value}" is not an ISO 8601 date-time with a timezone offset; write it like ${DATE_EXAMPLE}`,
    };
  }
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `"${value}" has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `"${value}" is not a real calendar date: ${y}-${mo} has no day ${d}` };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { ok: false, message: `"${value}" is not a real time of day` };
  }
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) {
    return { ok: false, message: `"${value}" has an impossible timezone offset` };
  }
  return { ok: true, time: Date.parse(value) };
}

/** The smallest number of single-character edits between `a` and `b`. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      row[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(key: string, known: readonly string[]): string {
  const best = known
    .map((k) => ({ k, d: editDistance(key.toLowerCase(), k.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? `; did you mean "${best.k}"?` : `; known fields: ${known.join(', ')}`;
}

type Frontmatter = {
  map: YAMLMap | undefined;
  /** 1-based line of the first frontmatter line inside the --- fences. */
  firstLine: number;
  lineCounter: LineCounter;
  body: string;
  bodyFirstLine: number;
};

/** Collects problems for one file, turning YAML offsets into file lines and columns. */
class Reporter {
  readonly problems: Problem[] = [];
  constructor(
    private readonly file: string,
    private readonly fm?: Pick<Frontmatter, 'firstLine' | 'lineCounter'>,
  ) {}

  at(node: Node | null | undefined, field: string, message: string, severity: Severity = 'error'): void {
    let line = 1;
    let column = 1;
    const offset = node?.range?.[0];
    if (this.fm && offset !== undefined) {
      const pos = this.fm.lineCounter.linePos(offset);
      line = this.fm.firstLine + pos.line - 1;
      column = pos.col;
    }
    this.problems.push({ file: this.file, line, column, field, message, severity });
  }

  atLine(line: number, field: string, message: string, severity: Severity = 'error'): void {
    this.problems.push({ file: this.file, line, column: 1, field, message, severity });
  }
}

/** Splits `---` fenced YAML frontmatter from the body; reports what is wrong with the fences or the YAML. */
function readFrontmatter(file: SourceFile, report: Reporter): Frontmatter | undefined {
  const text = file.text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report.atLine(1, 'frontmatter', 'the file must start with a line "---" opening the frontmatter');
    return undefined;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    report.atLine(1, 'frontmatter', 'the frontmatter is not closed: add a line "---" after the last field');
    return undefined;
  }
  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fm: Frontmatter = {
    map: undefined,
    firstLine: 2,
    lineCounter,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      report.problems.push({
        file: file.path,
        line: fm.firstLine + pos.line - 1,
        column: pos.col,
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
  fm.map = doc.contents;
  return fm;
}

type FieldRule = {
  required: boolean;
  check: (node: Node, name: string, report: Reporter) => void;
};

function scalarValue(node: Node): unknown {
  return isScalar(node) ? node.value : undefined;
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

function describe(node: Node): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a group of fields';
  const v = scalarValue(node);
  return v === null ? 'nothing' : `${typeof v} ${JSON.stringify(v)}`;
}

const dateRule = (required: boolean): FieldRule =>
  stringRule(required, (value, node, name, report) => {
    const parsed = parseDateTime(value);
    if (!parsed.ok) report.at(node, name, parsed.message);
  });

function checkFields(
  map: YAMLMap,
  rules: Record<string, FieldRule>,
  report: Reporter,
  prefix: string,
  parentNode: Node | null,
): Map<string, Node> {
  const seen = new Map<string, Node>();
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
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
    if (rule.required && !map.items.some((p) => isScalar(p.key) && p.key.value === key)) {
      report.at(parentNode, prefix + key, 'is required but missing');
    }
  }
  return seen;
}

function articleRules(ctx: RuleContext): Record<string, FieldRule> {
  const heroRules: Record<string, FieldRule> = {
    src: stringRule(true, (value, node, name, report) => {
      if (!value.startsWith('/')) {
        report.at(node, name, `must be a path under public/ starting with "/", e.g. /images/2024/photo.jpg`);
      } else if (!ctx.imageExists(value)) {
        report.at(node, name, `image not found: public${value} does not exist`);
      }
    }),
    alt: stringRule(true),
    caption: stringRule(false),
    credit: stringRule(false),
  };
  return {
    title: stringRule(true, (value, node, name, report) => {
      if (value.length > MAX_TITLE_LENGTH) {
        report.at(node, name, `is ${value.length} characters; a headline may be at most ${MAX_TITLE_LENGTH}`);
      }
    }),
    standfirst: stringRule(true),
    publishedAt: dateRule(true),
    updatedAt: dateRule(false),
    author: stringRule(true, (value, node, name, report) => {
      if (!ctx.authorSlugs.has(value)) {
        const known = [...ctx.authorSlugs].sort().join(', ');
        report.at(node, name, `unknown author "${value}": no file content/authors/${value}.mdx (known: ${known})`);
      }
    }),
    section: stringRule(true, (value, node, name, report) => {
      if (!ctx.sections.includes(value)) {
        report.at(node, name, `unknown section "${value}"; use one of: ${ctx.sections.join(', ')}`);
      }
    }),
    tags: {
      required: false,
      check(node, name, report) {
        if (!isSeq(node)) {
          report.at(node, name, 'must be a list of tag slugs, one per line starting with "- "');
          return;
        }
        for (const item of node.items as Node[]) {
          const v = scalarValue(item);
          if (typeof v !== 'string' || !SLUG.test(v)) {
            report.at(item, name, `tag ${JSON.stringify(v)} must be a slug: lowercase letters, digits and hyphens`);
          }
        }
      },
    },
    hero: {
      required: true,
      check(node, name, report) {
        if (!isMap(node)) {
          report.at(node, name, 'must be a group of fields: src, alt, and optionally caption and credit');
          return;
        }
        checkFields(node, heroRules, report, `${name}.`, node);
      },
    },
    draft: {
      required: false,
      check(node, name, report) {
        if (typeof scalarValue(node) !== 'boolean') report.at(node, name, `must be true or false (got ${describe(node)})`);
      },
    },
  };
}

function authorRules(ctx: RuleContext): Record<string, FieldRule> {
  return {
    name: stringRule(true),
    role: stringRule(true),
    avatar: stringRule(false, (value, node, name, report) => {
      if (!value.startsWith('/') || !ctx.imageExists(value)) {
        report.at(node, name, `image not found: public${value.startsWith('/') ? value : `/${value}`} does not exist`);
      }
    }),
    links: {
      required: false,
      check(node, name, report) {
        if (!isSeq(node)) {
          report.at(node, name, 'must be a list of { label, url }');
          return;
        }
        for (const item of node.items as Node[]) {
          if (!isMap(item)) {
            report.at(item, name, 'each link must have a label and a url');
            continue;
          }
          checkFields(item, { label: stringRule(true), url: stringRule(true) }, report, `${name}.`, item);
        }
      },
    },
  };
}

/** Checks one article file on its own (frontmatter fields, dates, references, file name). */
export function checkArticle(file: SourceFile, ctx: RuleContext): Problem[] {
  const report = new Reporter(file.path);
  const fm = readFrontmatter(file, report);
  if (!fm?.map) return report.problems;
  const located = new Reporter(file.path, fm);
  const slug = slugFromPath(file.path);
  if (!SLUG.test(slug)) {
    located.atLine(1, 'slug', `the file name "${slug}" must be a slug: lowercase letters, digits and hyphens`);
  } else if (RESERVED_ARTICLE_SLUGS.includes(slug)) {
    located.atLine(1, 'slug', `the file name "${slug}" is reserved for listing pages (/<section>/${slug}/2); choose another`);
  }
  const fields = checkFields(fm.map, articleRules(ctx), located, '', null);
  const published = fields.get('publishedAt');
  const updated = fields.get('updatedAt');
  const pv = published ? scalarValue(published) : undefined;
  const uv = updated ? scalarValue(updated) : undefined;
  if (typeof pv === 'string' && typeof uv === 'string') {
    const p = parseDateTime(pv);
    const u = parseDateTime(uv);
    if (p.ok && u.ok && u.time < p.time) {
      located.at(updated, 'updatedAt', `${uv} is before publishedAt ${pv}; an update cannot precede publication`);
    }
  }
  return [...report.problems, ...located.problems];
}

/** Checks one author file. */
export function checkAuthor(file: SourceFile, ctx: RuleContext): Problem[] {
  const report = new Reporter(file.path);
  const fm = readFrontmatter(file, report);
  if (!fm?.map) return report.problems;
  const located = new Reporter(file.path, fm);
  const slug = slugFromPath(file.path);
  if (!SLUG.test(slug)) {
    located.atLine(1, 'slug', `the file name "${slug}" must be a slug: lowercase letters, digits and hyphens`);
  }
  checkFields(fm.map, authorRules(ctx), located, '', null);
  return [...report.problems, ...located.problems];
}

/**
 * Checks the rules that span files: every article slug is unique site-wide (URLs are
 * `/<section>/<slug>`, and a slug names one story wherever it is filed).
 */
export function checkArticleSet(files: readonly SourceFile[]): Problem[] {
  const bySlug = new Map<string, string[]>();
  for (const f of files) {
    const slug = slugFromPath(f.path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), f.path]);
  }
  const problems: Problem[] = [];
  for (const [slug, paths] of bySlug) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(', ');
      problems.push({
        file: path,
        line: 1,
        column: 1,
        field: 'slug',
        message: `duplicate slug "${slug}": also used by ${others}; rename one file`,
        severity: 'error',
      });
    }
  }
  return problems;
}

/** `path:line:column: field: message` — warnings say so after the field. */
export function formatProblem(p: Problem): string {
  const kind = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.column}: ${p.field}: ${kind}${p.message}`;
}
