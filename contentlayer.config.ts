import path from 'node:path';
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { buildContentIndex, writeContentStore } from './lib/content/content-index';
import { imageDimensions } from './lib/media/dimensions';
import { countWords, readingTimeMinutes } from './lib/mdx/reading-time';
import { sectionSlugs } from './lib/config/sections';

/** The file name without its extension: `content/articles/2024/foo.mdx` → `foo`. */
function fileSlug(flattenedPath: string): string {
  return flattenedPath.split('/').pop() ?? flattenedPath;
}

const Hero = defineNestedType(() => ({
  name: 'Hero',
  fields: {
    src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/2024/foo.jpg' },
    alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
    caption: { type: 'string', required: false },
    credit: { type: 'string', required: false, description: 'Photographer or maker, e.g. "Illustration: The Meridian"' },
  },
}));

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true, description: 'When the correction was made, ISO 8601 with an offset' },
    text: { type: 'string', required: true, description: 'What was wrong, and what is right' },
  },
}));

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  // Bodies stay raw MDX here and are compiled when their page renders (lib/mdx/compile.ts): compiling every
  // body in the content build costs ~20 ms an article and dominates builds of a large archive.
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true, description: 'The headline, at most 110 characters' },
    standfirst: { type: 'string', required: true, description: 'The one-paragraph summary under the headline' },
    publishedAt: { type: 'date', required: true, description: 'ISO 8601 date-time with an offset' },
    updatedAt: { type: 'date', required: false, description: 'Last substantive update; not before publishedAt' },
    author: { type: 'string', required: true, description: 'Slug of a document in content/authors' },
    section: { type: 'enum', options: [...sectionSlugs], required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    hero: { type: 'nested', of: Hero, required: true },
    draft: { type: 'boolean', default: false, description: 'Drafts are never published in production' },
    corrections: { type: 'list', of: Correction, default: [], description: 'Shown at the foot of the article; the latest sets dateModified' },
    redirectFrom: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Old addresses of this article; each answers a 308 redirect to its current URL',
    },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/${doc.section}/${fileSlug(doc._raw.flattenedPath)}` },
    wordCount: { type: 'number', resolve: (doc) => countWords(doc.body.raw) },
    readingTimeMinutes: { type: 'number', resolve: (doc) => readingTimeMinutes(countWords(doc.body.raw)) },
    heroWidth: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).width },
    heroHeight: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).height },
  },
}));

const AuthorLink = defineNestedType(() => ({
  name: 'AuthorLink',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true, description: 'Job title shown under the name' },
    avatar: { type: 'string', required: false, description: 'Square portrait under public/' },
    links: { type: 'list', of: AuthorLink, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/authors/${fileSlug(doc._raw.flattenedPath)}` },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Author],
  // Keep only the raw body: no Markdown-to-HTML pass (pages render the MDX themselves).
  markdown: (builder) => {
    builder.use(function rawOnly(this: typeof builder) {
      Object.assign(this, { parser: () => ({ type: 'root', children: [] }), compiler: () => '' });
    });
  },
  // The summaries-only index that lib/content/store.ts reads (see lib/content/content-index.ts), and from it the
  // old-address table next.config.mjs turns into 308 redirects (see lib/content/redirects.ts). Neither loads
  // the collection of bodies.
  onSuccess: async () => {
    const dir = path.join(process.cwd(), '.contentlayer');
    writeContentStore(dir, buildContentIndex(dir, path.join(process.cwd(), 'content')));
  },
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
});
