/** Words a typical adult reads per minute of news prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * Counts the words a reader sees in an MDX body: JSX tags, attributes, link targets, heading and
 * list markers are not words; the text inside components (a pull quote, a caption) is.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
