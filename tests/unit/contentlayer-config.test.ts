import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { articleFields, authorFields, liveBlogFields, liveEntryFields, type FieldSet } from '@/lib/content/schema';
import { isPlainObject } from '@/lib/format/json';

/**
 * The content build's second line of defence: even without the checker in front of it, contentlayer
 * must fail on a broken document (its default is to warn and silently drop it) and name the file
 * and the field. Runs our contentlayer runner on a copy of the config with one broken article.
 */
const repo = process.cwd();
let dir: string;

function runContentlayer() {
  // contentlayer finds the project through INIT_CWD (set by npm) before the working directory.
  return spawnSync('node', ['scripts/contentlayer.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, PWD: dir },
  });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'contentlayer-strict-'));
  for (const item of ['contentlayer.config.ts', 'package.json', 'lib', 'scripts', 'public', 'content/authors']) {
    cpSync(path.join(repo, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('contentlayer configuration', () => {
  const launch = readFileSync(
    path.join(repo, 'content/articles/2024/biden-hosts-south-korea-japan-leaders-north-korea-talks.mdx'),
    'utf8',
  );

  it('fails the build on a missing required field, naming the file and the field', () => {
    const broken = launch.replace(/^standfirst: .*\n/m, '');
    writeFileSync(path.join(dir, 'content/articles/no-standfirst.mdx'), broken);
    const result = runContentlayer();
    rmSync(path.join(dir, 'content/articles/no-standfirst.mdx'));
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain('"articles/no-standfirst.mdx"');
    expect(output).toContain('standfirst');
  });

  it('fails the build on an unknown field instead of dropping it', () => {
    writeFileSync(
      path.join(dir, 'content/articles/typo.mdx'),
      launch.replace(/^title:/m, 'subtitel: A typo of a field name\ntitle:'),
    );
    const result = runContentlayer();
    rmSync(path.join(dir, 'content/articles/typo.mdx'));
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('subtitel');
  });

  it('builds valid content and writes the body-free index', () => {
    writeFileSync(path.join(dir, 'content/articles/launch.mdx'), launch);
    const result = runContentlayer();
    expect(result.status).toBe(0);
    const index = JSON.parse(readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8'));
    expect(index.articles).toHaveLength(1);
    expect(index.articles[0].url).toBe('/world/launch');
    expect(JSON.stringify(index)).not.toContain('The trilateral summit, taking place');
  });

  it('builds a file using every schema field, and the index keeps each field', () => {
    const fixtures = path.join(repo, 'tests/fixtures/schema');
    const articleText = readFileSync(path.join(fixtures, 'every-field-article.mdx'), 'utf8');
    const authorText = readFileSync(path.join(fixtures, 'every-field-author.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'content/articles/every-field.mdx'), articleText);
    writeFileSync(path.join(dir, 'content/authors/ann-lee.mdx'), authorText);
    const result = runContentlayer();
    rmSync(path.join(dir, 'content/articles/every-field.mdx'));
    rmSync(path.join(dir, 'content/authors/ann-lee.mdx'));
    expect(result.stdout + result.stderr).not.toMatch(/warn|error/i);
    expect(result.status).toBe(0);
    const index: unknown = JSON.parse(readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8'));
    if (!isPlainObject(index) || !Array.isArray(index.articles) || !Array.isArray(index.authors))
      throw new Error('no index');
    const article: unknown = index.articles.find((a: unknown) => isPlainObject(a) && a.url === '/business/every-field');
    const author: unknown = index.authors.find((a: unknown) => isPlainObject(a) && a.slug === 'ann-lee');
    // The summary calls the author field authorSlug; contentlayer writes date-times as UTC instants.
    const named = (value: unknown) => (isPlainObject(value) ? { ...value, author: value.authorSlug } : value);
    expect(named(article)).toMatchObject(expectedIndexValues(articleFields, frontmatterOf(articleText)));
    expect(author).toMatchObject(expectedIndexValues(authorFields, frontmatterOf(authorText)));
  });

  it('builds a live blog with every field and joins its entries to it in the index, newest first', () => {
    const fixtures = path.join(repo, 'tests/fixtures/schema');
    const blogText = readFileSync(path.join(fixtures, 'every-field-live-blog.mdx'), 'utf8');
    const entryText = readFileSync(path.join(fixtures, 'every-field-live-entry.mdx'), 'utf8');
    const older = entryText
      .replace('2026-05-10T21:05:00-04:00', '2026-05-10T08:15:00-04:00')
      .replace(/^updatedAt: .*\n/m, '')
      .replace('pinned: true', 'pinned: false');
    const blogDir = path.join(dir, 'content/live/regional-elections');
    mkdirSync(path.join(blogDir, 'entries'), { recursive: true });
    writeFileSync(path.join(blogDir, 'index.mdx'), blogText);
    writeFileSync(path.join(blogDir, 'entries/polls-close.mdx'), entryText);
    writeFileSync(path.join(blogDir, 'entries/turnout.mdx'), older);
    const result = runContentlayer();
    rmSync(path.join(dir, 'content/live'), { recursive: true });
    expect(result.stdout + result.stderr).not.toMatch(/warn|error/i);
    expect(result.status).toBe(0);
    const index: unknown = JSON.parse(readFileSync(path.join(dir, '.contentlayer/content-index.json'), 'utf8'));
    if (!isPlainObject(index) || !Array.isArray(index.articles)) throw new Error('no index');
    const blog: unknown = index.articles.find(
      (a: unknown) => isPlainObject(a) && a.url === '/politics/regional-elections',
    );
    if (!isPlainObject(blog) || !isPlainObject(blog.live) || !Array.isArray(blog.live.entries))
      throw new Error('no live blog');
    const { status, endedAt, ...articleFrontmatter } = frontmatterOf(blogText);
    expect({ ...blog, author: blog.authorSlug }).toMatchObject(expectedIndexValues(articleFields, articleFrontmatter));
    expect(blog.live).toMatchObject({ status, endedAt: new Date(String(endedAt)).toISOString() });
    expect(Object.keys(liveBlogFields)).toEqual([...Object.keys(articleFields), 'status', 'endedAt']);
    expect(blog.live.entries.map((e: unknown) => (isPlainObject(e) ? e.id : e))).toEqual(['polls-close', 'turnout']);
    const [entry] = blog.live.entries;
    if (!isPlainObject(entry)) throw new Error('no entry');
    expect({ ...entry, author: entry.authorSlug }).toMatchObject(
      expectedIndexValues(liveEntryFields, frontmatterOf(entryText)),
    );
    // The latest change readers were told about: the entry's correction, after the blog's own update.
    expect(entry.modifiedAt).toBe('2026-05-11T02:00:00.000Z');
    expect(typeof entry.bodyFile).toBe('string');
    expect(JSON.stringify(index)).not.toContain('The first results are expected');
  });
});

function frontmatterOf(text: string): Record<string, unknown> {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const value: unknown = parseDocument(yaml).toJS();
  if (!isPlainObject(value)) throw new Error('no frontmatter');
  return value;
}

/** The frontmatter as the index holds it: every schema field present, date-times as UTC instants. */
function expectedIndexValues(fields: FieldSet, frontmatter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => {
      const value = frontmatter[key];
      expect(value, `the fixture sets ${key}`).toBeDefined();
      if (field.kind === 'date-time' && typeof value === 'string') return [key, new Date(value).toISOString()];
      if (field.kind === 'object' && isPlainObject(value)) return [key, expectedIndexValues(field.fields, value)];
      if (field.kind === 'object-list' && Array.isArray(value)) {
        return [
          key,
          value.map((entry: unknown) => (isPlainObject(entry) ? expectedIndexValues(field.fields, entry) : entry)),
        ];
      }
      return [key, value];
    }),
  );
}
