/**
 * What lets scripts/build-search-index.ts skip work it has done before: the hashes of the content
 * store's body files (read again only when a file's time or size changes), and the records made from
 * them, kept under `node_modules/.cache/search-records/` (a cache, like the content checker's:
 * deleting it only costs time). A record is named by what it is made from — its fields, its bodies'
 * hashes and the code that makes records — so an entry is never stale, only unused.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from './records';
import { isPlainObject } from '../format/json';

/** The cache's folder, relative to the project root. */
export const RECORD_CACHE_DIR = path.join('node_modules', '.cache', 'search-records');

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The lib/ folders whose code decides a record's text: the records, MDX's reader text, sections' names, dates. */
const RECORD_LAYERS = ['search', 'mdx', 'config', 'format'] as const;

/**
 * A hash of the code that makes records — every source file of the layers above, and the installed
 * packages (the lockfile: the MDX parser is one) — so a change to any of them makes every record anew.
 */
export function codeVersion(): string {
  const hash = createHash('sha1');
  const lib = fileURLToPath(new URL('..', import.meta.url));
  for (const layer of RECORD_LAYERS) {
    const folder = path.join(lib, layer);
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(folder, name)));
    }
  }
  hash.update(readFileSync(path.join(lib, '..', 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The key of what a record is made from (`recordFields`, and the hashes of the bodies it reads, in
 * its order), without the code: what the main bundle's manifest remembers, so that a delta is the
 * content's changes only, whatever code built the main bundle.
 */
export function sourceKey(fields: string, bodyHashes: readonly string[]): string {
  return sha1(`${fields}\n${bodyHashes.join('\n')}`);
}

/** The cache's name of a record: its source key under the code that makes it. */
export function recordKey(version: string, source: string): string {
  return sha1(`${version}\n${source}`);
}

/** Writes `data` to `file` through a temporary file and a rename: a reader never sees half of it. */
function writeAtomically(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

type Stamp = [mtimeMs: number, size: number, hash: string];

function isStamp(value: unknown): value is Stamp {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    typeof value[2] === 'string'
  );
}

/**
 * The hashes of body files, by path relative to the content store's folder (`bodyFile`): a file is
 * read and hashed again only when its modification time or size differ from the last run's, so
 * telling what changed in an archive of 10,000 articles costs 10,000 `stat`s.
 */
export class BodyHashes {
  private readonly file: string;
  private readonly known = new Map<string, Stamp>();
  private readonly used = new Map<string, Stamp>();

  /** `cacheDir`: the record cache's folder; `storeDir`: the folder `bodyFile`s are relative to. */
  constructor(
    cacheDir: string,
    private readonly storeDir: string,
  ) {
    this.file = path.join(cacheDir, 'body-hashes.json');
    try {
      const saved: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (isPlainObject(saved)) {
        for (const [bodyFile, stamp] of Object.entries(saved)) if (isStamp(stamp)) this.known.set(bodyFile, stamp);
      }
    } catch {
      // No hashes yet, or unreadable ones: every file is read once.
    }
  }

  /** The hash of `bodyFile`'s body; `read` gives the body when the file is new or has changed. */
  hash(bodyFile: string, read: () => string): string {
    // Its time and size are taken before it is read: a file rewritten in between keeps its old stamp, so it is read again next run.
    const { mtimeMs, size } = statSync(path.join(this.storeDir, bodyFile));
    const known = this.known.get(bodyFile);
    const stamp: Stamp = known && known[0] === mtimeMs && known[1] === size ? known : [mtimeMs, size, sha1(read())];
    this.used.set(bodyFile, stamp);
    return stamp[2];
  }

  /** Saves the hashes of the files this run used (those of unpublished or deleted articles are dropped). */
  save(): void {
    try {
      writeAtomically(this.file, JSON.stringify(Object.fromEntries(this.used)));
    } catch {
      // A read-only checkout just runs without the cache.
    }
  }
}

function isSearchRecord(value: unknown): value is SearchRecord {
  return (
    isPlainObject(value) &&
    typeof value.url === 'string' &&
    typeof value.content === 'string' &&
    typeof value.language === 'string' &&
    isPlainObject(value.meta) &&
    isPlainObject(value.filters) &&
    isPlainObject(value.sort)
  );
}

/** Records by `recordKey`, one small file each, so a run reads only the records it needs. */
export class RecordCache {
  private readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'records');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The record cached under `key`, or undefined. */
  get(key: string): SearchRecord | undefined {
    try {
      const record: unknown = JSON.parse(readFileSync(this.fileOf(key), 'utf8'));
      return isSearchRecord(record) ? record : undefined;
    } catch {
      return undefined;
    }
  }

  put(key: string, record: SearchRecord): void {
    try {
      writeAtomically(this.fileOf(key), JSON.stringify(record));
    } catch {
      // A read-only checkout just runs without the cache.
    }
  }

  /** Deletes every record not in `keep` (the full build's records, and whatever the delta needs of them). */
  prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!keep.has(name.replace(/\.json$/, ''))) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
