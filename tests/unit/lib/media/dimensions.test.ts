import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '@/lib/checks/article-rules';
import { checkContent } from '@/lib/checks/runner';
import { imageDimensions, readImageDimensions, readImageHeader } from '@/lib/media/dimensions';

const CLEAN = path.resolve('tests/fixtures/content-clean');

let site: string;

/** A JPEG stored 1600 × 900 whose EXIF says "turn a quarter turn": shown 900 wide, 1600 high. */
async function sidewaysPortrait(orientation: number): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
    .jpeg()
    .withMetadata({ orientation })
    .toBuffer();
}

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'dimensions-'));
  cpSync(CLEAN, site, { recursive: true });
  writeFileSync(path.join(site, 'public/images/sideways.jpg'), await sidewaysPortrait(6));
  writeFileSync(path.join(site, 'public/images/upright.jpg'), await sidewaysPortrait(1));
  const article = path.join(site, 'content/articles/2026/harbour-vote.mdx');
  const text = readFileSync(article, 'utf8');
  writeFileSync(
    article,
    `${text}\n<Figure src="/images/sideways.jpg" alt="A portrait of the harbour master on the quay" caption="The harbour master." credit="Photograph: Ann Lee" />\n`,
  );
});

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readImageHeader', () => {
  it('swaps width and height for EXIF orientations 5 to 8, as browsers show the image', async () => {
    const stored = await sharp(await sidewaysPortrait(6)).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([1600, 900, 6]);
    for (const orientation of [5, 6, 7, 8]) {
      expect(readImageHeader(await sidewaysPortrait(orientation))).toEqual({ type: 'jpg', width: 900, height: 1600 });
    }
    for (const orientation of [1, 2, 3, 4]) {
      expect(readImageHeader(await sidewaysPortrait(orientation))).toEqual({ type: 'jpg', width: 1600, height: 900 });
    }
  });

  it('is undefined for bytes that are not an image', () => {
    expect(readImageHeader(Buffer.from('not an image'))).toBeUndefined();
  });
});

describe('one reader for the checker and the pages', () => {
  it('pages reserve the displayed size of a sideways portrait', () => {
    expect(readImageDimensions(path.join(site, 'public/images/sideways.jpg'))).toEqual({ width: 900, height: 1600 });
    vi.spyOn(process, 'cwd').mockReturnValue(site);
    expect(imageDimensions('/images/sideways.jpg')).toEqual({ width: 900, height: 1600 });
    expect(imageDimensions('/images/upright.jpg')).toEqual({ width: 1600, height: 900 });
  });

  it('the checker measures the same width the page reserves, and refuses it as too narrow', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(site);
    const { width } = imageDimensions('/images/sideways.jpg');
    vi.restoreAllMocks();
    const report = await checkContent(site, { now: new Date('2026-11-15T12:00:00Z'), since: false, cache: false });
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/articles/2026/harbour-vote\\.mdx:\\d+:1: Figure\\.src: public/images/sideways\\.jpg is ${width} px wide; `,
        ),
      ),
    ]);
    expect(width).toBe(900);
  });
});
