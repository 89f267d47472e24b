import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check';

let root: string;

function write(relative: string, text: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function articleText(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    title: 'A harbour story',
    standfirst: 'Something happened at the harbour.',
    publishedAt: '2026-05-12T09:00:00-04:00',
    author: 'ann-lee',
    section: 'politics',
    ...fields,
  };
  const lines = Object.entries(base).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\nhero:\n  src: /images/hero.jpg\n  alt: Illustration of a harbour\n---\n\nBody.\n`;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  mkdirSync(path.join(root, 'public/images'), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
    .jpeg()
    .toFile(path.join(root, 'public/images/hero.jpg'));
  write('content/authors/ann-lee.mdx', '---\nname: Ann Lee\nrole: Reporter\n---\nAnn reports.\n');
  write('content/articles/2025/harbour.mdx', articleText({}));
  write('content/articles/2026/harbour.mdx', articleText({ title: 'Another harbour story' }));
  write('content/articles/2026/bad-date.mdx', articleText({ publishedAt: '2026-02-30T09:00:00-05:00' }));
  write('content/articles/2026/ghost-writer.mdx', articleText({ author: 'ghost' }));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('reports every problem across the folder at once, with file, line and field', () => {
    const report = checkContent(root);
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

  it('finds nothing wrong in the shipped content', () => {
    const report = checkContent(process.cwd());
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.articleCount).toBeGreaterThanOrEqual(10);
  });
});

describe('npm run check (the first step of every build)', () => {
  it('exits 1 and prints path:line:column: field: message for each error', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/check-content.ts', '--root', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/articles/2026/bad-date.mdx:4:14: publishedAt: "2026-02-30T09:00:00-05:00" is not a real calendar date',
    );
    expect(result.stderr).toContain('content/articles/2026/ghost-writer.mdx:5:9: author: unknown author "ghost"');
    expect(result.stderr).toMatch(/4 error\(s\)/);
  });

  it('exits 0 on the shipped content', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/0 error\(s\)/);
  });

  it('runs before contentlayer and next in the build script', () => {
    const scripts = (JSON.parse(execFileSync('npm', ['pkg', 'get', 'scripts'], { encoding: 'utf8' })) ?? {}) as Record<
      string,
      string
    >;
    expect(scripts.content).toMatch(/^npm run check && node (--max-old-space-size=\d+ )?scripts\/contentlayer.mjs build/);
    expect(scripts.build).toMatch(/^npm run content && next build/);
  });
});
