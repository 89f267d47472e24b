import { readerText } from './reader-text';

/** Words a typical adult reads per minute of news prose. */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu;

/** The number of words in plain text: runs of letters and digits, with apostrophes, hyphens and number punctuation inside. */
export function countTextWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// contentlayer resolves the word count and the reading time of one document one after the other.
let last: { mdx: string; words: number } | undefined;

/**
 * Counts the words a reader sees in an MDX body (`readerText`): JSX tags, link targets, heading and
 * list markers are not words; the text inside components (a pull quote) and the attributes a page
 * shows (a caption, a cite, a callout's title) and alt texts are.
 */
export function countWords(mdx: string): number {
  if (last?.mdx === mdx) return last.words;
  const words = countTextWords(readerText(mdx));
  last = { mdx, words };
  return words;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
