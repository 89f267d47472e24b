/**
 * `npm run enhancements` (run by `npm run build` and `npm run dev` before Next starts): bundles each
 * enhancement module, `components/<area>/<name>.enhance.ts`, with esbuild (ESM, minified, for
 * current browsers) into `.enhancements/<name>.<content hash>.js`, and writes
 * `.enhancements/manifest.json` (name → { path, bytes, gzipBytes }), which pages read through
 * lib/serving/enhancements.ts. Prints each module's size, and fails, writing nothing, when a module
 * is over its budget of 10 KiB gzipped.
 *
 * The new folder is written beside the old one and swapped in with renames, so a running server
 * never reads a half-written manifest.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import {
  ENHANCEMENT_DIR,
  ENHANCEMENT_MANIFEST,
  ENHANCEMENT_PATH,
  enhancementFileName,
  isEnhancementName,
  type EnhancementEntry,
  type EnhancementManifest,
} from '../lib/serving/enhancements';

/** The most a module may weigh, gzipped: what a reader on a slow phone downloads for one feature. */
export const MAX_GZIP_BYTES = 10 * 1024;

/**
 * Modules with a tighter budget than MAX_GZIP_BYTES: the embed card's (issue 14: an embed page's own
 * JavaScript is at most 3 KiB gzipped).
 */
export const MODULE_BUDGETS: Readonly<Record<string, number>> = { embed: 3 * 1024 };

/** How a module's source file name ends. */
export const ENHANCEMENT_SUFFIX = '.enhance.ts';

/** Browsers the bundles are written for: no syntax is lowered below ES2022. */
const TARGET = ['es2022'];

export type EnhancementSource = { name: string; file: string };

/**
 * Every `*.enhance.ts` under `componentsDir`, by name. Throws when a file name is not a valid module
 * name (lowercase words and hyphens) or when two files share a name.
 */
export function findEnhancements(componentsDir: string): EnhancementSource[] {
  if (!existsSync(componentsDir)) return [];
  const sources: EnhancementSource[] = [];
  for (const relative of readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })) {
    const base = path.basename(relative);
    if (!base.endsWith(ENHANCEMENT_SUFFIX)) continue;
    const name = base.slice(0, -ENHANCEMENT_SUFFIX.length);
    const file = path.join(componentsDir, relative);
    if (!isEnhancementName(name)) {
      throw new Error(`${file}: an enhancement module's name must be lowercase words joined by hyphens`);
    }
    const twin = sources.find((s) => s.name === name);
    if (twin) throw new Error(`two enhancement modules are named "${name}": ${twin.file} and ${file}`);
    sources.push({ name, file });
  }
  return sources.sort((a, b) => a.name.localeCompare(b.name));
}

export type BuiltEnhancement = {
  name: string;
  /** `<name>.<hash>.js`. */
  fileName: string;
  code: Uint8Array;
  entry: EnhancementEntry;
};

/** A bundled module's file name (hashed from its content), address and sizes. */
export function builtEnhancement(name: string, code: Uint8Array): BuiltEnhancement {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const fileName = enhancementFileName(name, hash);
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return { name, fileName, code, entry: { path: `${ENHANCEMENT_PATH}/${fileName}`, bytes: code.length, gzipBytes } };
}

/** The manifest that lists `built`. */
export function manifestOf(built: readonly BuiltEnhancement[]): EnhancementManifest {
  return Object.fromEntries(built.map((b) => [b.name, b.entry]));
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** One line per module: its name, sizes and address. */
export function sizeLine(built: BuiltEnhancement): string {
  return `${built.name}: ${kib(built.entry.bytes)}, ${kib(built.entry.gzipBytes)} gzip → ${built.entry.path}`;
}

/**
 * A message for each module over its budget of gzipped bytes (`budgets[name]`, else `limit`); none
 * when all fit.
 */
export function sizeProblems(
  built: readonly BuiltEnhancement[],
  limit: number = MAX_GZIP_BYTES,
  budgets: Readonly<Record<string, number>> = MODULE_BUDGETS,
): string[] {
  return built.flatMap((b) => {
    const budget = budgets[b.name] ?? limit;
    if (b.entry.gzipBytes <= budget) return [];
    return [
      `${b.name} is ${b.entry.gzipBytes} bytes gzipped, over the ${budget}-byte budget of this enhancement module (${kib(budget)}): make it smaller or split it`,
    ];
  });
}

/**
 * Our lib/ files are imported for their exports, never for what they do when loaded: marking them
 * free of side effects lets esbuild drop whatever a module does not use (a module that needs
 * `readQuery` from lib/search/server-search.ts does not get the section list its imports build).
 */
function libWithoutSideEffects(root: string): esbuild.Plugin {
  const lib = path.join(root, 'lib') + path.sep;
  return {
    name: 'lib-without-side-effects',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolved') return undefined;
        const { path: resolved, errors } = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolved',
        });
        if (errors.length > 0 || !resolved.startsWith(lib)) return undefined;
        return { path: resolved, sideEffects: false };
      });
    },
  };
}

/** Bundles every module on its own: each page loads one file per module, with nothing shared. */
export async function bundleEnhancements(
  root: string,
  sources: readonly EnhancementSource[],
): Promise<BuiltEnhancement[]> {
  if (sources.length === 0) return [];
  const outdir = path.join(root, ENHANCEMENT_DIR);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(sources.map((s) => [s.name, s.file])),
    entryNames: '[name]',
    outdir,
    bundle: true,
    splitting: false,
    format: 'esm',
    platform: 'browser',
    target: TARGET,
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [libWithoutSideEffects(root)],
  });
  return sources.map((s) => {
    const output = result.outputFiles.find((f) => f.path === path.join(outdir, `${s.name}.js`));
    if (!output) throw new Error(`esbuild wrote nothing for ${s.file}`);
    return builtEnhancement(s.name, output.contents);
  });
}

/** Writes the modules and their manifest into `<root>/.enhancements/`, replacing what was there. */
export function writeEnhancements(root: string, built: readonly BuiltEnhancement[]): void {
  const target = path.join(root, ENHANCEMENT_DIR);
  const staging = `${target}.new`;
  const previous = `${target}.old`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const b of built) writeFileSync(path.join(staging, b.fileName), b.code);
  writeFileSync(path.join(staging, ENHANCEMENT_MANIFEST), `${JSON.stringify(manifestOf(built), null, 2)}\n`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * The whole build for the project at `root`: finds, bundles, measures and (when every module is
 * within budget) writes. Returns what it built and the size problems, if any, in which case nothing
 * was written.
 */
export async function buildEnhancements(root: string): Promise<{ built: BuiltEnhancement[]; problems: string[] }> {
  const built = await bundleEnhancements(root, findEnhancements(path.join(root, 'components')));
  const problems = sizeProblems(built);
  if (problems.length === 0) writeEnhancements(root, built);
  return { built, problems };
}

async function main(): Promise<void> {
  const started = performance.now();
  let outcome: Awaited<ReturnType<typeof buildEnhancements>>;
  try {
    outcome = await buildEnhancements(process.cwd());
  } catch (error) {
    console.error(`enhancements: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  for (const b of outcome.built) console.log(`enhancements: ${sizeLine(b)}`);
  if (outcome.problems.length > 0) {
    for (const problem of outcome.problems) console.error(`enhancements: ${problem}`);
    console.error(`enhancements: nothing written to ${ENHANCEMENT_DIR}/`);
    process.exit(1);
  }
  console.log(
    `enhancements: ${outcome.built.length} module(s) in ${ENHANCEMENT_DIR}/ (${Math.round(performance.now() - started)} ms)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
