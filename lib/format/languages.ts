/**
 * Languages named by BCP 47 codes (`en`, `es`, `pt-BR`), as readers see them ("English", "Spanish",
 * "Brazilian Portuguese"): the checker, the author page and the Person JSON-LD share these.
 */
import { siteConfig } from '../config/site-config';

/** A tag's shape: a language subtag, then optional script, region or variant subtags. */
export const LANGUAGE_CODE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

// Named in the site's own language, and no name rather than the code itself for a code ICU does not know.
const displayNames = new Intl.DisplayNames([siteConfig.language], { type: 'language', fallback: 'none' });

/** The canonical form of a well-formed code (`en-gb` → `en-GB`), or undefined when it is not one. */
export function canonicalLanguageCode(code: string): string | undefined {
  if (!LANGUAGE_CODE_PATTERN.test(code)) return undefined;
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

/** The language's name in the site's language ("Spanish" for `es`), or undefined for a code no one has given a name. */
export function languageName(code: string): string | undefined {
  const canonical = canonicalLanguageCode(code);
  return canonical === undefined ? undefined : displayNames.of(canonical);
}
