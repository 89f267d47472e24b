import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/runner';
import { formatProblem } from '@/lib/checks/article-rules';
import { scaffoldArticle, slugify, titleProblem } from '@/lib/checks/new-article';

let root: string;

function runNew(args: string[], input?: string) {
  return spawnSync('npx', ['tsx', 'scripts/new-article.ts', '--root', root, ...args], {
    encoding: 'utf8',
    input: input ?? '',
  });
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-article-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('public', path.join(root, 'public'), { recursive: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('slugify', () => {
  it('makes an address from a headline', () => {
    expect(slugify('Kestrel Bay votes to pedestrianise its old harbour district')).toBe(
      'kestrel-bay-votes-to-pedestrianise-its-old-harbour-district',
    );
    expect(slugify('Zürich’s café & bakery: 3 new stores — “soon”')).toBe('zurichs-cafe-and-bakery-3-new-stores-soon');
  });

  it('cuts a long headline at a word boundary, at most 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('titleProblem', () => {
  it('refuses an empty, too long or unsluggable headline', () => {
    expect(titleProblem('  ')).toMatch(/empty/);
    expect(titleProblem('x'.repeat(111))).toMatch(/111 characters/);
    expect(titleProblem('!!!')).toMatch(/letter or digit/);
    expect(titleProblem('Harbour vote passes')).toBeUndefined();
  });
});

describe('scaffoldArticle', () => {
  it('dates the draft now in the newsroom time zone, and files it under that local year', () => {
    const article = scaffoldArticle({
      title: 'New Year fireworks cancelled',
      section: 'world',
      author: 'world-desk',
      tags: [],
      now: new Date('2027-01-01T03:00:00Z'),
      timeZone: 'America/New_York',
    });
    // 3:00 UTC on 1 January is still 31 December in New York.
    expect(article.path).toBe('content/articles/2026/new-year-fireworks-cancelled.mdx');
    expect(article.text).toContain('publishedAt: 2026-12-31T22:00:00-05:00\n');
    expect(article.text).toContain('draft: true\n');
    expect(article.text).not.toContain('tags:');
  });
});

describe('npm run new', () => {
  it('writes a draft from flags that the checker accepts (with placeholder warnings, no errors)', async () => {
    const result = runNew([
      '--title',
      'Harbour ferry timetable changes: what riders need to know',
      '--section',
      'politics',
      '--author',
      'world-desk',
      '--tags',
      'transport,Local Government',
      '--now',
      '2026-07-01T13:30:00Z',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = 'content/articles/2026/harbour-ferry-timetable-changes-what-riders-need-to-know.mdx';
    expect(result.stdout).toContain(`Created ${file}`);
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).toContain('title: "Harbour ferry timetable changes: what riders need to know"\n');
    expect(text).toContain('publishedAt: 2026-07-01T09:30:00-04:00\n');
    expect(text).toContain('author: world-desk\nsection: politics\n');
    expect(text).toContain('tags:\n  - transport\n  - local-government\n');
    expect(text).toContain('draft: true\n');

    const report = await checkContent(root, { cache: false, since: false });
    const mine = report.problems.filter((p) => p.file === file);
    expect(mine.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(mine.map((p) => p.field)).toEqual(expect.arrayContaining(['standfirst', 'hero.src', 'body']));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses to overwrite an existing article, and leaves it untouched', () => {
    const args = [
      '--title',
      'Harbour ferry timetable changes: what riders need to know',
      '--section',
      'world',
      '--author',
      'world-desk',
      '--tags',
      '',
      '--now',
      '2026-07-01T13:30:00Z',
    ];
    const file = path.join(root, 'content/articles/2026/harbour-ferry-timetable-changes-what-riders-need-to-know.mdx');
    const before = readFileSync(file, 'utf8');
    const result = runNew(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a slug another article already uses, in any year', () => {
    const result = runNew([
      '--title',
      'Port Avenir approves container terminal expansion',
      '--section',
      'business',
      '--author',
      'world-desk',
      '--tags',
      '',
      '--now',
      '2026-07-01T13:30:00Z',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'is already used by content/articles/2025/port-avenir-approves-container-terminal-expansion.mdx',
    );
  });

  it('refuses a section or author that does not exist', () => {
    expect(runNew(['--title', 'A', '--section', 'weather', '--author', 'world-desk', '--tags', '']).stderr).toContain(
      '--section "weather" is not one of world, politics',
    );
    expect(runNew(['--title', 'A', '--section', 'world', '--author', 'nobody', '--tags', '']).stderr).toContain(
      '--author "nobody" is not one of',
    );
  });

  it('asks for what is missing, offering the existing sections and authors', () => {
    // Headline; a wrong section then section 2 (politics); author 1 (the first alphabetically); tags.
    const result = runNew(
      ['--now', '2026-01-15T15:00:00Z'],
      'Night buses return to the upper town\nweather\n2\n1\nTransport, night buses\n',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  1. world\n  2. politics');
    expect(result.stdout).toContain('  1. amara-okafor');
    expect(result.stdout).toContain('choose one of the numbers or names above');
    const file = path.join(root, 'content/articles/2026/night-buses-return-to-the-upper-town.mdx');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      'publishedAt: 2026-01-15T10:00:00-05:00\nauthor: amara-okafor\nsection: politics\ntags:\n  - transport\n  - night-buses\n',
    );
  });

  it('stops with a message when the answers run out', () => {
    const result = runNew([], 'Only a headline\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('input ended before every question was answered');
  });
});
