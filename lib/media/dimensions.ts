import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type Dimensions = { width: number; height: number };

const cache = new Map<string, Dimensions>();

/**
 * The pixel size of an image under `public/` (`src` like `/images/2024/x.jpg`), read from the
 * file's header so pages can reserve its space. Throws, naming the file, when it is missing or not
 * an image; the content checker reports those cases first with the article named.
 */
export function imageDimensions(src: string): Dimensions {
  const cached = cache.get(src);
  if (cached) return cached;
  // Scoped to public/ so the bundler's file tracing stays within that folder.
  const file = path.join(process.cwd(), 'public', src);
  const size = imageSize(readFileSync(file));
  if (!size.width || !size.height) throw new Error(`Cannot read the pixel size of ${file}`);
  const dims = { width: size.width, height: size.height };
  cache.set(src, dims);
  return dims;
}

const byteLengths = new Map<string, number>();

/** The size in bytes of a file under `public/` (`src` like `/images/2024/x.jpg`), e.g. for an RSS enclosure. */
export function imageByteLength(src: string): number {
  let bytes = byteLengths.get(src);
  if (bytes === undefined) {
    bytes = statSync(path.join(process.cwd(), 'public', src)).size;
    byteLengths.set(src, bytes);
  }
  return bytes;
}
