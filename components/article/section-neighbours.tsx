import type { NeighbourArticles as Neighbours } from '@/lib/content/articles';
import type { Section } from '@/lib/config/sections';

type Props = Neighbours & {
  section: Section;
};

/** Links to the next older and next newer story in the article's section. */
export function SectionNeighbours({ previous, next, section }: Props) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={`More in ${section.name}`} className="mt-10 print:hidden">
      <ul className="grid gap-4 sm:grid-cols-2">
        {previous ? (
          <li>
            <a
              href={previous.url}
              rel="prev"
              className="block h-full rounded border border-rule p-4 text-ink no-underline hover:border-accent"
            >
              <span className="block text-sm text-muted">
                <span aria-hidden="true">← </span>Previous in {section.name}
              </span>
              <span className="mt-1 block font-serif text-lg leading-snug font-bold">{previous.title}</span>
            </a>
          </li>
        ) : null}
        {next ? (
          <li className="sm:col-start-2 sm:text-right">
            <a
              href={next.url}
              rel="next"
              className="block h-full rounded border border-rule p-4 text-ink no-underline hover:border-accent"
            >
              <span className="block text-sm text-muted">
                Next in {section.name}
                <span aria-hidden="true"> →</span>
              </span>
              <span className="mt-1 block font-serif text-lg leading-snug font-bold">{next.title}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
