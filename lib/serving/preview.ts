/**
 * Preview for editors: on the production server, `/api/preview?secret=…&path=…` turns on Next's draft
 * mode for that browser, and pages then show drafts and scheduled articles, with a banner and
 * `noindex`. Readers never see any of it.
 */
import { draftMode } from 'next/headers';
import { previewSecret } from '../config/site-config';
import { hasControlCharacter } from './request-guard';
import { secretsMatch } from './secret';

/** True when `given` is the preview secret (compared in constant time); always false when preview is off. */
export function isPreviewSecret(given: string | null | undefined, secret: string | undefined = previewSecret): boolean {
  return secretsMatch(given ?? undefined, secret);
}

const BASE = 'http://site.invalid';

/**
 * `raw` as a path on this site (`/world/some-story`, with any query), or undefined when it is
 * anything else — another origin (`//evil.example`, `https://…`, `/\evil.example`), a relative path,
 * or text with control characters — so preview can never redirect off the site. Missing means `/`.
 */
export function sitePath(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw === '') return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\s]/.test(raw) || hasControlCharacter(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** True when the current request comes from an editor in preview (Next draft mode). */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}
