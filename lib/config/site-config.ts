/**
 * Site-wide facts in one place. Environment variables are read and checked here and nowhere else.
 */

/** Reads `SITE_URL` and checks it is an absolute http(s) URL; no trailing slash. */
function readSiteUrl(value: string | undefined): string {
  const raw = value && value.trim() !== '' ? value.trim() : 'http://localhost:3000';
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.com (got "${raw}")`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https (got "${raw}")`);
  }
  return parsed.origin;
}

/** Reads a non-negative whole number from the environment, or the default. */
function readCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0 (got "${value}")`);
  return n;
}

/** Reads a whole number ≥ 1 from the environment, or the default. */
function readPositiveCount(name: string, value: string | undefined, fallback: number): number {
  const n = readCount(name, value, fallback);
  if (n < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${value}")`);
  return n;
}

/** The poll interval of open live pages a production site may use, in seconds (`LIVE_POLL_SECONDS`). */
export const LIVE_POLL_RANGE = { min: 15, max: 30, default: 20 } as const;

/**
 * Reads `LIVE_POLL_SECONDS`: how often an open live page asks for updates. Every open tab polls this
 * often, so a production site stays within LIVE_POLL_RANGE; a shorter interval (down to 1 s) is
 * accepted with a warning, for the end-to-end tests only. Above the range is an error.
 */
export function readLivePollSeconds(value: string | undefined): number {
  const n = readPositiveCount('LIVE_POLL_SECONDS', value, LIVE_POLL_RANGE.default);
  if (n > LIVE_POLL_RANGE.max) {
    throw new Error(`LIVE_POLL_SECONDS must be at most ${LIVE_POLL_RANGE.max} (got "${value}")`);
  }
  if (n < LIVE_POLL_RANGE.min) {
    console.warn(`LIVE_POLL_SECONDS=${n} is below ${LIVE_POLL_RANGE.min} s: for tests only, never in production`);
  }
  return n;
}

/** Shortest PREVIEW_SECRET accepted: long enough that guessing it is hopeless. */
export const MIN_PREVIEW_SECRET_LENGTH = 16;

/**
 * Reads `PREVIEW_SECRET`, the secret that opens preview (draft mode) on the production server.
 * Unset means preview is off. A secret too short to be safe also switches preview off (with an error
 * in the log) rather than taking the site down.
 */
export function readPreviewSecret(value: string | undefined): string | undefined {
  const secret = value?.trim();
  if (!secret) return undefined;
  if (secret.length < MIN_PREVIEW_SECRET_LENGTH) {
    console.error(
      `PREVIEW_SECRET is shorter than ${MIN_PREVIEW_SECRET_LENGTH} characters: preview is switched off (make one with \`openssl rand -hex 32\`)`,
    );
    return undefined;
  }
  return secret;
}

/**
 * The preview secret, or undefined when preview is off. Kept out of `siteConfig` so that it can never
 * be passed to a component or serialised with the rest of the configuration.
 */
export const previewSecret: string | undefined = readPreviewSecret(process.env.PREVIEW_SECRET);

/**
 * The file in content/ that holds the breaking-news line (docs/editors.md#breaking-news). Not a
 * contentlayer document: contentlayer.config.ts and scripts/content-build.ts leave it out.
 */
export const BREAKING_NEWS_FILE_NAME = 'breaking.yml';

/**
 * Where the server reads the breaking-news line while it runs (`BREAKING_NEWS_FILE`), relative to its
 * working folder unless absolute. The default is the project's content/breaking.yml: `next dev` runs
 * in the project, and the standalone server's folder links `content` to the project's
 * (scripts/standalone-assets.ts), so a `git pull` of the content is all it takes.
 */
export function readBreakingNewsFile(value: string | undefined): string {
  const file = value?.trim();
  return file ? file : `content/${BREAKING_NEWS_FILE_NAME}`;
}

export const siteConfig = {
  name: 'The Meridian',
  description: 'Independent reporting on world affairs, politics, business, technology, science, culture and sport.',
  url: readSiteUrl(process.env.SITE_URL),
  locale: 'en_GB',
  language: 'en',
  /** The newsroom's home time zone: dates are shown to readers in it. */
  timeZone: 'America/New_York',
  publisher: 'Meridian News',
  copyrightHolder: 'Meridian News',
  /**
   * Drafts and scheduled articles are visible in `next dev`; the production server shows them only to
   * editors in preview.
   */
  showDrafts: process.env.NODE_ENV !== 'production',
  /**
   * Pages reach the browser without the framework's scripts (lib/serving/page-delivery.ts) in
   * production; `next dev` keeps them, as its reloading runs on them.
   */
  frameworkFreePages: process.env.NODE_ENV === 'production',
  /** Re-read the content index when contentlayer rewrites it (`next dev` beside `contentlayer2 dev`). */
  reloadContent: process.env.NODE_ENV === 'development',
  /**
   * How many of the newest articles are prerendered at build (`PRERENDER_ARTICLES`, default 50: the
   * stories most readers arrive at). Older ones render on their first request and are then
   * cached like the rest, so build time stays flat however large the archive grows (lib/content/prerender.ts).
   */
  prerenderArticles: readCount('PRERENDER_ARTICLES', process.env.PRERENDER_ARTICLES, 50),
  /**
   * Stories per page on section, tag and author listings (`LISTING_PAGE_SIZE`, default 20). Fixed at
   * build time (next.config.mjs inlines it), so pages rendered later by the server agree with the
   * prerendered ones. The end-to-end build sets it to 1 so the ten example stories span several pages.
   */
  listingPageSize: readPositiveCount('LISTING_PAGE_SIZE', process.env.LISTING_PAGE_SIZE, 20),
  /**
   * Articles per contentlayer run in `npm run content` (`CONTENT_SHARD_SIZE`, default 2,000; see
   * lib/content/shards.ts). A run of this size needs well under 1 GB; tests set it low.
   */
  contentShardSize: readPositiveCount('CONTENT_SHARD_SIZE', process.env.CONTENT_SHARD_SIZE, 2000),
  /**
   * Seconds between an open live page's requests for updates (`LIVE_POLL_SECONDS`, default 20,
   * 15–30 in production; see `readLivePollSeconds`). Fixed at build time (next.config.mjs inlines it);
   * the page gives it to its module as `data-live-poll-seconds`.
   */
  livePollSeconds: readLivePollSeconds(process.env.LIVE_POLL_SECONDS),
  /** Later pages (2, 3, …) of each listing prerendered at build: none; they render on first request. */
  prerenderListingPages: 0,
  /**
   * The breaking-news line's file as the server reads it, re-read within a second of a change
   * (lib/serving/breaking-news-file.ts); see `readBreakingNewsFile`.
   */
  breakingNewsFile: readBreakingNewsFile(process.env.BREAKING_NEWS_FILE),
  footerLinks: [
    { href: '/authors', label: 'Our journalists' },
    { href: '/tags', label: 'Topics' },
    { href: '/search', label: 'Search' },
    { href: '/corrections', label: 'Corrections' },
  ],
} as const;

export type SiteConfig = typeof siteConfig;

/** Shortest `REVALIDATE_SECRET` accepted; a shorter one leaves revalidation switched off. */
export const MIN_REVALIDATE_SECRET_LENGTH = 16;

/**
 * The shared secret `POST /api/revalidate` requires (`REVALIDATE_SECRET`), read when called so it
 * is never baked into a build. Undefined — revalidation refused — when unset or too short.
 */
export function revalidateSecret(value: string | undefined = process.env.REVALIDATE_SECRET): string | undefined {
  const secret = value?.trim() ?? '';
  return secret.length >= MIN_REVALIDATE_SECRET_LENGTH ? secret : undefined;
}
