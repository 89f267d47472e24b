/**
 * What `npm run new` writes: a new article, live blog or live-blog entry as a draft, with every field
 * the checker requires filled in, and placeholders (the word TODO, and a placeholder hero) the checker
 * accepts in a draft but refuses once published — so an editor cannot publish the scaffold by mistake.
 */
import { stringify } from 'yaml';
import { PLACEHOLDER_HERO, PLACEHOLDER_MARKER } from './article-rules';
import { LIVE_BLOG_FILE_NAME, LIVE_DIR, LIVE_ENTRIES_DIR } from './live-rules';
import { MAX_ENTRY_TITLE_LENGTH, MAX_TITLE_LENGTH, type LiveStatus } from '../content/schema';
import { zonedIsoToMinute } from '../format/dates';

/** Longest slug `slugify` makes; long headlines make unreadable addresses. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A slug from a headline: lowercase ASCII letters, digits and hyphens, accents removed, cut at a word
 * boundary to at most `MAX_SLUG_LENGTH` characters. "Zürich’s café reopens" → "zurichs-cafe-reopens".
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

export type NewArticle = {
  title: string;
  section: string;
  author: string;
  tags: readonly string[];
  /** The moment to date the article (its publishedAt), written in `timeZone`. */
  now: Date;
  timeZone: string;
};

/** Why `title` cannot be a headline, or undefined. */
export function titleProblem(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return 'the headline is empty';
  if (trimmed.length > MAX_TITLE_LENGTH)
    return `the headline is ${trimmed.length} characters; at most ${MAX_TITLE_LENGTH}`;
  if (slugify(trimmed) === '') return 'the headline needs at least one letter or digit to make an address from';
  return undefined;
}

const todo = (what: string) => `${PLACEHOLDER_MARKER}: ${what}`;

/** A new article's frontmatter, for an article and a live blog alike. */
function articleFrontmatter(input: NewArticle, title: string, publishedAt: string) {
  return {
    title,
    standfirst: todo('one or two sentences saying what happened and why it matters (50 to 300 characters).'),
    publishedAt,
    author: input.author,
    section: input.section,
    ...(input.tags.length > 0 ? { tags: [...input.tags] } : {}),
    hero: {
      src: PLACEHOLDER_HERO,
      alt: todo('describe what the image shows.'),
      caption: todo('what the picture shows and why it matters.'),
      credit: todo('Photograph: Name/Agency.'),
    },
  };
}

/** The file for a new article: its path under the project root and its text. */
export function scaffoldArticle(input: NewArticle): { path: string; slug: string; text: string } {
  const title = input.title.trim();
  const slug = slugify(title);
  const publishedAt = zonedIsoToMinute(input.now, input.timeZone);
  const frontmatter = { ...articleFrontmatter(input, title, publishedAt), draft: true };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = `${todo('write the story. Start with what happened; link to earlier coverage with its address, like [this](/world).')}\n`;
  return {
    path: `content/articles/${publishedAt.slice(0, 4)}/${slug}.mdx`,
    slug,
    text: `---\n${yaml}---\n\n${body}`,
  };
}

/**
 * The file for a new live blog, `content/live/<slug>/index.mdx`: an article's scaffold with
 * `status: live`, its start (publishedAt) now in `timeZone`, a draft until the editor publishes it.
 */
export function scaffoldLiveBlog(input: NewArticle): { path: string; slug: string; text: string } {
  const title = input.title.trim();
  const slug = slugify(title);
  const publishedAt = zonedIsoToMinute(input.now, input.timeZone);
  const status: LiveStatus = 'live';
  const frontmatter = { ...articleFrontmatter(input, title, publishedAt), status, draft: true };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = `${todo('a paragraph or two on the story so far, shown above the entries. Update it as the story moves.')}\n`;
  return { path: `${LIVE_DIR}/${slug}/${LIVE_BLOG_FILE_NAME}`, slug, text: `---\n${yaml}---\n\n${body}` };
}

/** Longest slug an entry id takes from its title: the id is part of the entry's permalink. */
export const MAX_ENTRY_SLUG_LENGTH = 40;

/** Why `title` cannot be an entry's title, or undefined. */
export function entryTitleProblem(title: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return 'the title is empty (leave out --title for an entry without one)';
  if (trimmed.length > MAX_ENTRY_TITLE_LENGTH)
    return `the title is ${trimmed.length} characters; an entry title may be at most ${MAX_ENTRY_TITLE_LENGTH}`;
  return undefined;
}

/**
 * A new entry's id: its time in `timeZone` as hhmm, then the title's first words as a slug
 * (`1305-polls-close`), with `-2`, `-3`, … when `taken` (compared ignoring case) already has it.
 */
export function entryId(now: Date, timeZone: string, title: string | undefined, taken: ReadonlySet<string>): string {
  const time = zonedIsoToMinute(now, timeZone).slice(11, 16).replace(':', '');
  const words = title ? slugify(title) : '';
  const boundary = words.lastIndexOf('-', MAX_ENTRY_SLUG_LENGTH);
  const cut =
    words.length <= MAX_ENTRY_SLUG_LENGTH
      ? words
      : words.slice(0, boundary > 0 ? boundary : MAX_ENTRY_SLUG_LENGTH).replace(/-+$/, '');
  const base = cut ? `${time}-${cut}` : time;
  const lower = new Set([...taken].map((id) => id.toLowerCase()));
  let id = base;
  for (let n = 2; lower.has(id); n++) id = `${base}-${n}`;
  return id;
}

export type NewLiveEntry = {
  /** The blog's slug (its folder in content/live). */
  blog: string;
  title?: string;
  author: string;
  keyEvent: boolean;
  pinned: boolean;
  /** Ids the blog's entries already have. */
  taken: ReadonlySet<string>;
  /** The entry's time (its publishedAt), written in `timeZone` with its offset. */
  now: Date;
  timeZone: string;
};

/**
 * The file for a new entry, `content/live/<blog>/entries/<id>.mdx`: timed now, a draft whose text is
 * a TODO line — accepted by the checker while it is a draft, refused once it is published.
 */
export function scaffoldLiveEntry(input: NewLiveEntry): { path: string; id: string; text: string } {
  const title = input.title?.trim();
  const id = entryId(input.now, input.timeZone, title, input.taken);
  const frontmatter = {
    publishedAt: zonedIsoToMinute(input.now, input.timeZone),
    ...(title ? { title } : {}),
    author: input.author,
    ...(input.pinned ? { pinned: true } : {}),
    ...(input.keyEvent ? { keyEvent: true } : {}),
    draft: true,
  };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = `${todo('write the entry: what happened, in a few sentences. Link to earlier coverage with its address, like [this](/world).')}\n`;
  return {
    path: `${LIVE_DIR}/${input.blog}/${LIVE_ENTRIES_DIR}/${id}.mdx`,
    id,
    text: `---\n${yaml}---\n\n${body}`,
  };
}
