/** "4 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** A tag slug as readers see it: "north-korea" → "north korea". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
