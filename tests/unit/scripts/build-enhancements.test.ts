import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnhancementManifest } from '@/lib/serving/enhancements';
import {
  buildEnhancements,
  builtEnhancement,
  findEnhancements,
  manifestOf,
  MAX_GZIP_BYTES,
  sizeLine,
  sizeProblems,
  MODULE_BUDGETS,
} from '@/scripts/build-enhancements';

const repo = process.cwd();
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-enhancements-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(relative: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}

/** A module of `bytes` random characters: gzip cannot shrink it below its budget. */
function heavyModule(bytes: number): string {
  return `export const noise = ${JSON.stringify(randomBytes(bytes).toString('base64'))};\n`;
}

describe('findEnhancements', () => {
  it('finds every components/**/<name>.enhance.ts, by name', () => {
    write('components/search/full-text-search.enhance.ts', '');
    write('components/article/deep/click-to-load.enhance.ts', '');
    write('components/search/full-text-search.tsx', '');
    write('components/search/helper.ts', '');
    expect(findEnhancements(path.join(root, 'components'))).toEqual([
      { name: 'click-to-load', file: path.join(root, 'components/article/deep/click-to-load.enhance.ts') },
      { name: 'full-text-search', file: path.join(root, 'components/search/full-text-search.enhance.ts') },
    ]);
  });

  it('refuses a name that is not lowercase words and hyphens, and two modules with one name', () => {
    write('components/a/Full_Text.enhance.ts', '');
    expect(() => findEnhancements(path.join(root, 'components'))).toThrow(/Full_Text\.enhance\.ts: an enhancement/);
    rmSync(path.join(root, 'components'), { recursive: true });
    write('components/a/search.enhance.ts', '');
    write('components/b/search.enhance.ts', '');
    expect(() => findEnhancements(path.join(root, 'components'))).toThrow(/two enhancement modules are named "search"/);
  });
});

describe('builtEnhancement', () => {
  it('names the file by a hash of its content and measures it raw and gzipped', () => {
    const code = new TextEncoder().encode('console.log("one");'.repeat(20));
    const built = builtEnhancement('full-text-search', code);
    expect(built.fileName).toMatch(/^full-text-search\.[0-9a-f]{12}\.js$/);
    expect(built.entry).toEqual({
      path: `/enhance/${built.fileName}`,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
    });
    expect(builtEnhancement('full-text-search', code).fileName).toBe(built.fileName);
    expect(builtEnhancement('full-text-search', new TextEncoder().encode('x')).fileName).not.toBe(built.fileName);
    expect(sizeLine(built)).toBe(`full-text-search: 0.4 KiB, 0.0 KiB gzip → /enhance/${built.fileName}`);
  });

  it('gives a manifest the server’s reader accepts as it is', () => {
    const built = [builtEnhancement('a', new Uint8Array([1])), builtEnhancement('b-c', new Uint8Array([2]))];
    expect(parseEnhancementManifest(JSON.parse(JSON.stringify(manifestOf(built))))).toEqual({
      a: built[0]?.entry,
      'b-c': built[1]?.entry,
    });
  });
});

describe('sizeProblems', () => {
  it('names each module over 10 KiB gzipped, and only those', () => {
    const small = builtEnhancement('small', new Uint8Array(100));
    const heavy = builtEnhancement('heavy', randomBytes(MAX_GZIP_BYTES + 100));
    expect(MAX_GZIP_BYTES).toBe(10 * 1024);
    expect(sizeProblems([small])).toEqual([]);
    const problems = sizeProblems([small, heavy]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^heavy is \d+ bytes gzipped, over the 10240-byte budget/);
    expect(sizeProblems([small], 10)).toHaveLength(1);
  });

  it('holds the embed module to its own budget of 3 KiB gzipped', () => {
    expect(MODULE_BUDGETS.embed).toBe(3 * 1024);
    const embed = builtEnhancement('embed', randomBytes(3 * 1024 + 100));
    expect(sizeProblems([embed])[0]).toMatch(/^embed is \d+ bytes gzipped, over the 3072-byte budget/);
    expect(sizeProblems([builtEnhancement('other', randomBytes(3 * 1024 + 100))])).toEqual([]);
  });
});

describe('buildEnhancements', () => {
  it('bundles each module with what it imports into a minified ES module, and writes the manifest', async () => {
    write('components/search/words.ts', 'export function shout(text: string): string { return `${text}!`; }\n');
    write(
      'components/search/full-text-search.enhance.ts',
      "import { shout } from './words';\n// A comment the bundle drops.\nexport const answer: string = shout('found');\ndocument.title = answer;\n",
    );
    const { built, problems } = await buildEnhancements(root);
    expect(problems).toEqual([]);
    const [module] = built;
    expect(module?.name).toBe('full-text-search');
    const dir = path.join(root, '.enhancements');
    expect(readdirSync(dir).sort()).toEqual([module?.fileName, 'manifest.json'].sort());
    const code = readFileSync(path.join(dir, module?.fileName ?? ''), 'utf8');
    expect(code).toContain('export{');
    expect(code).not.toContain('comment');
    expect(code).not.toContain('import');
    expect(parseEnhancementManifest(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')))).toEqual({
      'full-text-search': module?.entry,
    });
  });

  it('fails on a module that imports what a browser does not have', async () => {
    write('components/a/broken.enhance.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n");
    await expect(buildEnhancements(root)).rejects.toThrow(/node:fs/);
  });

  it('writes nothing when a module is over budget, and the command says why and exits 1', async () => {
    write('components/a/small.enhance.ts', 'document.title = "small";\n');
    await buildEnhancements(root);
    const before = readFileSync(path.join(root, '.enhancements/manifest.json'), 'utf8');
    write('components/a/heavy.enhance.ts', heavyModule(MAX_GZIP_BYTES * 2));
    const { problems } = await buildEnhancements(root);
    expect(problems).toHaveLength(1);
    expect(readFileSync(path.join(root, '.enhancements/manifest.json'), 'utf8')).toBe(before);

    const run = spawnSync(
      process.execPath,
      [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'scripts/build-enhancements.ts')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/enhancements: small: 0\.0 KiB, 0\.0 KiB gzip → \/enhance\/small\.[0-9a-f]+\.js/);
    expect(run.stderr).toMatch(/heavy is \d+ bytes gzipped, over the 10240-byte budget/);
    expect(run.stderr).toContain('nothing written to .enhancements/');
    expect(existsSync(path.join(root, '.enhancements.new'))).toBe(false);
  });
});
