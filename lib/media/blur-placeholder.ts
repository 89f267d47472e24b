/**
 * A blur placeholder for a hero image: the picture shrunk to a few pixels, as a data URL that
 * next/image paints (blurred) in the image's reserved space until the real file arrives. ~200 bytes
 * of HTML instead of an empty box on a slow phone connection.
 */
import path from 'node:path';
import sharp from 'sharp';

/** Width of the placeholder in pixels; its height keeps the image's proportions. */
export const PLACEHOLDER_WIDTH = 12;

const cache = new Map<string, Promise<string>>();

/**
 * The placeholder of `src` (a path under public/, like `/images/2024/x.jpg`), computed once per
 * process. Rejects, naming the file, when it cannot be read (the content checker reports a missing
 * or broken hero first).
 */
export function blurPlaceholder(src: string): Promise<string> {
  let placeholder = cache.get(src);
  if (!placeholder) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', src);
    placeholder = sharp(file)
      .resize({ width: PLACEHOLDER_WIDTH })
      .webp({ quality: 40 })
      .toBuffer()
      .then((buffer) => `data:image/webp;base64,${buffer.toString('base64')}`)
      .catch((error: unknown) => {
        cache.delete(src);
        throw new Error(`Cannot make a blur placeholder of ${file}: ${String(error)}`);
      });
    cache.set(src, placeholder);
  }
  return placeholder;
}
