import { describe, expect, it } from 'vitest';
import { isWebImageType, resolvePublishedImage } from '@/lib/media/web-images';

describe('published images', () => {
  it('resolves a web image under public/images with its media type', () => {
    expect(resolvePublishedImage(['2026', 'harbour.jpg'])).toEqual({
      relativePath: 'images/2026/harbour.jpg',
      contentType: 'image/jpeg',
    });
    expect(resolvePublishedImage(['2026', 'Harbour.JPEG'])?.contentType).toBe('image/jpeg');
    expect(resolvePublishedImage(['a.webp'])?.contentType).toBe('image/webp');
    expect(resolvePublishedImage(['authors', 'ann-lee.png'])?.contentType).toBe('image/png');
  });

  it.each([
    [[]],
    [['..', 'secret.jpg']],
    [['2026', '.hidden.jpg']],
    [['2026', 'a%2F..jpg']],
    [['2026', 'drawing.svg']],
    [['2026', 'notes.txt']],
    [['2026', 'no-extension']],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i.jpg']],
  ])('refuses %j', (segments) => {
    expect(resolvePublishedImage(segments)).toBeUndefined();
  });

  it('knows the types the checker accepts', () => {
    expect(['jpg', 'png', 'webp', 'avif'].every(isWebImageType)).toBe(true);
    expect(isWebImageType('gif')).toBe(false);
    expect(isWebImageType('constructor')).toBe(false);
  });
});
