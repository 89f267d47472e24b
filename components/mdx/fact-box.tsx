import type { BodyComponentProps } from './body-components';

/**
 * Key facts beside a story: a boxed aside named by its title, which is also its heading. An `<h2>`,
 * because a body's subheads are `##` (h2) and the box may follow any of them: one level below the
 * headline, it never skips a level in the article's outline.
 */
export function FactBox({ title, children }: BodyComponentProps<'FactBox'>) {
  return (
    <aside
      aria-label={title}
      className="mt-8 mb-8 rounded border-t-4 border-accent bg-rule/25 px-5 pt-1 pb-1 print:break-inside-avoid print:border print:border-t-4"
    >
      <h2 className="mt-4 mb-2 font-sans text-lg font-bold">{title}</h2>
      {children}
    </aside>
  );
}
