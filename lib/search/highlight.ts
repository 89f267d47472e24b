/**
 * Highlighted text as plain data: runs of text, each marked or not. Search results render them as
 * `<mark>` without ever injecting HTML. Pure and tiny: the search page's client code uses it too.
 */

/** A run of text; `marked` runs matched the query. */
export type Segment = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Reads Pagefind's excerpt (text with matched words in `<mark>…</mark>`, other characters escaped)
 * into segments. Any other tag is dropped as text, never interpreted.
 */
export function segmentsFromMarkedHtml(html: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, marked });
    }
  }
  return segments;
}

/** Lowercased, without accents, for comparing words. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Marks the words of `text` that start with one of `terms` (already folded: lowercase, no accents).
 * "harb" marks "Harbour"; everything else is kept as it was written.
 */
export function highlightTerms(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0) return text ? [{ text, marked: false }] : [];
  const segments: Segment[] = [];
  const push = (part: string, marked: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += part;
    else segments.push({ text: part, marked });
  };
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    push(part, /^[\p{L}\p{N}]/u.test(part) && terms.some((t) => fold(part).startsWith(t)));
  }
  return segments;
}
