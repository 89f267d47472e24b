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
import { desks, type DeskSlug } from '../config/desks';
import { isPlainObject } from '../format/json';
import { LANGUAGE_CODE_PATTERN } from '../format/languages';

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

/** The two states of a live blog: still being updated, or over (then `endedAt` says when). */
export const LIVE_STATUSES = ['live', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/**
 * The frontmatter of `content/live/<slug>/index.mdx`: a live blog is an article (the same fields,
 * rules, drafts and scheduling; `publishedAt` is when the coverage starts) with a status and, once
 * it has ended, the time it ended. Its body is the summary above the entries.
 */
export const liveBlogFields = {
  ...articleFields,
  status: oneOf({ required: true, options: LIVE_STATUSES, description: 'live while the coverage runs, ended once it is over' }),
  /** When the coverage ended: required once `status` is ended, never before the last entry. */
  endedAt: dateTime({ required: false, description: 'When the coverage ended, ISO 8601 with an offset; required once status is ended' }),
};

/** An entry's title is a line above its text, not a headline: it must fit the key-events list. */
export const MAX_ENTRY_TITLE_LENGTH = 110;

/**
 * The frontmatter of `content/live/<blog>/entries/<id>.mdx`, one file per entry (the file name is the
 * entry's id and its permalink, `#entry-<id>`). The body follows the article allow-list.
 */
export const liveEntryFields = {
  /** The entry's own time, written with an offset; an ISO 8601 instant (UTC) once read. */
  publishedAt: dateTime({ required: true, description: "The entry's time, ISO 8601 with an offset" }),
  /** When the entry was substantively updated; shown, not before publishedAt. */
  updatedAt: dateTime({ required: false, description: 'Last substantive update of the entry; not before publishedAt' }),
  title: text({
    required: false,
    description: `A line above the entry, at most ${MAX_ENTRY_TITLE_LENGTH} characters`,
    check: (value) =>
      value.length > MAX_ENTRY_TITLE_LENGTH ? `is ${value.length} characters; an entry title may be at most ${MAX_ENTRY_TITLE_LENGTH}` : undefined,
  }),
  /** Slug of a file in content/authors; may differ from the blog's author. */
  author: text({ required: true, description: 'Slug of a document in content/authors' }),
  /** Shown first, above the newest entries; at most one entry of a blog. */
  pinned: { kind: 'boolean', required: false, description: 'Shown first, above the newest entries (one per blog)' } satisfies BooleanField,
  /** Listed under "Key events" at the top of the blog. */
  keyEvent: { kind: 'boolean', required: false, description: 'Listed under "Key events" at the top of the blog' } satisfies BooleanField,
  /** Drafts are never published in production. */
  draft: articleFields.draft,
  corrections: articleFields.corrections,
};

/** One link on an author's page (a profile elsewhere, a page of this site); the external ones are the Person's `sameAs`. */
export const authorLinkFields = {
  label: text({ required: true, description: 'What the link is, e.g. "Amara Okafor on Bluesky"' }),
  url: text({
    required: true,
    check: (value) =>
      /^(?:https?:\/\/|mailto:)/i.test(value) || isSitePath(value)
        ? undefined
        : `"${value}" must be a full address starting with https:// (or mailto:), or a page of this site starting with /`,
  }),
};

/** The masthead lists an author in one line; the Person's description says who they are in one sentence. */
export const MIN_AUTHOR_SUMMARY_LENGTH = 20;
export const MAX_AUTHOR_SUMMARY_LENGTH = 160;

/** An email address as readers can write to it: one @, a domain with a dot, no spaces or display name. */
export const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The desk slugs with their literal types. */
const deskOptions: readonly DeskSlug[] = desks.map((d) => d.slug);

/** The frontmatter of `content/authors/<slug>.mdx`. The MDX body is the bio. */
export const authorFields = {
  name: text({ required: true }),
  /** Job title shown under the name; the Person's `jobTitle`. */
  role: text({ required: true, description: 'Job title shown under the name' }),
  /** The desk of the newsroom they work for (lib/config/desks.ts); the masthead groups people by it. */
  desk: oneOf({ required: true, options: deskOptions, description: 'Their desk in lib/config/desks.ts, e.g. world' }),
  /** One sentence on who they are and what they do: the masthead's line and the Person's description. */
  summary: text({
    required: true,
    description: `One sentence for the masthead, ${MIN_AUTHOR_SUMMARY_LENGTH}–${MAX_AUTHOR_SUMMARY_LENGTH} characters`,
    check: (value) => {
      const length = value.trim().length;
      if (length < MIN_AUTHOR_SUMMARY_LENGTH) {
        return `is ${length} characters; say who they are and what they cover in ${MIN_AUTHOR_SUMMARY_LENGTH}–${MAX_AUTHOR_SUMMARY_LENGTH} characters`;
      }
      if (length > MAX_AUTHOR_SUMMARY_LENGTH) {
        return `is ${length} characters; keep the summary to one line of at most ${MAX_AUTHOR_SUMMARY_LENGTH} (the bio below the frontmatter says the rest)`;
      }
      return undefined;
    },
  }),
  /** Square portrait, a path under public/. */
  avatar: text({ required: false, description: 'Square portrait under public/', check: sitePath('/images/authors/ann-lee.jpg') }),
  /** What they report on or know best: the Person's `knowsAbout`. */
  covers: {
    kind: 'text-list',
    required: false,
    description: 'The subjects they cover, e.g. "ocean science"',
    describeItems: 'subjects they cover',
    item: {
      pattern: /^\S(?:.*\S)?$/,
      message: (shown) => `subject ${shown} must be a short phrase such as "ocean science"`,
    },
  } satisfies TextListField,
  /** BCP 47 codes of the languages they work in (`en`, `es`, `pt-BR`): the Person's `knowsLanguage`. */
  languages: {
    kind: 'text-list',
    required: false,
    description: 'BCP 47 codes of the languages they work in, e.g. en, es, pt-BR',
    describeItems: 'language codes',
    item: {
      pattern: LANGUAGE_CODE_PATTERN,
      message: (shown) => `language ${shown} must be a BCP 47 language code such as en, es or pt-BR`,
    },
  } satisfies TextListField,
  /** Where readers can write to them; shown as a mailto: link and given as the Person's `email`. */
  email: text({
    required: false,
    description: 'Their work email address, e.g. amara.okafor@meridian-news.example',
    check: (value) =>
      /^mailto:/i.test(value)
        ? `write the address without "mailto:": ${value.replace(/^mailto:/i, '')}`
        : EMAIL_PATTERN.test(value)
          ? undefined
          : `"${value}" is not an email address; write it like name@meridian-news.example`,
  }),
  /** How to reach them safely with a sensitive tip (Signal, a secure drop), shown beside the email. */
  secureContact: text({ required: false, description: 'How to send them a sensitive tip safely, e.g. "Signal: +1 212 555 0143"' }),
  links: objectList({
    name: 'AuthorLink',
    fields: authorLinkFields,
    describeItems: 'links, each with a label and a url',
    itemHint: 'each link must have a label and a url',
  }),
};

/**
 * A topic hub shows at most this many pinned stories above the tag's listing: enough to give a running
 * story its essential reading, few enough to fit on a phone's first screens.
 */
export const MAX_PINNED_STORIES = 4;
/** A topic hub's title is a name ("Kestrel Bay’s seagrass"), not a headline: it must fit a search result. */
export const MAX_TOPIC_TITLE_LENGTH = 60;
/** An article's address as readers see it: `/<section>/<slug>` (lib/config/urls.ts `articlePath`). */
export const ARTICLE_ADDRESS_PATTERN = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter of `content/topics/<tag>.mdx`: the curated front of the tag's page, `/tags/<tag>`.
 * The body is the introduction, with the same allow-list as an article's body.
 */
export const topicFields = {
  /** The hub's display title, shown instead of the tag's label on every page of the tag. */
  title: text({
    required: true,
    description: `The topic's display name, at most ${MAX_TOPIC_TITLE_LENGTH} characters`,
    check: (value) =>
      value.length > MAX_TOPIC_TITLE_LENGTH
        ? `is ${value.length} characters; a topic's title is a name of at most ${MAX_TOPIC_TITLE_LENGTH}, not a headline`
        : undefined,
  }),
  /** The one-paragraph summary under the title; also the page's meta description. */
  standfirst: articleFields.standfirst,
  /** The hub's main image, with the same rules as an article's hero. */
  hero: object({ required: false, name: 'Hero', fields: heroFields }),
  /** Addresses of the stories shown first, in this order (`/science/some-story`). */
  pinned: {
    kind: 'text-list',
    required: false,
    description: `Addresses of up to ${MAX_PINNED_STORIES} stories shown first, e.g. /politics/harbour-vote`,
    describeItems: 'article addresses',
    item: {
      pattern: ARTICLE_ADDRESS_PATTERN,
      message: (shown) =>
        `${shown} must be an article's address like /politics/harbour-vote: the section and the file name, starting with /, without the domain, a query, # or a trailing slash`,
    },
  } satisfies TextListField,
};

/**
 * The frontmatter of `content/pages/<slug>.mdx`: a standing page of the newsroom (about, contact, a
 * policy), shown at `/about` or `/about/<slug>`. Headline, standfirst and draft follow the article rules.
 */
export const pageFields = {
  title: articleFields.title,
  /** The one-paragraph summary under the headline; also the page's meta description. */
  standfirst: articleFields.standfirst,
  /** When the page last changed, shown as "Last updated": a policy must say when it changed. */
  updatedAt: dateTime({ required: true, description: 'When the page last changed, ISO 8601 with an offset' }),
  draft: articleFields.draft,
};

export type ArticleFrontmatter = FieldValues<typeof articleFields>;
export type HeroFrontmatter = FieldValues<typeof heroFields>;
export type CorrectionFrontmatter = FieldValues<typeof correctionFields>;
export type AuthorFrontmatter = FieldValues<typeof authorFields>;
export type AuthorLinkFrontmatter = FieldValues<typeof authorLinkFields>;
export type TopicFrontmatter = FieldValues<typeof topicFields>;
export type PageFrontmatter = FieldValues<typeof pageFields>;
export type LiveBlogFrontmatter = FieldValues<typeof liveBlogFields>;
export type LiveEntryFrontmatter = FieldValues<typeof liveEntryFields>;

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
