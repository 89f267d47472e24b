import Link from 'next/link';
import { sections } from '@/lib/sections';
import { siteConfig } from '@/lib/site-config';

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-4 focus:py-2 focus:text-ink focus:outline-2"
      >
        Skip to main content
      </a>
      <div className="mx-auto max-w-6xl px-4 pt-4 pb-2">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-ink no-underline sm:text-4xl">
          {siteConfig.name}
        </Link>
      </div>
      <nav aria-label="Sections" className="mx-auto max-w-6xl px-4">
        {/* Scrolls sideways on narrow screens: no JavaScript and no layout shift. */}
        <ul className="-mx-2 flex gap-1 overflow-x-auto pb-2 text-sm font-semibold">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link
                href={`/${section.slug}`}
                className="inline-block min-h-6 rounded px-2 py-1.5 text-ink no-underline hover:bg-rule/40 hover:underline"
              >
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
