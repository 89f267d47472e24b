/**
 * The one reader of image pixel sizes, for the content checker (the 1200 px rule) and for pages
 * (the width and height they reserve), so both see the image the same way up.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type Dimensions = { width: number; height: number };

/** What an image file's header says: its format (`jpg`, `png`, `webp`, …) and its size as displayed. */
export type ImageHeader = Dimensions & { type: string };

/**
 * EXIF orientations 5 to 8 store the picture turned a quarter turn: a camera held upright writes a
 * landscape grid of pixels and orientation 6 or 8. Browsers (and next/image) show it upright.
 */
function isQuarterTurned(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5 && orientation <= 8;
}

/**
 * The format and displayed pixel size of the image in `bytes` (the whole file, or enough of its
 * start to hold the header), with EXIF orientation applied: for orientations 5–8 width and height
 * are swapped, as browsers show the image. Undefined when the bytes are not an image it can read.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  try {
    const size = imageSize(bytes);
    if (!size.type || !size.width || !size.height) return undefined;
    const turned = isQuarterTurned(size.orientation);
    return { type: size.type, width: turned ? size.height : size.width, height: turned ? size.width : size.height };
  } catch {
    return undefined;
  }
}

/**
 * The displayed pixel size of the image file at `file` (an absolute path), orientation applied.
 * Throws, naming the file, when it is missing or not an image.
 */
export function readImageDimensions(file: string): Dimensions {
  const header = readImageHeader(readFileSync(file));
  if (!header) throw new Error(`Cannot read the pixel size of ${file}`);
  return { width: header.width, height: header.height };
}

const cache = new Map<string, Dimensions>();

/**
 * The displayed pixel size of an image under `public/` (`src` like `/images/2024/x.jpg`), read from
 * the file's header so pages can reserve its space; EXIF orientation is applied, as in the content
 * checker. Throws, naming the file, when it is missing or not an image; the content checker reports
 * those cases first with the article named.
 */
export function imageDimensions(src: string): Dimensions {
  // Scoped to public/ so the bundler's file tracing stays within that folder.
  const file = path.join(process.cwd(), 'public', src);
  const cached = cache.get(file);
  if (cached) return cached;
  const dims = readImageDimensions(file);
  cache.set(file, dims);
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
