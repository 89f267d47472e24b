/**
 * The breaking-news line: one urgent line — a text, a link and, optionally, when it stops showing —
 * that editors set by committing content/breaking.yml, and that every page shows as soon as the
 * server reads the file, without a rebuild (docs/decisions/014-breaking-news-line.md).
 *
 * Its fields are written once, here, and `readBreakingNews` is the one reader of the file: the
 * checker (lib/checks/breaking-rules.ts) reports what it finds at `file:line:column`, and the server
 * (lib/serving/breaking-news-file.ts) shows a line only when it finds nothing wrong.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { parseDateTime } from '../format/dates';
import { closest } from '../mdx/body-rules';
import { isSitePath, type DateTimeField, type FieldValues, type TextField } from './schema';

/** One line on a phone is about 40 characters: at most three lines there, one on a desktop. */
export const MAX_BREAKING_TEXT_LENGTH = 120;

/** An example link for messages: a page of this site. */
const LINK_EXAMPLE = '/world/harbour-strike-ends';

/**
 * What is wrong with the line's link, if anything: it must be a page of this site (`/world/…`) or a
 * full `https://` address, without spaces.
 */
export function breakingLinkProblem(value: string): string | undefined {
  const message = `"${value}" must be a page of this site starting with / (e.g. ${LINK_EXAMPLE}) or a full address starting with https://`;
  if (/\s/.test(value)) return message;
  if (isSitePath(value)) return undefined;
  if (!/^https:\/\//i.test(value)) return message;
  try {
    return new URL(value).hostname === '' ? message : undefined;
  } catch {
    return message;
  }
}

/** The fields of content/breaking.yml, in the order editors write them. */
export const breakingNewsFields = {
  /** What readers see: one sentence. */
  text: {
    kind: 'text',
    required: true,
    description: `What readers see: one sentence of at most ${MAX_BREAKING_TEXT_LENGTH} characters`,
    check: (value) => {
      if (/[\r\n]/.test(value.trim())) return 'must be one line: write it as one sentence on the same line as "text:"';
      const length = value.trim().length;
      return length > MAX_BREAKING_TEXT_LENGTH
        ? `is ${length} characters; a breaking-news line may be at most ${MAX_BREAKING_TEXT_LENGTH}`
        : undefined;
    },
  } satisfies TextField<true>,
  /** Where the line leads: the story, or the live page. */
  url: {
    kind: 'text',
    required: true,
    description: 'Where the line leads: a page of this site (/world/…) or an https:// address',
    check: breakingLinkProblem,
  } satisfies TextField<true>,
  /** When the line stops showing, by itself; without it the line shows until the file is removed. */
  expires: {
    kind: 'date-time',
    required: false,
    description: 'When the line stops showing, ISO 8601 with an offset, e.g. 2026-11-03T23:00:00-05:00',
  } satisfies DateTimeField<false>,
};

export type BreakingNewsField = keyof typeof breakingNewsFields;

/** A breaking-news line as read: its fields, and its expiry as an instant (milliseconds). */
export type BreakingLine = FieldValues<typeof breakingNewsFields> & { expiresAt?: number };

/** A place in the file: 1-based line and column. */
export type FilePosition = { line: number; column: number };

/** One thing wrong with the file, where it is written. `field` is a field's name, or `breaking news` for the file. */
export type BreakingNewsProblem = FilePosition & { field: string; message: string };

export type BreakingNewsReading = {
  /** The line, when the file holds one and nothing is wrong with it. */
  line?: BreakingLine;
  problems: BreakingNewsProblem[];
  /** Where each field's value is written. */
  positions: Partial<Record<BreakingNewsField, FilePosition>>;
};

/** The name problems with the file as a whole are reported under. */
const FILE_FIELD = 'breaking news';

function describeValue(node: Node): string {
  if (isMap(node)) return 'a group of fields';
  if (!isScalar(node)) return 'a list';
  return node.value === null ? 'nothing' : `${typeof node.value} ${JSON.stringify(node.value)}`;
}

/**
 * Reads the text of content/breaking.yml. An empty file (or one of comments only) holds no line and
 * nothing is wrong with it. Otherwise each problem is reported where it is written: YAML syntax,
 * unknown fields (with the likeliest meant), missing or empty fields, a text that is not one short
 * line, a link that is neither a page of this site nor an https address, an expiry that is not a
 * real date-time with an offset. The line is returned only when there is no problem; whether it
 * has expired is `activeLine`'s question, which depends on the clock.
 */
export function readBreakingNews(source: string): BreakingNewsReading {
  const problems: BreakingNewsProblem[] = [];
  const positions: Partial<Record<BreakingNewsField, FilePosition>> = {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined): FilePosition => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const p = lineCounter.linePos(error.pos[0]);
      problems.push({
        line: p.line,
        column: p.col,
        field: FILE_FIELD,
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      });
    }
    return { problems, positions };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { problems, positions };
  const names = Object.keys(breakingNewsFields);
  if (!isMap(contents)) {
    problems.push({
      ...at(contents),
      field: FILE_FIELD,
      message: `must be "field: value" lines: ${names.join(', ')} (expires is optional)`,
    });
    return { problems, positions };
  }
  const values: Partial<Record<BreakingNewsField, string>> = {};
  const isField = (name: string): name is BreakingNewsField => Object.hasOwn(breakingNewsFields, name);
  for (const pair of contents.items) {
    const key = isNode(pair.key) ? pair.key : undefined;
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!isField(name)) {
      const guess = closest(name, names);
      problems.push({
        ...at(key),
        field: name,
        message: `unknown field${guess ? `; did you mean "${guess}"?` : `; the fields are ${names.join(', ')}`}`,
      });
      continue;
    }
    const value = isNode(pair.value) ? pair.value : null;
    if (value === null || (isScalar(value) && value.value === null)) {
      if (breakingNewsFields[name].required) problems.push({ ...at(key), field: name, message: 'is required but has no value' });
      continue;
    }
    positions[name] = at(value);
    const field = breakingNewsFields[name];
    const text = isScalar(value) ? value.value : undefined;
    if (typeof text !== 'string') {
      problems.push({ ...at(value), field: name, message: `must be text (got ${describeValue(value)})` });
      continue;
    }
    if (text.trim() === '') {
      problems.push({ ...at(value), field: name, message: 'must not be empty' });
      continue;
    }
    const message = field.kind === 'text' ? field.check(text) : undefined;
    const date = field.kind === 'date-time' ? parseDateTime(text) : undefined;
    if (message !== undefined) problems.push({ ...at(value), field: name, message });
    else if (date && !date.ok) problems.push({ ...at(value), field: name, message: date.message });
    else values[name] = text.trim();
  }
  for (const name of names) {
    if (isField(name) && breakingNewsFields[name].required && !contents.items.some((p) => isScalar(p.key) && p.key.value === name)) {
      problems.push({ line: 1, column: 1, field: name, message: 'is required but missing' });
    }
  }
  const { text, url, expires } = values;
  if (problems.length > 0 || text === undefined || url === undefined) return { problems, positions };
  if (expires === undefined) return { line: { text, url }, problems, positions };
  return { line: { text, url, expires, expiresAt: Date.parse(expires) }, problems, positions };
}

/** The line readers see at `now`: `line` until its expiry (the expiry itself is past), else none. */
export function activeLine(line: BreakingLine | undefined, now: Date | number): BreakingLine | undefined {
  if (line === undefined) return undefined;
  const time = typeof now === 'number' ? now : now.getTime();
  return line.expiresAt === undefined || time < line.expiresAt ? line : undefined;
}
