import path from 'node:path';
import {
  contentDirExcludeDefault,
  defineDocumentType,
  defineNestedType,
  makeSource,
  type FieldDef,
  type NestedType,
} from 'contentlayer2/source-files';
import { buildContentIndex, writeContentStore } from './lib/content/content-index';
import {
  articleFields,
  authorFields,
  liveBlogFields,
  liveEntryFields,
  pageFields,
  topicFields,
  type Field,
  type FieldSet,
  type ObjectField,
  type ObjectListField,
} from './lib/content/schema';
import { standingPagePath } from './lib/config/urls';
import { BREAKING_NEWS_FILE_NAME } from './lib/config/site-config';
import { imageDimensions } from './lib/media/dimensions';
import { countWords, readingTimeMinutes } from './lib/mdx/reading-time';

/** The file name without its extension: `content/articles/2024/foo.mdx` → `foo`. */
function fileSlug(flattenedPath: string): string {
  return flattenedPath.split('/').pop() ?? flattenedPath;
}

/**
 * contentlayer's field definitions for a set of schema fields (lib/content/schema.ts). Lists default
 * to [] and booleans to false, as the checker and the decoder assume; each group of fields becomes a
 * named nested type.
 */
export function contentlayerFields(fields: FieldSet): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, contentlayerField(field)]));
}

function contentlayerField(field: Field): FieldDef {
  const description = field.description === undefined ? {} : { description: field.description };
  switch (field.kind) {
    case 'text':
      return { type: 'string', required: field.required, ...description };
    case 'date-time':
      return { type: 'date', required: field.required, ...description };
    case 'enum':
      return { type: 'enum', options: [...field.options], required: field.required, ...description };
    case 'boolean':
      return { type: 'boolean', default: false, ...description };
    case 'text-list':
      return { type: 'list', of: { type: 'string' }, default: [], ...description };
    case 'object':
      return { type: 'nested', of: nestedType(field), required: field.required, ...description };
    case 'object-list':
      return { type: 'list', of: nestedType(field), default: [], ...description };
  }
}

/** One nested type per schema group, so a group used twice is still one generated type. */
const nestedTypes = new Map<string, NestedType>();

function nestedType(field: ObjectField | ObjectListField): NestedType {
  let type = nestedTypes.get(field.name);
  if (!type) {
    type = defineNestedType(() => ({ name: field.name, fields: contentlayerFields(field.fields) }));
    nestedTypes.set(field.name, type);
  }
  return type;
}

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  // Bodies stay raw MDX here and are compiled when their page renders (lib/mdx/compile.ts): compiling every
  // body in the content build costs ~20 ms an article and dominates builds of a large archive.
  contentType: 'markdown',
  fields: contentlayerFields(articleFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/${doc.section}/${fileSlug(doc._raw.flattenedPath)}` },
    wordCount: { type: 'number', resolve: (doc) => countWords(doc.body.raw) },
    readingTimeMinutes: { type: 'number', resolve: (doc) => readingTimeMinutes(countWords(doc.body.raw)) },
    heroWidth: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).width },
    heroHeight: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).height },
  },
}));

/** `live/<slug>` (contentlayer drops the `/index` of `live/<slug>/index.mdx`) → `<slug>`. */
function liveBlogSlug(flattenedPath: string): string {
  return flattenedPath.split('/')[1] ?? flattenedPath;
}

/** A live blog: `content/live/<slug>/index.mdx`, an article with a status; its entries are files beside it. */
export const LiveBlog = defineDocumentType(() => ({
  name: 'LiveBlog',
  filePathPattern: 'live/*/index.mdx',
  contentType: 'markdown',
  fields: contentlayerFields(liveBlogFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => liveBlogSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/${doc.section}/${liveBlogSlug(doc._raw.flattenedPath)}` },
    wordCount: { type: 'number', resolve: (doc) => countWords(doc.body.raw) },
    readingTimeMinutes: { type: 'number', resolve: (doc) => readingTimeMinutes(countWords(doc.body.raw)) },
    heroWidth: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).width },
    heroHeight: { type: 'number', resolve: (doc) => imageDimensions(doc.hero.src).height },
  },
}));

/** One entry of a live blog: `content/live/<blog>/entries/<id>.mdx`; the file name is its id. */
export const LiveEntry = defineDocumentType(() => ({
  name: 'LiveEntry',
  filePathPattern: 'live/*/entries/*.mdx',
  contentType: 'markdown',
  fields: contentlayerFields(liveEntryFields),
  computedFields: {
    /** The blog's folder name. */
    blog: { type: 'string', resolve: (doc) => liveBlogSlug(doc._raw.flattenedPath) },
    id: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'markdown',
  fields: contentlayerFields(authorFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/authors/${fileSlug(doc._raw.flattenedPath)}` },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  // Raw MDX, compiled when the page renders, like articles.
  contentType: 'markdown',
  fields: contentlayerFields(pageFields),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => standingPagePath(fileSlug(doc._raw.flattenedPath)) },
  },
}));

export const Topic = defineDocumentType(() => ({
  name: 'Topic',
  filePathPattern: 'topics/*.mdx',
  // The introduction stays raw MDX, compiled when the tag's page renders, like articles.
  contentType: 'markdown',
  fields: contentlayerFields(topicFields),
  computedFields: {
    /** The file name is the tag the hub fronts: `topics/oceans.mdx` → `oceans`. */
    tag: { type: 'string', resolve: (doc) => fileSlug(doc._raw.flattenedPath) },
    // Only with a hero: without one the fields are left out of the document.
    heroWidth: { type: 'number', resolve: (doc) => (doc.hero ? imageDimensions(doc.hero.src).width : undefined) },
    heroHeight: { type: 'number', resolve: (doc) => (doc.hero ? imageDimensions(doc.hero.src).height : undefined) },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  // The breaking-news line is read by the server while it runs, not built into pages
  // (lib/serving/breaking-news-file.ts); the option replaces contentlayer's defaults, so they are kept.
  contentDirExclude: [...contentDirExcludeDefault, BREAKING_NEWS_FILE_NAME],
  documentTypes: [Article, LiveBlog, LiveEntry, Author, Page, Topic],
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
