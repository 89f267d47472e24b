import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
    writeFileSync(path.join(dir, 'content/articles/typo.mdx'), launch.replace(/^title:/m, 'subtitel: A typo of a field name\ntitle:'));
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
});
