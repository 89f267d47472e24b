import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when `given` equals `expected`, compared in constant time. Both are hashed first, so neither
 * the content nor the length of the secret can be learned from how long the comparison takes.
 * Always false when no secret is configured.
 */
export function secretsMatch(given: string | undefined, expected: string | undefined): boolean {
  if (expected === undefined || expected === '') return false;
  const a = createHash('sha256')
    .update(given ?? '')
    .digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given !== undefined;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}
