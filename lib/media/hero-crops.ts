/**
 * Crops of an article's hero in the three aspect ratios Google asks for in NewsArticle structured
 * data (16:9, 4:3 and 1:1), each 1,200 px wide. They are made on request from the file in public/
 * by `app/crops/[ratio]/[...image]/route.ts` and cached by browsers and CDNs for a year.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { absoluteUrl } from '../config/urls';

export const heroCrops = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CropRatio = keyof typeof heroCrops;

/** The ratios in the order they are listed in JSON-LD: widest first. */
export const cropRatios: readonly CropRatio[] = ['16x9', '4x3', '1x1'];

/** True when `value` names one of the crops, e.g. "4x3". */
export function isCropRatio(value: string): value is CropRatio {
  return Object.hasOwn(heroCrops, value);
}

function withoutExtension(src: string): string {
  return src.replace(/\.[A-Za-z0-9]+$/, '');
}

/** Site path of one crop of the hero at `src`: `/images/2024/x.jpg` → `/crops/4x3/images/2024/x.jpg`. */
export function heroCropPath(src: string, ratio: CropRatio): string {
  return `/crops/${ratio}${withoutExtension(src)}.jpg`;
}

/** Absolute URLs of the three crops, widest ratio first. */
export function heroCropUrls(src: string): string[] {
  return cropRatios.map((ratio) => absoluteUrl(heroCropPath(src, ratio)));
}

/**
 * The hero among `heroSrcs` whose crop lives at `/crops/<ratio>/<segments…>`, or undefined: only
 * the heroes of published articles are cropped, never an arbitrary file.
 */
export function findCroppedHero(heroSrcs: Iterable<string>, segments: readonly string[]): string | undefined {
  const requested = `/${segments.join('/')}`;
  for (const src of heroSrcs) {
    if (`${withoutExtension(src)}.jpg` === requested) return src;
  }
  return undefined;
}

/**
 * Crops and scales the hero at `src` (a path under public/) to `ratio`, keeping the most
 * interesting region (sharp's attention strategy), as a progressive JPEG.
 */
export async function renderHeroCrop(src: string, ratio: CropRatio): Promise<Buffer> {
  const { width, height } = heroCrops[ratio];
  const input = await readFile(path.join(process.cwd(), 'public', src));
  return sharp(input)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
    .jpeg({ quality: 80, progressive: true, mozjpeg: true })
    .toBuffer();
}
