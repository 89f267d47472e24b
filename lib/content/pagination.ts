/**
 * Pagination for listing pages (section, tag, author): pure functions, so every listing splits,
 * numbers and links its pages the same way. Page 1 lives at the listing's own address
 * (`/world`); later pages at `/world/page/2`, `/world/page/3`, … (`listingPagePath` in
 * lib/config/urls.ts).
 */

/** One page of a listing. */
export type Page<T> = {
  items: T[];
  /** 1-based number of this page. */
  page: number;
  /** Number of pages; at least 1 (an empty listing still has its first page). */
  totalPages: number;
  totalItems: number;
  pageSize: number;
};

/** How many pages `totalItems` fill at `pageSize` a page; never less than 1. */
export function pageCount(totalItems: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a whole number ≥ 1 (got ${pageSize})`);
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/**
 * Page `page` (1-based) of `items`, or undefined when there is no such page. The first page always
 * exists, even for an empty listing; any page past the last does not (it is a 404).
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, totalPages, totalItems: items.length, pageSize };
}

/** What a `/…/page/<param>` address means. */
export type PageParam =
  | { kind: 'page'; page: number }
  /** `/…/page/1`: the first page has one address, the listing's own; send readers there. */
  | { kind: 'first' }
  /** Not a page number as we write them (`0`, `02`, `-1`, `2.5`, `two`): a 404. */
  | { kind: 'invalid' };

/**
 * Reads the `<param>` of `/…/page/<param>`. Only canonical numbers ≥ 2 name a page there; `1`
 * redirects to the listing's own address so page 1 never has two URLs.
 */
export function parsePageParam(param: string): PageParam {
  if (!/^[1-9][0-9]{0,5}$/.test(param)) return { kind: 'invalid' };
  const page = Number(param);
  return page === 1 ? { kind: 'first' } : { kind: 'page', page };
}

/**
 * The page numbers to link from page `current` of `total`: the first, the last, and `span` either
 * side of the current one, with `'gap'` where numbers are left out. Bounded however many pages
 * there are, so a listing page stays small.
 */
export function pageWindow(current: number, total: number, span = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, total]);
  for (let p = current - span; p <= current + span; p++) if (p >= 1 && p <= total) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) out.push(p - 1);
    else if (p - previous > 2) out.push('gap');
    out.push(p);
    previous = p;
  }
  return out;
}

/**
 * The later pages (2, 3, …) of a listing to prerender at build: at most `limit` of them. Pages
 * past those render on their first request and are cached, so the build does not grow with the
 * archive.
 */
export function laterPagesToPrerender(totalPages: number, limit: number): number[] {
  const last = Math.min(totalPages, limit + 1);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => i + 2);
}
