import type { Correction } from '@/lib/content/articles';
import { correctionAnchor, correctionsPath } from '@/lib/config/urls';
import { formatDate } from '@/lib/format/dates';

type Props = {
  /** Oldest first. */
  corrections: readonly Correction[];
};

/**
 * The corrections box at the foot of an article: what was wrong, and when it was put right. Each
 * correction has a stable id (`correction-<n>`, oldest first) that the corrections log links to.
 */
export function Corrections({ corrections }: Props) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-10 border-l-4 border-accent bg-rule/25 px-5 py-4">
      <h2 id="corrections-heading" className="font-sans text-lg font-bold">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction, index) => (
          <li key={`${correction.date}|${correction.text}`} id={correctionAnchor(index + 1)} className="scroll-mt-4">
            <time dateTime={correction.date} className="font-semibold">
              {formatDate(correction.date)}
            </time>
            : {correction.text}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <a
          href={correctionsPath}
          className="inline-flex min-h-6 items-center text-ink underline-offset-2 hover:underline"
        >
          All corrections
        </a>
      </p>
    </section>
  );
}
