/**
 * What `npm run new` writes: a new article as a draft, with every field the checker requires filled
 * in, and placeholders (the word TODO, and a placeholder hero) the checker accepts in a draft but
 * refuses in a published article — so an editor cannot publish the scaffold by mistake.
 */
import { stringify } from 'yaml';
import { PLACEHOLDER_HERO, PLACEHOLDER_MARKER } from './article-rules';
import { MAX_TITLE_LENGTH } from '../content/schema';
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

/** The file for a new article: its path under the project root and its text. */
export function scaffoldArticle(input: NewArticle): { path: string; slug: string; text: string } {
  const title = input.title.trim();
  const slug = slugify(title);
  const publishedAt = zonedIsoToMinute(input.now, input.timeZone);
  const todo = (what: string) => `${PLACEHOLDER_MARKER}: ${what}`;
  const frontmatter = {
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
    draft: true,
  };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = `${todo('write the story. Start with what happened; link to earlier coverage with its address, like [this](/world).')}\n`;
  return {
    path: `content/articles/${publishedAt.slice(0, 4)}/${slug}.mdx`,
    slug,
    text: `---\n${yaml}---\n\n${body}`,
  };
}
