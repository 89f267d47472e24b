import type { Crumb } from '@/lib/content/breadcrumbs';

type Props = {
  items: readonly Crumb[];
};

export function Breadcrumb({ items }: Props) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted print:hidden">
      {/* 24 px lines: each link is a target at least 24 px tall (WCAG 2.2 target size), even when the headline wraps. */}
      <ol className="flex flex-wrap items-baseline leading-6">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-baseline">
              <a
                href={item.href}
                aria-current={last ? 'page' : undefined}
                className={last ? 'text-muted no-underline' : 'text-ink underline-offset-2 hover:underline'}
              >
                {item.name}
              </a>
              {last ? null : (
                <span aria-hidden="true" className="px-2">
                  »
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
