import type { Metadata } from 'next';
import { siteConfig } from './site-config';

/** The absolute URL of a site path, built from the one configured site URL. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString();
}

type PageMetadataInput = {
  /** The page's own title; the layout's template adds the site name unless `absoluteTitle`. */
  title: string;
  /** Use `title` as it is, without the site-name template (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /** Site-relative path of the canonical URL, e.g. /world/some-story. */
  path: string;
};

/** Title, description and canonical URL for a page. Every route builds its metadata here. */
export function pageMetadata({ title, absoluteTitle = false, description, path }: PageMetadataInput): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: absoluteUrl(path) },
  };
}
