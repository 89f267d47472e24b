import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldDef, FieldDefs, NestedType } from 'contentlayer2/source-files';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, type Document } from 'yaml';
import { Article, Author, LiveBlog, LiveEntry, Page, Topic } from '@/contentlayer.config';
import { analyseArticle, checkArticle, checkAuthor, type Problem, type RuleContext } from '@/lib/checks/article-rules';
import { checkTopics } from '@/lib/checks/topic-rules';
import { sectionSlugs, type SectionSlug } from '@/lib/config/sections';
import type { DeskSlug } from '@/lib/config/desks';
import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorLink, AuthorProfile } from '@/lib/content/authors';
import { articleFromDocument, authorFromDocument, topicFromDocument } from '@/lib/content/content-index';
import type { TopicHub } from '@/lib/content/topic-hubs';
import { isPlainObject } from '@/lib/format/json';
import {
  articleFields,
  authorFields,
  decodeFields,
  liveBlogFields,
  liveEntryFields,
  pageFields,
  topicFields,
  type ArticleFrontmatter,
  type Field,
  type FieldSet,
} from '@/lib/content/schema';

/**
 * The schema (lib/content/schema.ts) is the one definition of the frontmatter; contentlayer's fields,
 * the checker's rules, the content-index decoder and the view types derive from it. These tests fail
 * when a derived piece disagrees with it. The fixtures use every field of the schema, and the first
 * test fails when a field is added to the schema but not to them.
 */
const FIXTURES = path.resolve('tests/fixtures/schema');
const articleText = readFileSync(path.join(FIXTURES, 'every-field-article.mdx'), 'utf8');
const authorText = readFileSync(path.join(FIXTURES, 'every-field-author.mdx'), 'utf8');
const topicText = readFileSync(path.join(FIXTURES, 'every-field-topic.mdx'), 'utf8');

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(['tomas-lindqvist']),
  imageInfo: () => ({ kind: 'image', type: 'jpg', width: 1600, height: 900 }),
};

type Kind = 'article' | 'author' | 'topic';
const schemas: Record<Kind, { fields: FieldSet; text: string; file: string; check: (text: string) => Problem[] }> = {
  article: {
    fields: articleFields,
    text: articleText,
    file: 'content/articles/2026/every-field.mdx',
    check: (text) => checkArticle({ path: 'content/articles/2026/every-field.mdx', text }, ctx),
  },
  author: {
    fields: authorFields,
    text: authorText,
    file: 'content/authors/ann-lee.mdx',
    check: (text) => checkAuthor({ path: 'content/authors/ann-lee.mdx', text }, ctx),
  },
  topic: {
    fields: topicFields,
    text: topicText,
    file: 'content/topics/climate.mdx',
    // The hub pins the every-field article, published (not a draft) and tagged climate.
    check: (text) =>
      checkTopics(
        [{ path: 'content/topics/climate.mdx', text }],
        [{ path: 'content/articles/2026/every-field.mdx', facts: analyseArticle(articleText.replace('draft: true\n', '')) }],
        ctx,
        { now: new Date('2026-06-01T00:00:00Z'), sections: sectionSlugs, authorSlugs: ctx.authorSlugs, publicFileExists: () => true },
      ),
  },
};
const kinds: Kind[] = ['article', 'author', 'topic'];

/** A schema field at a place in the frontmatter: its YAML path and the dotted name the checker reports. */
type Place = { path: (string | number)[]; name: string; field: Field };

/** Every field of `fields`, nested ones included (an entry of a list of groups is the list's first). */
function places(fields: FieldSet, prefix: (string | number)[] = [], names: string[] = []): Place[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const here: Place = { path: [...prefix, key], name: [...names, key].join('.'), field };
    if (field.kind === 'object') return [here, ...places(field.fields, [...prefix, key], [...names, key])];
    if (field.kind === 'object-list') return [here, ...places(field.fields, [...prefix, key, 0], [...names, key])];
    return [here];
  });
}

function splitFile(text: string): { frontmatter: Document; body: string } {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { frontmatter: parseDocument(yaml), body };
}

/** The file with its frontmatter changed by `edit`. */
function edited(text: string, edit: (doc: Document) => void): string {
  const { frontmatter, body } = splitFile(text);
  edit(frontmatter);
  return `---\n${String(frontmatter).trimEnd()}\n---\n${body}`;
}

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

/** The dotted names of every key in a parsed frontmatter (list entries' keys under the list's name). */
function keyNames(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((entry) => keyNames(entry, prefix)))];
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [`${prefix}${key}`, ...keyNames(v, `${prefix}${key}.`)]);
}

describe.each(kinds)('the %s schema', (kind) => {
  const { fields, text, check } = schemas[kind];
  const all = places(fields);

  it('has a fixture that uses exactly its fields', () => {
    const frontmatter: unknown = splitFile(text).frontmatter.toJS();
    expect(keyNames(frontmatter).sort()).toEqual(all.map((p) => p.name).sort());
  });

  describe('the checker', () => {
    it('accepts a frontmatter with every field', () => {
      expect(check(text)).toEqual([]);
    });

    it.each(all.filter((p) => p.field.required).map((p) => [p.name, p] as const))(
      'reports the required field %s when it is missing, and nothing else',
      (name, place) => {
        const found = errors(check(edited(text, (doc) => doc.deleteIn(place.path))));
        expect(found).toEqual([expect.objectContaining({ field: name, message: 'is required but missing' })]);
      },
    );

    it.each(all.filter((p) => !p.field.required).map((p) => [p.name, p] as const))(
      'accepts a frontmatter without the optional field %s',
      (_name, place) => {
        expect(errors(check(edited(text, (doc) => doc.deleteIn(place.path))))).toEqual([]);
      },
    );

    it.each(all.map((p) => [p.name, p] as const))('reports %s holding a value of the wrong kind', (name, place) => {
      const wrong = place.field.kind === 'object' ? 'a sentence' : { a: 'b' };
      const found = errors(check(edited(text, (doc) => doc.setIn(place.path, doc.createNode(wrong)))));
      expect(found.map((p) => p.field)).toContain(name);
    });

    it('knows no field the schema does not define, and lists the schema’s fields in its order', () => {
      const found = check(edited(text, (doc) => doc.set('zzzzzzzz', 'x')));
      expect(found).toEqual([
        expect.objectContaining({ field: 'zzzzzzzz', message: `unknown field; known fields: ${Object.keys(fields).join(', ')}` }),
      ]);
    });

    it.each(all.filter((p) => p.field.kind === 'object' || p.field.kind === 'object-list').map((p) => [p.name, p] as const))(
      'knows no field of %s the schema does not define',
      (name, place) => {
        const nested = place.field.kind === 'object' || place.field.kind === 'object-list' ? place.field.fields : {};
        const target = place.field.kind === 'object' ? place.path : [...place.path, 0];
        const found = check(
          edited(text, (doc) => {
            const group = doc.getIn(target);
            if (isMap(group)) group.set('zzzzzzzz', 'x');
          }),
        );
        expect(found).toEqual([
          expect.objectContaining({
            field: `${name}.zzzzzzzz`,
            message: `unknown field; known fields: ${Object.keys(nested).join(', ')}`,
          }),
        ]);
      },
    );
  });
});

/** What a contentlayer field definition says, in a form that compares with what the schema implies. */
type Shape = { type: string; required: boolean; description?: string; default?: unknown; options?: string[]; of?: unknown };

function contentlayerShapes(fields: FieldDefs | undefined): Record<string, Shape> {
  const entries: [string, FieldDef][] = Array.isArray(fields) ? fields.map((f) => [f.name, f]) : Object.entries(fields ?? {});
  return Object.fromEntries(entries.map(([name, def]) => [name, contentlayerShape(def)]));
}

function nestedShape(type: NestedType): { name: string | undefined; fields: Record<string, Shape> } {
  const def = typeof type.def === 'function' ? type.def() : type.def;
  const name: unknown = Reflect.get(def, 'name');
  return { name: typeof name === 'string' ? name : undefined, fields: contentlayerShapes(def.fields) };
}

function contentlayerShape(def: FieldDef): Shape {
  const base: Shape = { type: def.type, required: def.required ?? false, description: def.description };
  if (def.type === 'enum') return { ...base, default: def.default, options: [...def.options] };
  if (def.type === 'nested') return { ...base, default: def.default, of: 'def' in def.of ? nestedShape(def.of) : 'polymorphic' };
  if (def.type === 'list') {
    const item = 'type' in def.of ? def.of : undefined;
    return { ...base, default: def.default, of: item?.type === 'nested' ? nestedShape(item) : (item?.type ?? 'polymorphic') };
  }
  return { ...base, default: 'default' in def ? def.default : undefined };
}

/** The contentlayer definition each schema kind must become (written out here, apart from the config's mapping). */
function expectedShapes(fields: FieldSet): Record<string, Shape> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]): [string, Shape] => {
      const base = { required: field.required, description: field.description };
      switch (field.kind) {
        case 'text':
          return [name, { ...base, type: 'string' }];
        case 'date-time':
          return [name, { ...base, type: 'date' }];
        case 'enum':
          return [name, { ...base, type: 'enum', options: [...field.options] }];
        case 'boolean':
          return [name, { ...base, type: 'boolean', default: false }];
        case 'text-list':
          return [name, { ...base, type: 'list', default: [], of: 'string' }];
        case 'object':
          return [name, { ...base, type: 'nested', of: { name: field.name, fields: expectedShapes(field.fields) } }];
        case 'object-list':
          return [name, { ...base, type: 'list', default: [], of: { name: field.name, fields: expectedShapes(field.fields) } }];
      }
    }),
  );
}

describe('contentlayer’s fields', () => {
  it.each([
    ['Article', Article, articleFields],
    ['Author', Author, authorFields],
    ['Topic', Topic, topicFields],
    ['Page', Page, pageFields],
    ['LiveBlog', LiveBlog, liveBlogFields],
    ['LiveEntry', LiveEntry, liveEntryFields],
  ] as const)('of %s are the schema’s, with the same kinds, required flags and defaults', (_name, type, fields) => {
    const def = typeof type.def === 'function' ? type.def() : type.def;
    expect(contentlayerShapes(def.fields)).toEqual(expectedShapes(fields));
  });

  it('offer the site’s sections as the section enum, as the checker’s phase 2 does', () => {
    expect(articleFields.section.options).toEqual(sectionSlugs);
  });
});

/** A document as contentlayer stores it: the frontmatter, the computed fields and its bookkeeping. */
function contentlayerArticle(): Record<string, unknown> {
  const frontmatter: unknown = splitFile(articleText).frontmatter.toJS();
  if (!isPlainObject(frontmatter)) throw new Error('fixture has no frontmatter');
  return {
    ...frontmatter,
    hero: { ...(isPlainObject(frontmatter.hero) ? frontmatter.hero : {}), type: 'Hero', _raw: {} },
    type: 'Article',
    _id: 'articles/2026/every-field.mdx',
    _raw: { sourceFilePath: 'articles/2026/every-field.mdx', flattenedPath: 'articles/2026/every-field' },
    body: { raw: 'The body.', html: '' },
    slug: 'every-field',
    url: '/business/every-field',
    wordCount: 2,
    readingTimeMinutes: 1,
    heroWidth: 1600,
    heroHeight: 900,
  };
}

/** Where each frontmatter field of an article is in its summary (the rest keep their names). */
const SUMMARY_NAMES: Readonly<Record<string, string>> = { author: 'authorSlug' } satisfies Partial<Record<keyof ArticleFrontmatter, string>>;

describe('the content-index decoder', () => {
  it('reads every schema field of an article and nothing else', () => {
    const doc = contentlayerArticle();
    const frontmatter: unknown = splitFile(articleText).frontmatter.toJS();
    expect(decodeFields(articleFields, doc, 'every-field.json')).toEqual(frontmatter);
  });

  it('keeps every schema field of an article in the index', () => {
    const frontmatter: unknown = splitFile(articleText).frontmatter.toJS();
    if (!isPlainObject(frontmatter)) throw new Error('fixture has no frontmatter');
    const indexed = articleFromDocument(contentlayerArticle(), 'every-field.json');
    for (const key of Object.keys(articleFields)) {
      expect({ [key]: Reflect.get(indexed, SUMMARY_NAMES[key] ?? key) }).toMatchObject({ [key]: frontmatter[key] });
    }
  });

  it('keeps every schema field of an author in the index', () => {
    const frontmatter: unknown = splitFile(authorText).frontmatter.toJS();
    if (!isPlainObject(frontmatter)) throw new Error('fixture has no frontmatter');
    const doc = { ...frontmatter, slug: 'ann-lee', url: '/authors/ann-lee', body: { raw: 'Bio.' }, _raw: {} };
    expect(decodeFields(authorFields, doc, 'ann-lee.json')).toEqual(frontmatter);
    expect(authorFromDocument(doc, 'ann-lee.json')).toEqual({ ...frontmatter, slug: 'ann-lee', url: '/authors/ann-lee', bio: 'Bio.' });
  });

  it.each(places(articleFields).filter((p) => p.field.required && p.path.length === 1).map((p) => p.name))(
    'refuses an article without the required field %s, naming it',
    (name) => {
      const { [name]: _dropped, ...doc } = contentlayerArticle();
      expect(() => articleFromDocument(doc, 'broken.json')).toThrow(`broken.json: expected`);
      expect(() => articleFromDocument(doc, 'broken.json')).toThrow(`"${name}"`);
    },
  );

  it('fills the defaults of absent lists and booleans, as contentlayer does', () => {
    const { tags: _t, draft: _d, corrections: _c, redirectFrom: _r, ...doc } = contentlayerArticle();
    expect(articleFromDocument(doc, 'x.json')).toMatchObject({ tags: [], draft: false, corrections: [], redirectFrom: [] });
  });
});

/** True when A and B are the same type (not merely assignable to each other). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Same<A, B> = Equal<{ [K in keyof A]: A[K] }, { [K in keyof B]: B[K] }>;

describe('the view types', () => {
  it('are the schema’s fields (checked by the compiler: a mismatch fails tsc on this file)', () => {
    const summary: Same<
      Pick<ArticleSummary, 'title' | 'standfirst' | 'publishedAt' | 'updatedAt' | 'section' | 'tags' | 'draft' | 'corrections'>,
      {
        title: string;
        standfirst: string;
        publishedAt: string;
        updatedAt?: string;
        section: SectionSlug;
        tags: readonly string[];
        draft: boolean;
        corrections: readonly { date: string; text: string }[];
      }
    > = true;
    const hero: Same<ArticleSummary['hero'], { src: string; alt: string; caption?: string; credit?: string; width: number; height: number }> =
      true;
    const author: Same<
      AuthorProfile,
      {
        name: string;
        role: string;
        desk: DeskSlug;
        summary: string;
        avatar?: string;
        covers: readonly string[];
        languages: readonly string[];
        email?: string;
        secureContact?: string;
        links: readonly AuthorLink[];
        slug: string;
        url: string;
      }
    > = true;
    expect([summary, hero, author]).toEqual([true, true, true]);
  });
});

describe('topic hubs in the content index', () => {
  function frontmatterOf(text: string): Record<string, unknown> {
    const frontmatter: unknown = splitFile(text).frontmatter.toJS();
    if (!isPlainObject(frontmatter)) throw new Error('fixture has no frontmatter');
    return frontmatter;
  }

  /** A Topic document as contentlayer stores it, with its computed fields. */
  function contentlayerTopic(frontmatter: Record<string, unknown>): Record<string, unknown> {
    const hero = isPlainObject(frontmatter.hero) ? { hero: { ...frontmatter.hero, type: 'Hero', _raw: {} } } : {};
    return {
      ...frontmatter,
      ...hero,
      ...(hero.hero ? { heroWidth: 1600, heroHeight: 900 } : {}),
      type: 'Topic',
      _id: 'topics/climate.mdx',
      _raw: { sourceFilePath: 'topics/climate.mdx', flattenedPath: 'topics/climate' },
      body: { raw: 'The introduction.', html: '' },
      tag: 'climate',
    };
  }

  it('reads every schema field of a hub, its tag, its hero’s size and its raw introduction', () => {
    const frontmatter = frontmatterOf(topicText);
    const doc = contentlayerTopic(frontmatter);
    expect(decodeFields(topicFields, doc, 'climate.json')).toEqual(frontmatter);
    expect(topicFromDocument(doc, 'climate.json')).toEqual({
      ...frontmatter,
      hero: { ...(isPlainObject(frontmatter.hero) ? frontmatter.hero : {}), width: 1600, height: 900 },
      tag: 'climate',
      introduction: 'The introduction.',
    });
  });

  it('leaves the hero out of a hub without one and fills an absent pinned list', () => {
    const { hero: _h, pinned: _p, ...frontmatter } = frontmatterOf(topicText);
    const hub = topicFromDocument(contentlayerTopic(frontmatter), 'climate.json');
    expect(hub).not.toHaveProperty('hero');
    expect(hub.pinned).toEqual([]);
  });

  it.each(['title', 'standfirst'])('refuses a hub without the required field %s, naming it', (name) => {
    const { [name]: _dropped, ...doc } = contentlayerTopic(frontmatterOf(topicText));
    expect(() => topicFromDocument(doc, 'broken.json')).toThrow(`broken.json: expected text in "${name}"`);
  });

  it('has the view type of the schema’s fields (checked by the compiler)', () => {
    const hub: Same<Omit<TopicHub, 'hero'>, { title: string; standfirst: string; pinned: readonly string[]; tag: string }> = true;
    const hero: Same<
      NonNullable<TopicHub['hero']>,
      { src: string; alt: string; caption?: string; credit?: string; width: number; height: number }
    > = true;
    const optionalHero: undefined extends TopicHub['hero'] ? true : false = true;
    expect([hub, hero, optionalHero]).toEqual([true, true, true]);
  });
});
