/**
 * `npm run new` — scaffolds a new article as a draft, asking for what it needs:
 *
 *   npm run new                                    (asks for headline, section, author and tags)
 *   npm run new -- --title "Harbour vote passes" --section politics --author world-desk --tags transport,local-government
 *
 * Writes content/articles/<year>/<slug>.mdx with `draft: true`, the slug made from the headline and
 * publishedAt set to now in the newsroom's time zone. Never overwrites a file, and refuses a slug
 * another article already has. --root DIR and --now ISO exist for tests.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { slugFromPath } from '../lib/checks/article-rules';
import { scaffoldArticle, slugify, titleProblem } from '../lib/checks/new-article';
import { sectionSlugs } from '../lib/config/sections';
import { siteConfig } from '../lib/config/site-config';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const root = path.resolve(flag('root') ?? process.cwd());
const nowFlag = flag('now');
const now = nowFlag ? new Date(nowFlag) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now "${nowFlag}" is not a date`);

function listMdx(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'))
    : [];
}

const authors = listMdx(path.join(root, 'content/authors'))
  .map((f) => slugFromPath(f))
  .sort();
if (authors.length === 0) fail(`no authors in ${path.join(root, 'content/authors')}`);

/** A choice by number or by name, or undefined. */
function choose(answer: string, options: readonly string[]): string | undefined {
  const trimmed = answer.trim();
  const n = Number(trimmed);
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
  return options.includes(trimmed) ? trimmed : undefined;
}

function parseTags(raw: string): { tags: string[]; changed: boolean } {
  const given = raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const tags = [...new Set(given.map(slugify).filter(Boolean))];
  return { tags, changed: tags.join(',') !== given.join(',') };
}

let title = flag('title');
let section = flag('section');
let author = flag('author');
let tags = flag('tags') !== undefined ? parseTags(flag('tags') ?? '').tags : undefined;

// Flags are checked as given: a script gets an error, not a question.
if (title !== undefined && titleProblem(title)) fail(`--title: ${titleProblem(title)}`);
if (section !== undefined && !sectionSlugs.includes(section))
  fail(`--section "${section}" is not one of ${sectionSlugs.join(', ')}`);
if (author !== undefined && !authors.includes(author)) fail(`--author "${author}" is not one of ${authors.join(', ')}`);

if (title === undefined || section === undefined || author === undefined || tags === undefined) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  // Reads from a pipe too; stops with a message if input ends before every answer is given.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string> => {
    process.stdout.write(question);
    const next = await lines.next();
    if (next.done) fail('input ended before every question was answered');
    return next.value;
  };
  const menu = (options: readonly string[]) => options.map((o, i) => `  ${i + 1}. ${o}`).join('\n');
  while (title === undefined) {
    const answer = await ask('Headline: ');
    const problem = titleProblem(answer);
    if (problem) console.log(`  ${problem}`);
    else title = answer.trim();
  }
  while (section === undefined) {
    section = choose(await ask(`Section:\n${menu(sectionSlugs)}\nNumber or name: `), sectionSlugs);
    if (section === undefined) console.log('  choose one of the numbers or names above');
  }
  while (author === undefined) {
    author = choose(await ask(`Author:\n${menu(authors)}\nNumber or name: `), authors);
    if (author === undefined)
      console.log('  choose one of the numbers or names above (new authors need a file in content/authors/)');
  }
  if (tags === undefined) {
    const parsed = parseTags(await ask('Tags, separated by commas (optional): '));
    if (parsed.changed && parsed.tags.length > 0) console.log(`  tags written as slugs: ${parsed.tags.join(', ')}`);
    tags = parsed.tags;
  }
  rl.close();
}

const article = scaffoldArticle({ title, section, author, tags, now, timeZone: siteConfig.timeZone });
const target = path.join(root, article.path);
if (existsSync(target))
  fail(`${article.path} already exists; nothing was written (choose another headline, or edit that file)`);
const clash = listMdx(path.join(root, 'content/articles')).find((f) => slugFromPath(f) === article.slug);
if (clash)
  fail(
    `the slug "${article.slug}" is already used by content/articles/${clash}; nothing was written (choose another headline)`,
  );
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, article.text, { flag: 'wx' });

console.log(`Created ${article.path} (a draft: readers cannot see it).

Next:
  1. Write the standfirst and the story, replacing every TODO.
  2. Put the hero image in public/images/${article.path.split('/')[2]}/ and set hero.src, alt, caption and credit.
  3. Run npm run check; preview it with npm run dev at /${section}/${article.slug}.
  4. To publish, set publishedAt to the publication time and remove "draft: true".`);
