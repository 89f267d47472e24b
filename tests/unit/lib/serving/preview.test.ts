import { describe, expect, it, vi } from 'vitest';
import { isPreviewSecret, sitePath } from '@/lib/serving/preview';
import { readPreviewSecret } from '@/lib/config/site-config';

const SECRET = 'a-long-enough-preview-secret';

describe('isPreviewSecret', () => {
  it('accepts exactly the configured secret', () => {
    expect(isPreviewSecret(SECRET, SECRET)).toBe(true);
  });

  it('refuses a wrong, partial, longer or missing secret', () => {
    for (const given of ['wrong', SECRET.slice(0, -1), `${SECRET}x`, SECRET.toUpperCase(), '', null, undefined]) {
      expect(isPreviewSecret(given, SECRET)).toBe(false);
    }
  });

  it('refuses everything when preview is switched off', () => {
    expect(isPreviewSecret(SECRET, undefined)).toBe(false);
    expect(isPreviewSecret('', undefined)).toBe(false);
  });
});

describe('readPreviewSecret', () => {
  it('switches preview off when the secret is unset or too short to be safe', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readPreviewSecret(undefined)).toBeUndefined();
    expect(readPreviewSecret('   ')).toBeUndefined();
    expect(readPreviewSecret('short')).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('PREVIEW_SECRET is shorter than 16 characters'));
    expect(readPreviewSecret(` ${SECRET} `)).toBe(SECRET);
    log.mockRestore();
  });
});

describe('sitePath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(sitePath('/technology/draft-smart-meters-preview')).toBe('/technology/draft-smart-meters-preview');
    expect(sitePath('/world?page=2')).toBe('/world?page=2');
    expect(sitePath(null)).toBe('/');
    expect(sitePath('')).toBe('/');
  });

  it('refuses anything that could lead off the site', () => {
    for (const raw of [
      '//evil.example',
      '//evil.example/world',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'world/story',
      '/world\n/story',
      '/ /evil.example',
    ]) {
      expect(sitePath(raw), raw).toBeUndefined();
    }
  });
});
