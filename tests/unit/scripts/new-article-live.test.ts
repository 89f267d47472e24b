import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/runner';
import { formatProblem } from '@/lib/checks/article-rules';
import { analyseLiveBlog, analyseLiveEntry } from '@/lib/checks/live-rules';
import { entryId, entryTitleProblem, scaffoldLiveBlog, scaffoldLiveEntry } from '@/lib/checks/new-article';

const ZONE = 'America/New_York';
const BLOG = 'polls-close-in-carrows-regional-elections';

let root: string;

function runNew(args: string[], input = '') {
  return spawnSync('npx', ['tsx', 'scripts/new-article.ts', '--root', root, ...args], { encoding: 'utf8', input });
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-live-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('public', path.join(root, 'public'), { recursive: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('entryId', () => {
  const at1305 = new Date('2026-12-02T18:05:00Z');

  it('is the time in the newsroom time zone and the title as a slug', () => {
    expect(entryId(at1305, ZONE, 'Polls close', new Set())).toBe('1305-polls-close');
    expect(entryId(new Date('2026-07-01T17:05:00Z'), ZONE, 'Polls close', new Set())).toBe('1305-polls-close');
    expect(entryId(at1305, ZONE, undefined, new Set())).toBe('1305');
    expect(entryId(at1305, ZONE, '!!!', new Set())).toBe('1305');
  });

  it('takes a suffix when the id is taken, ignoring case', () => {
    expect(entryId(at1305, ZONE, 'Polls close', new Set(['1305-polls-close']))).toBe('1305-polls-close-2');
    expect(entryId(at1305, ZONE, 'Polls close', new Set(['1305-Polls-Close', '1305-polls-close-2']))).toBe(
      '1305-polls-close-3',
    );
  });

  it('keeps a long title’s first words, cut at a word boundary', () => {
    const id = entryId(
      at1305,
      ZONE,
      'The count in the eastern districts is delayed by a fault in the scanners',
      new Set(),
    );
    expect(id).toBe('1305-the-count-in-the-eastern-districts-is');
    expect(id.length).toBeLessThanOrEqual(45);
  });
});

describe('entryTitleProblem', () => {
  it('refuses an empty or too long title', () => {
    expect(entryTitleProblem(' ')).toMatch(/empty/);
    expect(entryTitleProblem('x'.repeat(111))).toMatch(/111 characters; an entry title may be at most 110/);
    expect(entryTitleProblem('Polls close')).toBeUndefined();
  });
});

describe('scaffoldLiveBlog and scaffoldLiveEntry', () => {
  it('write a live draft blog the checker reads as one, with placeholders only', () => {
    const blog = scaffoldLiveBlog({
      title: 'Polls close in Carrow',
      section: 'world',
      author: 'world-desk',
      tags: ['elections'],
      now: new Date('2026-12-02T18:05:00Z'),
      timeZone: ZONE,
    });
    expect(blog.path).toBe('content/live/polls-close-in-carrow/index.mdx');
    expect(blog.text).toContain('publishedAt: 2026-12-02T13:05:00-05:00\n');
    expect(blog.text).toContain('status: live\ndraft: true\n');
    const facts = analyseLiveBlog(blog.text);
    expect(facts.status?.value).toBe('live');
    expect(facts.draft).toBe(true);
    expect(facts.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('write an entry timed now with the offset, as a draft holding a TODO line', () => {
    const entry = scaffoldLiveEntry({
      blog: BLOG,
      title: 'Polls close',
      author: 'world-desk',
      keyEvent: true,
      pinned: false,
      taken: new Set(),
      now: new Date('2026-12-02T18:05:42Z'),
      timeZone: ZONE,
    });
    expect(entry.path).toBe(`content/live/${BLOG}/entries/1305-polls-close.mdx`);
    expect(entry.text).toBe(
      '---\npublishedAt: 2026-12-02T13:05:00-05:00\ntitle: Polls close\nauthor: world-desk\nkeyEvent: true\ndraft: true\n---\n\nTODO: write the entry: what happened, in a few sentences. Link to earlier coverage with its address, like [this](/world).\n',
    );
    const facts = analyseLiveEntry(entry.text);
    expect(facts.problems.map((p) => `${p.field}: ${p.severity}`)).toEqual(['body: warning']);
    // Published as it is, the placeholder is refused.
    const published = analyseLiveEntry(entry.text.replace('draft: true\n', ''));
    expect(published.problems.map((p) => `${p.field}: ${p.severity}`)).toEqual(['body: error']);
  });
});

describe('npm run new -- --live and --entry', () => {
  it('starts a live blog as a draft with status live, and says what to do next', () => {
    const result = runNew([
      '--live',
      '--section',
      'world',
      '--title',
      'Polls close in Carrow’s regional elections',
      '--author',
      'world-desk',
      '--tags',
      'elections',
      '--now',
      '2026-12-02T17:50:00Z',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = `content/live/${BLOG}/index.mdx`;
    expect(result.stdout).toContain(`Created ${file} (a draft, status: live: readers cannot see it yet)`);
    expect(result.stdout).toContain(`npm run new -- --entry ${BLOG} --title`);
    expect(result.stdout).toContain(`preview it with npm run dev at /world/${BLOG}`);
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).toContain('publishedAt: 2026-12-02T12:50:00-05:00\nauthor: world-desk\nsection: world\n');
    expect(text).toContain('status: live\ndraft: true\n');
  });

  it('adds an entry timed now with the newsroom offset, by the blog’s author unless told otherwise', () => {
    const result = runNew(['--entry', BLOG, '--title', 'Polls close', '--key-event', '--now', '2026-12-02T18:05:00Z']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = `content/live/${BLOG}/entries/1305-polls-close.mdx`;
    expect(result.stdout).toContain(`Created ${file}`);
    expect(result.stdout).toContain(`Its permalink: /world/${BLOG}/entries/1305-polls-close`);
    expect(readFileSync(path.join(root, file), 'utf8')).toContain(
      'publishedAt: 2026-12-02T13:05:00-05:00\ntitle: Polls close\nauthor: world-desk\nkeyEvent: true\ndraft: true\n',
    );

    const second = runNew([
      '--entry',
      BLOG,
      '--title',
      'Polls close',
      '--author',
      'amara-okafor',
      '--now',
      '2026-12-02T18:05:30Z',
    ]);
    expect(second.status).toBe(0);
    const again = path.join(root, `content/live/${BLOG}/entries/1305-polls-close-2.mdx`);
    expect(readFileSync(again, 'utf8')).toContain('author: amara-okafor\n');
    expect(readFileSync(path.join(root, file), 'utf8')).toContain('keyEvent: true');
  });

  it('pins an entry, and names the one already pinned', () => {
    const first = runNew(['--entry', BLOG, '--title', 'What we know', '--pinned', '--now', '2026-12-02T18:10:00Z']);
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('is pinned');
    const second = runNew(['--entry', BLOG, '--pinned', '--now', '2026-12-02T18:20:00Z']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(
      `A blog pins one entry and content/live/${BLOG}/entries/1310-what-we-know.mdx is pinned: remove its "pinned: true"`,
    );
    expect(existsSync(path.join(root, `content/live/${BLOG}/entries/1320.mdx`))).toBe(true);
  });

  it('leaves content the checker accepts: placeholder warnings in the drafts, the one error the second pin', async () => {
    const report = await checkContent(root, { cache: false, since: false });
    const live = report.problems.filter((p) => p.file.startsWith(`content/live/${BLOG}/`));
    expect(live.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `content/live/${BLOG}/entries/1320.mdx:4:9: pinned: content/live/${BLOG}/entries/1310-what-we-know.mdx is already pinned, and a blog pins one entry: remove "pinned: true" from one of them`,
    ]);
    expect(live.filter((p) => p.severity === 'warning').map((p) => p.field)).toEqual(
      expect.arrayContaining(['standfirst', 'hero.src', 'body']),
    );
    rmSync(path.join(root, `content/live/${BLOG}/entries/1320.mdx`));
    const after = await checkContent(root, { cache: false, since: false });
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an unknown blog, listing the blogs', () => {
    const result = runNew(['--entry', 'carrow-votes', '--title', 'Polls close']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `--entry "carrow-votes": there is no live blog content/live/carrow-votes/index.mdx (live blogs: carrow-parliament-votes-on-lake-orrin-treaty, ${BLOG})`,
    );
  });

  it('refuses a missing blog slug, an unknown author and a too long title', () => {
    expect(runNew(['--entry']).stderr).toContain("--entry needs the live blog's slug");
    expect(runNew(['--entry', BLOG, '--author', 'nobody']).stderr).toContain('--author "nobody" is not one of');
    expect(runNew(['--entry', BLOG, '--title', 'x'.repeat(111)]).stderr).toContain('an entry title may be at most 110');
  });

  it('keeps slugs unique across articles and live blogs', () => {
    const asArticle = runNew([
      '--title',
      'Polls close in Carrow’s regional elections',
      '--section',
      'politics',
      '--author',
      'world-desk',
      '--tags',
      '',
    ]);
    expect(asArticle.status).toBe(1);
    expect(asArticle.stderr).toContain(`the slug "${BLOG}" is already used by content/live/${BLOG}/index.mdx`);
    const asBlog = runNew([
      '--live',
      '--title',
      'Port Avenir approves container terminal expansion',
      '--section',
      'business',
      '--author',
      'world-desk',
      '--tags',
      '',
    ]);
    expect(asBlog.status).toBe(1);
    expect(asBlog.stderr).toContain(
      'is already used by content/articles/2025/port-avenir-approves-container-terminal-expansion.mdx',
    );
  });
});
