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
    console.error(`PREVIEW_SECRET is shorter than ${MIN_PREVIEW_SECRET_LENGTH} characters: preview is switched off (make one with \`openssl rand -hex 32\`)`);
    return undefined;
  }
  return secret;
}

/**
 * The preview secret, or undefined when preview is off. Kept out of `siteConfig` so that it can never
 * be passed to a component or serialised with the rest of the configuration.
 */
export const previewSecret: string | undefined = readPreviewSecret(process.env.PREVIEW_SECRET);

export const siteConfig = {
  name: 'The Meridian',
  description:
    'Independent reporting on world affairs, politics, business, technology, science, culture and sport.',
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
  footerLinks: [
    { href: '/authors', label: 'Our journalists' },
    { href: '/tags', label: 'Topics' },
  ],
} as const;

export type SiteConfig = typeof siteConfig;
