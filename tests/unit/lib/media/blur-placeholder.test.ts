import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blurPlaceholder, PLACEHOLDER_WIDTH } from '@/lib/media/blur-placeholder';

const hero = `/images/2024/${readdirSync(path.join(process.cwd(), 'public/images/2024')).find((f) => f.endsWith('.jpg'))}`;

describe('blur placeholder', () => {
  it('is a tiny WebP data URL of the image, in its proportions', async () => {
    const url = await blurPlaceholder(hero);
    expect(url).toMatch(/^data:image\/webp;base64,/);
    expect(url.length).toBeLessThan(400);
    const image = sharp(Buffer.from(url.split(',')[1]!, 'base64'));
    const { width, height, format } = await image.metadata();
    const original = await sharp(path.join(process.cwd(), 'public', hero)).metadata();
    expect(format).toBe('webp');
    expect(width).toBe(PLACEHOLDER_WIDTH);
    expect(height).toBe(Math.round((PLACEHOLDER_WIDTH * original.height!) / original.width!));
  });

  it('names the file it cannot read', async () => {
    await expect(blurPlaceholder('/images/none/missing.jpg')).rejects.toThrow('public/images/none/missing.jpg');
  });
});
