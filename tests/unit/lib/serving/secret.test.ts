import { describe, expect, it } from 'vitest';
import { bearerToken, secretsMatch } from '@/lib/serving/secret';
import { MIN_REVALIDATE_SECRET_LENGTH, revalidateSecret } from '@/lib/config/site-config';

describe('secretsMatch', () => {
  const secret = 'correct horse battery staple';

  it('accepts the exact secret', () => {
    expect(secretsMatch(secret, secret)).toBe(true);
  });

  it('refuses a wrong, shorter, longer, differently cased or missing secret', () => {
    for (const given of ['wrong', secret.slice(0, -1), `${secret}!`, secret.toUpperCase(), '', undefined]) {
      expect(secretsMatch(given, secret), String(given)).toBe(false);
    }
  });

  it('refuses everything when no secret is configured', () => {
    expect(secretsMatch('', '')).toBe(false);
    expect(secretsMatch(undefined, undefined)).toBe(false);
    expect(secretsMatch('anything', undefined)).toBe(false);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer authorization header, scheme in any case', () => {
    expect(bearerToken('Bearer abc.def-123')).toBe('abc.def-123');
    expect(bearerToken('bearer abc')).toBe('abc');
  });

  it('returns undefined for a missing header, another scheme or a malformed value', () => {
    for (const header of [null, '', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'Bearerabc']) {
      expect(bearerToken(header), String(header)).toBeUndefined();
    }
  });
});

describe('revalidateSecret', () => {
  it('is the configured value, trimmed', () => {
    expect(revalidateSecret('  0123456789abcdef  ')).toBe('0123456789abcdef');
  });

  it(`is undefined when unset, blank or shorter than ${MIN_REVALIDATE_SECRET_LENGTH} characters`, () => {
    expect(revalidateSecret(undefined)).toBeUndefined();
    expect(revalidateSecret('   ')).toBeUndefined();
    expect(revalidateSecret('x'.repeat(MIN_REVALIDATE_SECRET_LENGTH - 1))).toBeUndefined();
  });
});
