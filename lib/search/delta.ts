/**
 * What the delta bundle must hold (lib/search/bundle.ts): pure functions over what the main bundle
 * holds — its manifest, written by the full build — and the records the content store makes now.
 * scripts/build-search-index.ts reads both and writes the result.
 */
import type { Superseded } from './bundle';
import { isPlainObject } from '../format/json';

/** One record of the main bundle: its key (`sourceKey`: what it was made from) and its Pagefind name. */
export type ManifestRecord = { key: string; page: string };

/** What the main bundle holds, written beside it by the full build (`.pagefind/records-manifest.json`). */
export type BundleManifest = {
  /** The code that made its records (scripts/build-search-index.ts, `codeVersion`). */
  codeVersion: string;
  /** When the content it was built from was read, ISO 8601. */
  builtAt: string;
  /** By URL. */
  records: Record<string, ManifestRecord>;
};

/** A record the content store makes now: its article's URL and the key of what it is made from. */
export type CurrentRecord = { url: string; key: string };

export type DeltaPlan = {
  /** URLs whose records go into the delta: added since the main bundle, or changed. In the order given. */
  changed: string[];
  /** The main bundle's records readers must no longer get: changed ones and ones no longer published. */
  superseded: Superseded;
};

/**
 * The delta between the main bundle (`main`) and the records of every article published now
 * (`current`). Computed afresh each time, not added to: an article changed twice since the main
 * bundle is in the delta once, as it is now, and one added and then taken down is in neither list.
 */
export function planDelta(
  main: Readonly<Record<string, ManifestRecord>>,
  current: readonly CurrentRecord[],
): DeltaPlan {
  const changed: string[] = [];
  const superseded: Superseded = { pages: [], urls: [] };
  const published = new Set<string>();
  for (const { url, key } of current) {
    published.add(url);
    const before = Object.hasOwn(main, url) ? main[url] : undefined;
    if (before?.key === key) continue;
    changed.push(url);
    if (before) {
      superseded.pages.push(before.page);
      superseded.urls.push(url);
    }
  }
  for (const [url, { page }] of Object.entries(main)) {
    if (published.has(url)) continue;
    superseded.pages.push(page);
    superseded.urls.push(url);
  }
  return { changed, superseded };
}

/** True when the delta has nothing in it: the main bundle is current. */
export function isEmptyDelta(plan: DeltaPlan): boolean {
  return plan.changed.length === 0 && plan.superseded.pages.length === 0;
}

function isManifestRecord(value: unknown): value is ManifestRecord {
  return isPlainObject(value) && typeof value.key === 'string' && typeof value.page === 'string';
}

/** A manifest as parsed JSON, checked; undefined when it is not one (then only a full build can help). */
export function parseManifest(value: unknown): BundleManifest | undefined {
  if (!isPlainObject(value) || !isPlainObject(value.records)) return undefined;
  const { codeVersion, builtAt } = value;
  if (typeof codeVersion !== 'string' || typeof builtAt !== 'string') return undefined;
  const records: Record<string, ManifestRecord> = {};
  for (const [url, record] of Object.entries(value.records)) {
    if (!isManifestRecord(record)) return undefined;
    records[url] = record;
  }
  return { codeVersion, builtAt, records };
}
