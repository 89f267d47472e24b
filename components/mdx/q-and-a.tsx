import type { BodyComponentProps } from './body-components';

/**
 * Questions and their answers, for explainers, as a description list rather than headings: HTML names
 * questions and answers among the groups a `<dl>` is for, it ties each answer to its question for
 * assistive technology, and it needs no heading level, which a component cannot choose without knowing
 * where it sits in the article's outline.
 */
export function QandA({ children }: BodyComponentProps<'QandA'>) {
  return <dl className="mt-8 mb-8">{children}</dl>;
}

/** A question (a `<dt>`): the term its answer describes. */
export function Question({ children }: BodyComponentProps<'Question'>) {
  return (
    <dt className="mt-8 mb-0 font-sans text-lg leading-snug font-bold first:mt-0 [&>p]:mt-0 [&>p]:mb-0">{children}</dt>
  );
}

/** The answer to the question before it (a `<dd>`), in Markdown. */
export function Answer({ children }: BodyComponentProps<'Answer'>) {
  return (
    <dd className="mt-2 mb-0 border-s-4 border-rule ps-4 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</dd>
  );
}
