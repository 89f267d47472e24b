import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  cropRatios,
  findCroppedHero,
  heroCropPath,
  heroCropUrls,
  heroCrops,
  isCropRatio,
  renderHeroCrop,
} from '@/lib/media/hero-crops';
import { siteConfig } from '@/lib/config/site-config';

describe('hero crop URLs', () => {
  it('name the ratio and the source file, always as .jpg', () => {
    expect(heroCropPath('/images/2024/summit.jpg', '4x3')).toBe('/crops/4x3/images/2024/summit.jpg');
    expect(heroCropPath('/images/2024/chart.png', '1x1')).toBe('/crops/1x1/images/2024/chart.jpg');
    expect(heroCropUrls('/images/a.jpg')).toEqual([
      `${siteConfig.url}/crops/16x9/images/a.jpg`,
      `${siteConfig.url}/crops/4x3/images/a.jpg`,
      `${siteConfig.url}/crops/1x1/images/a.jpg`,
    ]);
  });

  it('are all at least 1200 px wide in the three ratios Google asks for', () => {
    for (const ratio of cropRatios) {
      const { width, height } = heroCrops[ratio];
      expect(width).toBeGreaterThanOrEqual(1200);
      const [w, h] = ratio.split('x').map(Number);
      expect(width / height).toBeCloseTo((w ?? 0) / (h ?? 1), 2);
    }
  });

  it('only resolve to a known hero', () => {
    const heroes = ['/images/2024/summit.jpg', '/images/2026/chart.png'];
    expect(findCroppedHero(heroes, ['images', '2024', 'summit.jpg'])).toBe('/images/2024/summit.jpg');
    expect(findCroppedHero(heroes, ['images', '2026', 'chart.jpg'])).toBe('/images/2026/chart.png');
    expect(findCroppedHero(heroes, ['images', 'authors', 'someone.jpg'])).toBeUndefined();
    expect(findCroppedHero(heroes, ['..', '..', 'etc', 'passwd'])).toBeUndefined();
    expect(isCropRatio('4x3')).toBe(true);
    expect(isCropRatio('5x4')).toBe(false);
    expect(isCropRatio('toString')).toBe(false);
  });
});

describe('renderHeroCrop', () => {
  it('makes a JPEG of exactly the crop size from a 1600x900 hero', async () => {
    for (const ratio of cropRatios) {
      const meta = await sharp(await renderHeroCrop('/images/2024/trilateral-summit.jpg', ratio)).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: 'jpeg',
        ...heroCrops[ratio],
      });
    }
  });
});
