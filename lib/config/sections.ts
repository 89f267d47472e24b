/**
 * The site's sections, in navigation order. This is the one place sections are defined: the content
 * schema, the checker, the header navigation and the routes all read it.
 */
export const sections = [
  { slug: 'world', name: 'World' },
  { slug: 'politics', name: 'Politics' },
  { slug: 'business', name: 'Business' },
  { slug: 'technology', name: 'Technology' },
  { slug: 'science', name: 'Science' },
  { slug: 'culture', name: 'Culture' },
  { slug: 'sport', name: 'Sport' },
] as const;

export type Section = (typeof sections)[number];
export type SectionSlug = Section['slug'];

/**
 * Top-level path segments that belong to other routes or to Next itself. A section slug must never be
 * one of these, or the section would shadow (or be shadowed by) that route.
 */
export const reservedTopLevelSegments = [
  'api',
  'about',
  'authors',
  'tags',
  'search',
  'corrections',
  'pagefind',
  'preview',
  'page',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  'favicon.ico',
  'images',
  'crops',
  'sitemaps',
  'og-image.png',
  '_next',
] as const;

/** The slugs of all sections, in navigation order. */
export const sectionSlugs: readonly string[] = sections.map((s) => s.slug);

/** True when `value` is the slug of one of the site's sections. */
export function isSectionSlug(value: string): value is SectionSlug {
  return sectionSlugs.includes(value);
}

/** The section with this slug, or undefined. */
export function getSection(slug: string): Section | undefined {
  return sections.find((s) => s.slug === slug);
}

/**
 * Fixed routes inside a section (`/<section>/feed.xml`, …) that are not article addresses. A unit
 * test keeps this list equal to the folders in app/[section]/.
 */
export const sectionChildRoutes: readonly string[] = ['atom.xml', 'feed.json', 'feed.xml', 'og-image.png'];
