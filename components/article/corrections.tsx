import type { Correction } from '@/lib/content/articles';
import { formatDate } from '@/lib/format/dates';

type Props = {
  /** Oldest first. */
  corrections: readonly Correction[];
};

/** The corrections box at the foot of an article: what was wrong, and when it was put right. */
export function Corrections({ corrections }: Props) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-10 border-l-4 border-accent bg-rule/25 px-5 py-4">
      <h2 id="corrections-heading" className="font-sans text-lg font-bold">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={`${correction.date}|${correction.text}`}>
            <time dateTime={correction.date} className="font-semibold">
              {formatDate(correction.date)}
            </time>
            : {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
