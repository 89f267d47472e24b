/**
 * `npm run new` — scaffolds a new article, live blog or live-blog entry as a draft:
 *
 *   npm run new                                    (asks for headline, section, author and tags)
 *   npm run new -- --title "Harbour vote passes" --section politics --author world-desk --tags transport,local-government
 *   npm run new -- --live --section world --title "Carrow votes on the lake treaty" [--author world-desk] [--tags …]
 *   npm run new -- --entry <blog-slug> [--title "Polls close"] [--author slug] [--key-event] [--pinned]
 *
 * An article is written to content/articles/<year>/<slug>.mdx, a live blog to
 * content/live/<slug>/index.mdx (with `status: live`), both with `draft: true`, the slug made from the
 * headline and publishedAt set to now in the newsroom's time zone; what is not given as a flag is
 * asked for. An entry is written to content/live/<blog>/entries/<id>.mdx, timed now with the
 * newsroom's offset, its id made from that time and its title (`1305-polls-close`), by the blog's
 * author unless --author says otherwise, as a draft. Never overwrites a file, and refuses a slug
 * another article or live blog already has. --root DIR and --now ISO exist for tests.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { mapValue, readFrontmatter, scalarValue, slugFromPath } from '../lib/checks/article-rules';
import { LIVE_BLOG_FILE_NAME, LIVE_DIR, LIVE_ENTRIES_DIR } from '../lib/checks/live-rules';
import {
  entryTitleProblem,
  scaffoldArticle,
  scaffoldLiveBlog,
  scaffoldLiveEntry,
  slugify,
  titleProblem,
} from '../lib/checks/new-article';
import { sectionSlugs } from '../lib/config/sections';
import { siteConfig } from '../lib/config/site-config';
import { articlePath, liveEntryPermalinkPath } from '../lib/config/urls';
import { zonedIsoToMinute } from '../lib/format/dates';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function has(name: string): boolean {
  return process.argv.includes(`--${name}`);
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

const liveDir = path.join(root, LIVE_DIR);
/** The live blogs: folders of content/live with their index.mdx. */
const liveBlogs = existsSync(liveDir)
  ? readdirSync(liveDir)
      .filter((name) => existsSync(path.join(liveDir, name, LIVE_BLOG_FILE_NAME)))
      .sort()
  : [];

/** A frontmatter field of the file at `file`, when it is text or true/false. */
function frontmatterValue(file: string, key: string): unknown {
  const fm = readFrontmatter(readFileSync(file, 'utf8'), []);
  return fm ? scalarValue(mapValue(fm.map, key)) : undefined;
}

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

/** `npm run new -- --entry <blog>`: one entry in an existing live blog. */
function newEntry(blog: string): void {
  const list = liveBlogs.length > 0 ? liveBlogs.join(', ') : 'none yet: start one with npm run new -- --live';
  if (!liveBlogs.includes(blog))
    fail(`--entry "${blog}": there is no live blog ${LIVE_DIR}/${blog}/${LIVE_BLOG_FILE_NAME} (live blogs: ${list})`);
  const blogFile = path.join(liveDir, blog, LIVE_BLOG_FILE_NAME);
  const title = flag('title');
  const titleMessage = title !== undefined ? entryTitleProblem(title) : undefined;
  if (titleMessage) fail(`--title: ${titleMessage}`);
  const blogAuthor = frontmatterValue(blogFile, 'author');
  const author = flag('author') ?? (typeof blogAuthor === 'string' ? blogAuthor : undefined);
  if (author === undefined) fail(`${LIVE_DIR}/${blog}/${LIVE_BLOG_FILE_NAME} has no author: give one with --author`);
  if (!authors.includes(author)) fail(`--author "${author}" is not one of ${authors.join(', ')}`);

  const entriesDir = path.join(liveDir, blog, LIVE_ENTRIES_DIR);
  const existing = existsSync(entriesDir) ? readdirSync(entriesDir).filter((n) => n.endsWith('.mdx')) : [];
  const pinned = has('pinned')
    ? existing.filter((n) => frontmatterValue(path.join(entriesDir, n), 'pinned') === true)
    : [];
  const entry = scaffoldLiveEntry({
    blog,
    ...(title !== undefined ? { title } : {}),
    author,
    keyEvent: has('key-event'),
    pinned: has('pinned'),
    taken: new Set(existing.map((n) => n.slice(0, -'.mdx'.length))),
    now,
    timeZone: siteConfig.timeZone,
  });
  const target = path.join(root, entry.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, entry.text, { flag: 'wx' });

  const section = frontmatterValue(blogFile, 'section');
  const permalink =
    typeof section === 'string' ? liveEntryPermalinkPath(articlePath(section, blog), entry.id) : undefined;
  const unpin = pinned.map((n) => `${LIVE_DIR}/${blog}/${LIVE_ENTRIES_DIR}/${n}`).join(', ');
  console.log(`Created ${entry.path} (a draft: readers cannot see it yet).
${unpin ? `\nA blog pins one entry and ${unpin} is pinned: remove its "pinned: true", or npm run check refuses the second.\n` : ''}
Next:
  1. Write the entry in place of the TODO line${title === undefined ? ' (add a title: line if it needs one)' : ''}.
  2. When it is ready, remove "draft: true" and run npm run check.
  3. Commit and merge it: that publishes it (npm run publish gets it to readers in seconds; see docs/operations.md).${permalink ? `\n  Its permalink: ${permalink}` : ''}`);
}

/** `npm run new` and `npm run new -- --live`: a new article or live blog, asking for what the flags do not say. */
async function newArticle(live: boolean): Promise<void> {
  let title = flag('title');
  let section = flag('section');
  let author = flag('author');
  let tags = flag('tags') !== undefined ? parseTags(flag('tags') ?? '').tags : undefined;

  // Flags are checked as given: a script gets an error, not a question.
  if (title !== undefined && titleProblem(title)) fail(`--title: ${titleProblem(title)}`);
  if (section !== undefined && !sectionSlugs.includes(section))
    fail(`--section "${section}" is not one of ${sectionSlugs.join(', ')}`);
  if (author !== undefined && !authors.includes(author))
    fail(`--author "${author}" is not one of ${authors.join(', ')}`);

  if (title === undefined || section === undefined || author === undefined || tags === undefined) {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY === true,
    });
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

  const input = { title, section, author, tags, now, timeZone: siteConfig.timeZone };
  const article = live ? scaffoldLiveBlog(input) : scaffoldArticle(input);
  const target = path.join(root, article.path);
  if (existsSync(target))
    fail(`${article.path} already exists; nothing was written (choose another headline, or edit that file)`);
  // Slugs are unique across articles and live blogs: both are at /<section>/<slug>.
  const clash =
    listMdx(path.join(root, 'content/articles'))
      .filter((f) => slugFromPath(f) === article.slug)
      .map((f) => `content/articles/${f}`)[0] ??
    (liveBlogs.includes(article.slug) ? `${LIVE_DIR}/${article.slug}/${LIVE_BLOG_FILE_NAME}` : undefined);
  if (clash)
    fail(`the slug "${article.slug}" is already used by ${clash}; nothing was written (choose another headline)`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, article.text, { flag: 'wx' });

  const address = articlePath(section, article.slug);
  // Images are filed by the year of publication in the newsroom's time zone, as articles are.
  const imageFolder = `public/images/${zonedIsoToMinute(now, siteConfig.timeZone).slice(0, 4)}/`;
  console.log(
    live
      ? `Created ${article.path} (a draft, status: live: readers cannot see it yet).

Next:
  1. Write the standfirst and the summary above the entries, replacing every TODO.
  2. Put the hero image in ${imageFolder} and set hero.src, alt, caption and credit.
  3. Add entries: npm run new -- --entry ${article.slug} --title "…" (each is a file in ${LIVE_DIR}/${article.slug}/${LIVE_ENTRIES_DIR}/).
  4. Run npm run check; preview it with npm run dev at ${address}.
  5. To go live, set publishedAt to when the coverage starts and remove "draft: true", then commit and merge.
  6. When the coverage is over, set "status: ended" and endedAt. See docs/editors.md, "Live blogs".`
      : `Created ${article.path} (a draft: readers cannot see it).

Next:
  1. Write the standfirst and the story, replacing every TODO.
  2. Put the hero image in ${imageFolder} and set hero.src, alt, caption and credit.
  3. Run npm run check; preview it with npm run dev at ${address}.
  4. To publish, set publishedAt to the publication time and remove "draft: true".`,
  );
}

const entryBlog = flag('entry');
if (has('entry')) {
  if (entryBlog === undefined || entryBlog.startsWith('--')) {
    fail(`--entry needs the live blog's slug (live blogs: ${liveBlogs.join(', ') || 'none yet'})`);
  }
  newEntry(entryBlog);
} else {
  await newArticle(has('live'));
}
