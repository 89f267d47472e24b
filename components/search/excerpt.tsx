import type { Segment } from '@/lib/search/highlight';

type Props = {
  segments: readonly Segment[];
};

/** Text with the words that matched a search in `<mark>`. */
export function Excerpt({ segments }: Props) {
  return (
    <>
      {segments.map((s, i) =>
        s.marked ? (
          <mark key={i} className="rounded-sm bg-highlight px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
