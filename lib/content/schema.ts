/**
 * The content schema: every frontmatter field of an article file and of an author file, written once.
 *
 * Everything else is derived from these descriptors:
 * - contentlayer's field definitions (`contentlayer.config.ts` maps each kind to a contentlayer type),
 * - the checker's field rules (`lib/checks/article-rules.ts`: kinds, required fields, constraints,
 *   unknown-field suggestions, all reported at `file:line:column`),
 * - the decoder of contentlayer's output (`lib/content/content-index.ts`, via `decodeFields`),
 * - the TypeScript types (`FieldValues` below; `ArticleSummary` and `AuthorProfile` build on them).
 *
 * Adding a field means adding it here (and showing it where it should be shown).
 * `tests/unit/lib/content/schema.test.ts` fails if any derived piece disagrees with this file.
 */
import { sections, type SectionSlug } from '../config/sections';
import { isPlainObject } from '../format/json';

/** A single line or paragraph of text. `check` returns what is wrong with a non-empty value, if anything. */
export type TextField<R extends boolean = boolean> = {
  kind: 'text';
  required: R;
  description?: string;
  check?: (value: string) => string | undefined;
};

/** An ISO 8601 date-time with a timezone offset and a real calendar date. */
export type DateTimeField<R extends boolean = boolean> = { kind: 'date-time'; required: R; description?: string };

/** `true` or `false`; false when absent. */
export type BooleanField = { kind: 'boolean'; required: false; description?: string };

/** One of a fixed set of text values. */
export type EnumField<T extends string = string, R extends boolean = boolean> = {
  kind: 'enum';
  required: R;
  options: readonly T[];
  description?: string;
};

/** A list of text values, empty when absent; each entry must match `item.pattern`. */
export type TextListField = {
  kind: 'text-list';
  required: false;
  description?: string;
  /** What the list holds, for the checker's "must be a list of …" message. */
  describeItems: string;
  item: {
    pattern: RegExp;
    /** The checker's message for an entry that does not match; `shown` is the entry as JSON. */
    message: (shown: string) => string;
  };
};

/** A group of fields (a YAML map) under one key. `name` is contentlayer's nested type name. */
export type ObjectField<F extends FieldSet = FieldSet, R extends boolean = boolean> = {
  kind: 'object';
  required: R;
  name: string;
  fields: F;
  description?: string;
};

/** A list of groups of fields, empty when absent. `name` is contentlayer's nested type name of an entry. */
export type ObjectListField<F extends FieldSet = FieldSet> = {
  kind: 'object-list';
  required: false;
  name: string;
  fields: F;
  description?: string;
  /** What the list holds, for the checker's "must be a list of …" message. */
  describeItems: string;
  /** The checker's message for an entry that is not a group of fields. */
  itemHint: string;
};

export type Field = TextField | DateTimeField | BooleanField | EnumField | TextListField | ObjectField | ObjectListField;

/** Field name → descriptor, in the order editors write them (the checker lists them in this order). */
export type FieldSet = { readonly [name: string]: Field };

/** The value a field holds once read: text and date-times as strings, lists as readonly arrays. */
export type FieldValue<F extends Field> = F extends TextField | DateTimeField
  ? string
  : F extends BooleanField
    ? boolean
    : F extends EnumField<infer T>
      ? T
      : F extends TextListField
        ? readonly string[]
        : F extends ObjectField<infer N>
          ? FieldValues<N>
          : F extends ObjectListField<infer N>
            ? readonly FieldValues<N>[]
            : never;

/** Fields that may be absent from a read document: optional and without a default (lists and booleans have one). */
type OptionalKey<S extends FieldSet, K extends keyof S> = S[K] extends { required: false; kind: 'text' | 'date-time' | 'enum' | 'object' }
  ? K
  : never;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The type of a document read with `fields` (as `decodeFields` returns it). */
export type FieldValues<S extends FieldSet> = Flatten<
  { [K in keyof S as OptionalKey<S, K> extends never ? K : never]: FieldValue<S[K]> } & {
    [K in keyof S as OptionalKey<S, K>]?: FieldValue<S[K]>;
  }
>;

function text<R extends boolean>(spec: Omit<TextField<R>, 'kind'>): TextField<R> {
  return { kind: 'text', ...spec };
}

function dateTime<R extends boolean>(spec: Omit<DateTimeField<R>, 'kind'>): DateTimeField<R> {
  return { kind: 'date-time', ...spec };
}

function oneOf<T extends string, R extends boolean>(spec: Omit<EnumField<T, R>, 'kind'>): EnumField<T, R> {
  return { kind: 'enum', ...spec };
}

function object<F extends FieldSet, R extends boolean>(spec: Omit<ObjectField<F, R>, 'kind'>): ObjectField<F, R> {
  return { kind: 'object', ...spec };
}

function objectList<F extends FieldSet>(spec: Omit<ObjectListField<F>, 'kind' | 'required'>): ObjectListField<F> {
  return { kind: 'object-list', required: false, ...spec };
}

/** A headline longer than this is cut off in search results and breaks card layouts. */
export const MAX_TITLE_LENGTH = 110;
/**
 * A standfirst says what happened and why it matters in one short paragraph. Under 50 characters it
 * cannot do that (it is a label, not a summary); over 300 (about 50 words) it is no longer one short
 * paragraph, it pushes the story below the fold on phones, and search and social previews cut it at
 * about 160 characters anyway.
 */
export const MIN_STANDFIRST_LENGTH = 50;
export const MAX_STANDFIRST_LENGTH = 300;

/** A slug: lowercase letters and digits in hyphen-separated words (file names, tags). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An old site path: segments of unreserved URL characters, no trailing slash, no query or fragment. */
export const OLD_PATH_PATTERN = /^(?:\/[A-Za-z0-9._~-]+)+$/;

/** True for a path on this site (`/images/x.jpg`), not a protocol-relative address (`//host/x`). */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//');
}

const sitePath =
  (example: string) =>
  (value: string): string | undefined =>
    isSitePath(value) ? undefined : `must be a path under public/ starting with "/", e.g. ${example}`;

/** The section slugs with their literal types (`sectionSlugs` in lib/config/sections.ts is widened to string). */
const sectionOptions: readonly SectionSlug[] = sections.map((s) => s.slug);

/** The article's main image. */
export const heroFields = {
  src: text({ required: true, description: 'Path under public/, e.g. /images/2024/foo.jpg', check: sitePath('/images/2024/photo.jpg') }),
  alt: text({ required: true, description: 'What the image shows, for readers who cannot see it' }),
  caption: text({ required: false }),
  credit: text({ required: false, description: 'Photographer or maker, e.g. "Illustration: The Meridian"' }),
};

/** A correction printed at the foot of an article. */
export const correctionFields = {
  /** When the correction was made: an ISO 8601 instant once read. */
  date: dateTime({ required: true, description: 'When the correction was made, ISO 8601 with an offset' }),
  /** What was wrong, and what is right. */
  text: text({ required: true, description: 'What was wrong, and what is right' }),
};

/** The frontmatter of `content/articles/<yyyy>/<slug>.mdx`. */
export const articleFields = {
  /** The headline. */
  title: text({
    required: true,
    description: `The headline, at most ${MAX_TITLE_LENGTH} characters`,
    check: (value) =>
      value.length > MAX_TITLE_LENGTH ? `is ${value.length} characters; a headline may be at most ${MAX_TITLE_LENGTH}` : undefined,
  }),
  /** The one-paragraph summary under the headline. */
  standfirst: text({
    required: true,
    description: 'The one-paragraph summary under the headline',
    check: (value) => {
      const length = value.trim().length;
      if (length < MIN_STANDFIRST_LENGTH) {
        return `is ${length} characters; a standfirst says what happened and why it matters in ${MIN_STANDFIRST_LENGTH}–${MAX_STANDFIRST_LENGTH} characters`;
      }
      if (length > MAX_STANDFIRST_LENGTH) {
        return `is ${length} characters; keep the standfirst to one short paragraph of at most ${MAX_STANDFIRST_LENGTH} characters`;
      }
      return undefined;
    },
  }),
  /** Written with an offset; an ISO 8601 instant (UTC) once read. */
  publishedAt: dateTime({ required: true, description: 'ISO 8601 date-time with an offset' }),
  /** When the article was substantively updated; not before publishedAt. An ISO 8601 instant once read. */
  updatedAt: dateTime({ required: false, description: 'Last substantive update; not before publishedAt' }),
  /** Slug of a file in content/authors (`ann-lee` for content/authors/ann-lee.mdx). */
  author: text({ required: true, description: 'Slug of a document in content/authors' }),
  section: oneOf({ required: true, options: sectionOptions }),
  tags: {
    kind: 'text-list',
    required: false,
    describeItems: 'tag slugs',
    item: { pattern: SLUG_PATTERN, message: (shown) => `tag ${shown} must be a slug: lowercase letters, digits and hyphens` },
  } satisfies TextListField,
  hero: object({ required: true, name: 'Hero', fields: heroFields }),
  /** Drafts are never published in production. */
  draft: { kind: 'boolean', required: false, description: 'Drafts are never published in production' } satisfies BooleanField,
  /** Oldest first once read. */
  corrections: objectList({
    name: 'Correction',
    fields: correctionFields,
    description: 'Shown at the foot of the article; the latest sets dateModified',
    describeItems: 'corrections, each with a date and a text',
    itemHint: 'each correction needs a date and a text, e.g. "- date: 2026-05-13T10:00:00-04:00" then "  text: …"',
  }),
  /** Old site paths of this article (`/world/old-slug`); each answers a 308 redirect to its current URL. */
  redirectFrom: {
    kind: 'text-list',
    required: false,
    description: 'Old addresses of this article; each answers a 308 redirect to its current URL',
    describeItems: 'old addresses',
    item: {
      pattern: OLD_PATH_PATTERN,
      message: (shown) =>
        `${shown} must be an old address on this site like /world/old-slug: starting with /, without the domain, a query, # or a trailing slash`,
    },
  } satisfies TextListField,
};

/** One link on an author's page (a social profile, an email address, a page of this site). */
export const authorLinkFields = {
  label: text({ required: true }),
  url: text({
    required: true,
    check: (value) =>
      /^(?:https?:\/\/|mailto:)/i.test(value) || isSitePath(value)
        ? undefined
        : `"${value}" must be a full address starting with https:// (or mailto:), or a page of this site starting with /`,
  }),
};

/** The frontmatter of `content/authors/<slug>.mdx`. */
export const authorFields = {
  name: text({ required: true }),
  /** Job title shown under the name. */
  role: text({ required: true, description: 'Job title shown under the name' }),
  /** Square portrait, a path under public/. */
  avatar: text({ required: false, description: 'Square portrait under public/', check: sitePath('/images/authors/ann-lee.jpg') }),
  links: objectList({
    name: 'AuthorLink',
    fields: authorLinkFields,
    describeItems: 'links, each with a label and a url',
    itemHint: 'each link must have a label and a url',
  }),
};

export type ArticleFrontmatter = FieldValues<typeof articleFields>;
export type HeroFrontmatter = FieldValues<typeof heroFields>;
export type CorrectionFrontmatter = FieldValues<typeof correctionFields>;
export type AuthorFrontmatter = FieldValues<typeof authorFields>;
export type AuthorLinkFrontmatter = FieldValues<typeof authorLinkFields>;

/** How the decoder names what a field should hold: `expected text in "title"`. */
const EXPECTED: Record<Field['kind'], string> = {
  text: 'expected text',
  'date-time': 'expected text',
  boolean: 'expected true or false',
  enum: 'expected text',
  'text-list': 'expected a list of text',
  object: 'expected fields',
  'object-list': 'expected a list',
};

/** True when `value` is a value of `field` as contentlayer writes it. */
function isFieldValue(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'text':
    case 'date-time':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && field.options.includes(value);
    case 'text-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object':
      return isPlainObject(value) && hasFieldValues(field.fields, value);
    case 'object-list':
      return Array.isArray(value) && value.every((v) => isPlainObject(v) && hasFieldValues(field.fields, v));
  }
}

/** True for fields a read document always has: required ones, and those with a default (lists, booleans). */
function alwaysPresent(field: Field): boolean {
  return field.required || field.kind === 'boolean' || field.kind === 'text-list' || field.kind === 'object-list';
}

/** True when `doc` holds a value of the right kind for every field of `fields` (optional ones may be absent). */
function hasFieldValues<S extends FieldSet>(fields: S, doc: Record<string, unknown>): doc is Record<string, unknown> & FieldValues<S> {
  return Object.entries(fields).every(([key, field]) =>
    doc[key] === undefined ? !alwaysPresent(field) : isFieldValue(field, doc[key]),
  );
}

/**
 * Reads the fields of `fields` from a contentlayer document (or a nested object of one) as stored on
 * disk: an absent list becomes [], an absent boolean false, an absent or empty optional text is left
 * out; keys not in the schema (contentlayer's `type`, `_raw`, computed fields) are dropped. Throws,
 * naming `file` and the field, when a required field is missing or a value is of the wrong kind.
 */
export function decodeFields<S extends FieldSet>(fields: S, doc: Record<string, unknown>, file: string): FieldValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const raw = doc[key];
    const emptyOptionalText = raw === '' && !field.required && (field.kind === 'text' || field.kind === 'date-time');
    if (raw === undefined || emptyOptionalText) {
      if (field.kind === 'boolean') out[key] = false;
      else if (field.kind === 'text-list' || field.kind === 'object-list') out[key] = [];
      else if (field.required) throw new Error(`${file}: ${EXPECTED[field.kind]} in "${key}"`);
      continue;
    }
    if (field.kind === 'object') {
      if (!isPlainObject(raw)) throw new Error(`${file}: ${EXPECTED[field.kind]} in "${key}"`);
      out[key] = decodeFields(field.fields, raw, file);
    } else if (field.kind === 'object-list') {
      if (!Array.isArray(raw)) throw new Error(`${file}: ${EXPECTED[field.kind]} in "${key}"`);
      out[key] = raw.map((entry: unknown) => {
        if (!isPlainObject(entry)) throw new Error(`${file}: expected fields in "${key}"`);
        return decodeFields(field.fields, entry, file);
      });
    } else if (!isFieldValue(field, raw)) {
      throw new Error(field.kind === 'enum' ? `${file}: unknown ${key} ${JSON.stringify(raw)}` : `${file}: ${EXPECTED[field.kind]} in "${key}"`);
    } else {
      out[key] = raw;
    }
  }
  // The checks above decide every field; this re-check is what lets the compiler trust the result.
  if (!hasFieldValues(fields, out)) throw new Error(`${file}: does not match the content schema`);
  return out;
}
