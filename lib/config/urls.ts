/**
 * The shapes of the site's addresses, written once: every page, feed and link builds its path here.
 */
import { siteConfig } from './site-config';

/** The absolute URL of a site path, built from the one configured site URL. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString();
}
