/**
 * One fixture per content rule: tests/fixtures/content-broken/<rule>/ holds the files that break it
 * (laid over the clean site in tests/fixtures/content-clean/) and expected.txt, the exact lines the
 * checker must print — file, line, column, field and message. The clean site must produce none.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/runner';
import { formatProblem } from '@/lib/checks/article-rules';

const FIXTURES = path.resolve('tests/fixtures');
const CLEAN = path.join(FIXTURES, 'content-clean');
/** The clock the fixtures are written for: after every published fixture, before the scheduled one. */
const NOW = new Date('2026-11-15T12:00:00Z');

function fixtureNames(kind: string): string[] {
  return readdirSync(path.join(FIXTURES, kind)).sort();
}

/** The checker's output for the clean site with `overlay`'s files added or replaced. */
async function check(overlay?: string): Promise<string[]> {
  const site = mkdtempSync(path.join(tmpdir(), 'content-fixture-'));
  try {
    cpSync(CLEAN, site, { recursive: true });
    if (overlay) cpSync(overlay, site, { recursive: true, filter: (src) => path.basename(src) !== 'expected.txt' });
    const report = await checkContent(site, { now: NOW, since: false, cache: false });
    return report.problems.map(formatProblem);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

function expected(dir: string): string[] {
  return readFileSync(path.join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

describe('the clean fixture site', () => {
  it('has no error and no warning', async () => {
    expect(await check()).toEqual([]);
  });
});

describe('broken fixtures: one per rule, each with its exact error', () => {
  const names = fixtureNames('content-broken');

  it('cover at least 25 rules', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s', async (name) => {
    const dir = path.join(FIXTURES, 'content-broken', name);
    expect(existsSync(path.join(dir, 'expected.txt'))).toBe(true);
    const want = expected(dir);
    expect(
      want.some((line) => !line.includes(': warning: ')),
      'a broken fixture must expect at least one error',
    ).toBe(true);
    expect(await check(dir)).toEqual(want);
  });
});

describe('warning fixtures: worth a look, but they do not stop the build', () => {
  it.each(fixtureNames('content-warnings'))('%s', async (name) => {
    const dir = path.join(FIXTURES, 'content-warnings', name);
    const want = expected(dir);
    expect(want.length).toBeGreaterThan(0);
    expect(want.every((line) => line.includes(': warning: '))).toBe(true);
    expect(await check(dir)).toEqual(want);
  });
});
