import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/runner';
import { formatProblem } from '@/lib/checks/article-rules';
import { compileMdx } from '@/lib/mdx/compile';
import { policyPages } from '@/lib/config/standing-pages';

const BODY = 'Councillors voted on Monday night to close three streets in the old harbour district to cars. '
  .repeat(12)
  .trim();

let root: string;

function write(base: string, relative: string, text: string): void {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function articleText(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    title: 'A harbour story',
    standfirst: 'Something happened at the harbour, and this sentence says what it was.',
    publishedAt: '2026-05-12T09:00:00-04:00',
    author: 'ann-lee',
    section: 'politics',
    ...fields,
  };
  const lines = Object.entries(base).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\nhero:\n  src: /images/hero.jpg\n  alt: Illustration of a harbour\n  caption: The harbour.\n  credit: 'Illustration: The Meridian'\n---\n\n${BODY}\n`;
}

async function makeSite(base: string): Promise<void> {
  mkdirSync(path.join(base, 'public/images'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(base, 'public/images/hero.jpg'));
  // Every policy lib/config/standing-pages.ts names needs its page.
  for (const slug of new Set(Object.values(policyPages))) {
    write(
      base,
      `content/pages/${slug}.mdx`,
      `---\ntitle: The ${slug} page\nstandfirst: What the ${slug} page of the harbour newsroom says, in one short paragraph.\nupdatedAt: 2026-05-01T09:00:00-04:00\n---\nThe ${slug} page.\n`,
    );
  }
  write(
    base,
    'content/authors/ann-lee.mdx',
    '---\nname: Ann Lee\nrole: Reporter\ndesk: world\nsummary: Ann Lee reports from the harbour.\n---\nAnn reports.\n',
  );
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  await makeSite(root);
  write(root, 'content/articles/2025/harbour.mdx', articleText({}));
  write(root, 'content/articles/2026/harbour.mdx', articleText({ title: 'Another harbour story' }));
  write(root, 'content/articles/2026/bad-date.mdx', articleText({ publishedAt: '2026-02-30T09:00:00-05:00' }));
  write(root, 'content/articles/2026/ghost-writer.mdx', articleText({ author: 'ghost' }));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('reports every problem across the folder at once, with file, line and field', async () => {
    const report = await checkContent(root, { cache: false, since: false });
    expect(report.articleCount).toBe(4);
    expect(report.authorCount).toBe(1);
    const lines = report.problems.map((p) => `${p.file}:${p.line}: ${p.field}`);
    expect(lines).toEqual([
      'content/articles/2025/harbour.mdx:1: slug',
      'content/articles/2026/bad-date.mdx:4: publishedAt',
      'content/articles/2026/ghost-writer.mdx:5: author',
      'content/articles/2026/harbour.mdx:1: slug',
    ]);
  });

  it('finds no error in the shipped content', async () => {
    const report = await checkContent(process.cwd(), { cache: false, since: false });
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(report.articleCount).toBeGreaterThanOrEqual(10);
  });

  it('reuses cached results for unchanged files, gives the same answer, and parses a changed file again', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
    try {
      await makeSite(site);
      write(site, 'content/articles/2026/one.mdx', articleText({ title: 'One' }));
      write(site, 'content/articles/2026/two.mdx', articleText({ author: 'ghost' }));
      const cold = await checkContent(site, { since: false });
      expect(cold).toMatchObject({ analysed: 2, cached: 0 });
      expect(existsSync(path.join(site, 'node_modules/.cache/content-check'))).toBe(true);

      const warm = await checkContent(site, { since: false });
      expect(warm).toMatchObject({ analysed: 0, cached: 2 });
      expect(warm.problems).toEqual(cold.problems);

      write(site, 'content/articles/2026/two.mdx', articleText({ author: 'ann-lee' }));
      const changed = await checkContent(site, { since: false });
      expect(changed).toMatchObject({ analysed: 1, cached: 1 });
      expect(changed.problems).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('warns when a published headline changed since the last commit without a correction', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'content-git-'));
    const gitIn = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
        cwd: site,
        stdio: 'pipe',
      });
    try {
      await makeSite(site);
      write(site, 'content/articles/2026/vote.mdx', articleText({ title: 'Harbour vote passes' }));
      gitIn('init', '-q');
      gitIn('add', '.');
      gitIn('commit', '-q', '-m', 'publish');
      const now = new Date('2026-06-01T00:00:00Z');

      write(site, 'content/articles/2026/vote.mdx', articleText({ title: 'Harbour vote fails' }));
      const changed = await checkContent(site, { since: 'HEAD', cache: false, now });
      expect(changed.problems.map(formatProblem)).toEqual([
        'content/articles/2026/vote.mdx:2:8: title: warning: the headline changed since HEAD (was "Harbour vote passes") and no correction was added: if the change fixes an error, add an entry to corrections',
      ]);

      const corrected = articleText({ title: 'Harbour vote fails' }).replace(
        'hero:',
        'corrections:\n  - date: 2026-05-13T10:00:00-04:00\n    text: An earlier headline said the vote passed. It failed.\nhero:',
      );
      write(site, 'content/articles/2026/vote.mdx', corrected);
      expect((await checkContent(site, { since: 'HEAD', cache: false, now })).problems).toEqual([]);

      // Before publication, a headline may change freely.
      const early = await checkContent(site, { since: 'HEAD', cache: false, now: new Date('2026-05-01T00:00:00Z') });
      expect(early.problems.map((p) => p.field)).not.toContain('title');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('says when it cannot compare headlines because there is no git history', async () => {
    const report = await checkContent(root, { since: 'HEAD', cache: false });
    expect(report.history).toMatch(/headlines not compared/);
  });
});

describe('npm run check (the first step of every build)', () => {
  it('exits 1 and prints path:line:column: field: message for each error, then a timed summary', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/check-content.ts', '--root', root, '--no-cache'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/articles/2026/bad-date.mdx:4:14: publishedAt: "2026-02-30T09:00:00-05:00" is not a real calendar date',
    );
    expect(result.stderr).toContain('content/articles/2026/ghost-writer.mdx:5:9: author: unknown author "ghost"');
    expect(result.stderr).toMatch(/content check: 4 articles, 1 authors: 4 error\(s\), 0 warning\(s\) in \d+ ms/);
  });

  it('gives the same answer with worker threads as without', () => {
    const run = (workers: string) =>
      spawnSync('npx', ['tsx', 'scripts/check-content.ts', '--root', root, '--no-cache', '--workers', workers], {
        encoding: 'utf8',
      });
    const one = run('1');
    const two = run('2');
    expect(two.stderr).toMatch(/4 parsed on 2 thread\(s\)/);
    const problems = (out: string) => out.split('\n').filter((l) => l.startsWith('content/'));
    expect(problems(two.stderr)).toEqual(problems(one.stderr));
    expect(problems(one.stderr)).toHaveLength(4);
  });

  it('exits 0 on the shipped content', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts', '--since', 'none'], { encoding: 'utf8' });
    expect(out).toMatch(/0 error\(s\)/);
  });

  it('runs before contentlayer and next in the build script', () => {
    const scripts = (JSON.parse(execFileSync('npm', ['pkg', 'get', 'scripts'], { encoding: 'utf8' })) ?? {}) as Record<
      string,
      string
    >;
    expect(scripts.content).toMatch(/^npm run check && tsx scripts\/content-build.ts/);
    expect(scripts.build).toMatch(/^npm run content && .*"next build"/);
  });
});

/** A copy of the project's content pipeline (not the app) in a temporary folder, sharing node_modules. */
function copyProject(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'content-build-'));
  for (const entry of [
    'content',
    'public',
    'lib',
    'scripts',
    'contentlayer.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(path.join(process.cwd(), entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

describe('the build', () => {
  it('refuses a broken article with the checker’s message, before contentlayer runs', () => {
    const copy = copyProject();
    try {
      const file = 'content/articles/2026/kestrel-bay-votes-to-pedestrianise-old-harbour-district.mdx';
      const text = readFileSync(path.join(copy, file), 'utf8').replace('section: politics', 'section: weather');
      writeFileSync(path.join(copy, file), text);
      const result = spawnSync('npm', ['run', 'content'], { cwd: copy, encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`${file}:7:10: section: unknown section "weather"`);
      expect(result.stderr).toContain('The site was not built.');
      expect(existsSync(path.join(copy, '.contentlayer/generated'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses unsafe MDX when the body is compiled, even where the checker has not run', () => {
    // Bodies are compiled when their page renders (lib/mdx/compile.ts), not by contentlayer: that compile
    // applies the same body rules, so `next dev` on an unchecked file cannot run an editor's script.
    const file = 'content/articles/2026/kestrel-bay-votes-to-pedestrianise-old-harbour-district.mdx';
    const body = readFileSync(path.join(process.cwd(), file), 'utf8').split(/^---$/m).slice(2).join('---');
    expect(() => compileMdx(body)).not.toThrow();
    expect(() => compileMdx(`${body}\n<script>alert(1)</script>\n`)).toThrow(/script/);
  });
});
