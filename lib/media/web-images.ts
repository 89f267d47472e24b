/**
 * The image files editors may publish under public/images: the formats every browser the site
 * supports shows after next/image resizes them, with the media type each is served as. The checker
 * accepts exactly these (lib/checks/article-rules.ts), and app/images serves exactly these.
 */

/** Image type (as image-size names it, and as the file extension) → media type. */
export const WEB_IMAGE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** Whether `type` (e.g. `jpg`) is a web image type. */
export function isWebImageType(type: string): boolean {
  return Object.hasOwn(WEB_IMAGE_MEDIA_TYPES, type);
}

/** A file under public/images a request may name: its path relative to public/ and its media type. */
export type PublishedImage = { relativePath: string; contentType: string };

/** One path segment of an image: letters, digits, `.`, `_` and `-`, not starting with a dot. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The image `/images/<segments…>` names, or undefined: every segment plain (no `..`, no hidden
 * files, nothing encoded), and the last one ending in a web image extension (`.jpg`, `.jpeg` as jpg).
 */
export function resolvePublishedImage(segments: readonly string[]): PublishedImage | undefined {
  if (segments.length === 0 || segments.length > 8 || !segments.every((s) => SEGMENT.test(s))) return undefined;
  const name = segments[segments.length - 1] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const type = extension === 'jpeg' ? 'jpg' : extension;
  if (type === undefined || !isWebImageType(type)) return undefined;
  return { relativePath: ['images', ...segments].join('/'), contentType: WEB_IMAGE_MEDIA_TYPES[type] ?? '' };
}
