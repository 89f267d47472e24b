/**
 * The search bundles on disk (lib/search/bundle.ts says what is served): the main bundle's manifest,
 * the Pagefind names of its records, swapping a new delta in and out, and the lock that keeps the
 * full build and `--delta` (scripts/build-search-index.ts) from swapping bundles at the same moment.
 */
import {
  existsSync,
  linkSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DELTA_FILE, SEARCH_DELTA_DIR, type DeltaList } from './bundle';
import { parseManifest, type BundleManifest } from './delta';
import { isPlainObject } from '../format/json';

/** The main bundle's manifest, inside it (so it is swapped with it); not among the files served. */
export const MANIFEST_FILE = 'records-manifest.json';

/** The manifest of the bundle in `bundleDir`, or undefined when it has none (or an unreadable one). */
export function readManifest(bundleDir: string): BundleManifest | undefined {
  try {
    return parseManifest(JSON.parse(readFileSync(path.join(bundleDir, MANIFEST_FILE), 'utf8')));
  } catch {
    return undefined;
  }
}

export function writeManifest(bundleDir: string, manifest: BundleManifest): void {
  writeFileSync(path.join(bundleDir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** Pagefind compresses its files with gzip, after this signature. */
const SIGNATURE = 'pagefind_dcd';

function readFragmentFile(file: string): unknown {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind file`);
  return JSON.parse(text.slice(SIGNATURE.length));
}

/**
 * The Pagefind name of each record of the bundle in `bundleDir`, by URL: the `id` a search result
 * has. A record's fragment file is named after it (`fragment/<name>.pf_fragment`); where Pagefind
 * groups fragments (`fragment/<language>_group_<hash>.pf_fragment`), the group maps names to fragments.
 */
export function pagesOfBundle(bundleDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const folder = path.join(bundleDir, 'fragment');
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fragment = readFragmentFile(path.join(folder, name));
    if (!isPlainObject(fragment)) throw new Error(`${name}: not a Pagefind fragment`);
    if (typeof fragment.url === 'string') {
      pages.set(fragment.url, name.slice(0, -'.pf_fragment'.length));
      continue;
    }
    for (const [page, grouped] of Object.entries(fragment)) {
      if (!isPlainObject(grouped) || typeof grouped.url !== 'string')
        throw new Error(`${name}: not a Pagefind fragment group`);
      pages.set(grouped.url, page);
    }
  }
  return pages;
}

/** The delta's folder in the bundle in `bundleDir`, and the folders a swap passes through. */
function deltaFolders(bundleDir: string): { live: string; staging: string; previous: string } {
  const live = path.join(bundleDir, SEARCH_DELTA_DIR);
  return { live, staging: `${live}.new`, previous: `${live}.old` };
}

/** Where a new delta for the bundle in `bundleDir` is written before `installDelta` swaps it in (emptied). */
export function deltaStaging(bundleDir: string): string {
  const { staging } = deltaFolders(bundleDir);
  rmSync(staging, { recursive: true, force: true });
  return staging;
}

/** Swaps `staging` in as `live`: two renames, so a reader finds the old folder or the new one, never half of one. */
function swapIn({ live, staging, previous }: { live: string; staging: string; previous: string }): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(live)) renameSync(live, previous);
  renameSync(staging, live);
  rmSync(previous, { recursive: true, force: true });
}

/** An empty delta (no records, nothing superseded): the main bundle is current. */
const EMPTY: DeltaList = { records: 0, pages: [], urls: [] };

/** Writes `list` as the `delta.json` of the delta folder `folder` (made if missing). */
export function writeDeltaList(folder: string, list: DeltaList = EMPTY): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, DELTA_FILE), JSON.stringify(list));
}

/**
 * Swaps the delta written into `deltaStaging(bundleDir)` in (its Pagefind files, if `list` says it
 * has records), with `list` (written into the same folder first, so the two always go together).
 */
export function installDelta(bundleDir: string, list: DeltaList): void {
  const folders = deltaFolders(bundleDir);
  writeDeltaList(folders.staging, list);
  swapIn(folders);
}

/** Empties the delta of the bundle in `bundleDir`: the main bundle is current. */
export function clearDelta(bundleDir: string): void {
  deltaStaging(bundleDir);
  installDelta(bundleDir, EMPTY);
}

/**
 * Mirrors the regular files under `from` into `to`: hard-linked where possible, else copied (another
 * file system). Symbolic links are not followed. Returns how many files it mirrored. Also how
 * scripts/standalone-assets.ts puts the build's outputs beside the standalone server.
 */
export function mirrorFiles(from: string, to: string): number {
  let files = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) files += mirrorFiles(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      files++;
    }
  }
  return files;
}

/**
 * Puts the delta of the bundle in `bundleDir` into `copyDir`, another copy of the same main bundle
 * — the standalone server's (scripts/standalone-assets.ts) — swapped in the same way.
 */
export function copyDelta(bundleDir: string, copyDir: string): void {
  const { live } = deltaFolders(bundleDir);
  if (!existsSync(live)) {
    clearDelta(copyDir);
    return;
  }
  mirrorFiles(live, deltaStaging(copyDir));
  swapIn(deltaFolders(copyDir));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return isPlainObject(error) && error.code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` holding the lock file `lockFile` (created exclusively, holding the holder's process
 * id): waits while another live process holds it, takes over one whose holder has died, and gives
 * up after `timeoutMs`.
 */
export async function withLock<T>(lockFile: string, task: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if (!isPlainObject(error) || error.code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) {
      await unlink(lockFile).catch(() => {});
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${lockFile} is held by process ${holder}; gave up waiting`);
    await sleep(100);
  }
  try {
    return await task();
  } finally {
    await unlink(lockFile).catch(() => {});
  }
}
