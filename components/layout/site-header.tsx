import { sections, type SectionSlug } from '@/lib/config/sections';
import { siteConfig } from '@/lib/config/site-config';
import { homePath, searchPath, sectionPath } from '@/lib/config/urls';
import { BreakingNewsSlot } from './breaking-news-slot';

type Props = {
  /** The section the page belongs to, marked in the navigation; none on the front page and elsewhere. */
  currentSection?: SectionSlug;
};

type LinksProps = Props & { className: string; linkClassName: string };

function SectionLinks({ currentSection, className, linkClassName }: LinksProps) {
  return (
    <ul className={className}>
      {sections.map((section) => {
        const current = section.slug === currentSection;
        return (
          <li key={section.slug}>
            <a
              href={sectionPath(section.slug)}
              // "true", not "page": the header marks the section on its front and on its articles alike.
              aria-current={current ? 'true' : undefined}
              className={`${linkClassName} ${current ? 'border-accent text-accent' : 'border-transparent text-ink'}`}
            >
              {section.name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function SearchIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.5 15.5 5 5" strokeLinecap="round" />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path className="group-open:hidden" d="M4 7h16M4 12h16M4 17h16" />
      <path className="hidden group-open:block" d="m6 6 12 12M18 6 6 18" />
    </svg>
  );
}

/**
 * The skip link, the breaking-news line when there is one, the masthead, the section navigation
 * and the search link. Below 48rem the sections fold into a `<details>` menu: it opens and closes
 * without JavaScript and drops over the page, so nothing moves.
 */
export function SiteHeader({ currentSection }: Props) {
  return (
    <header className="relative border-b border-rule print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-4 focus:py-2 focus:text-ink"
      >
        Skip to main content
      </a>
      {/* First after the skip link, so it is the first thing read; filled as the page leaves the server. */}
      <BreakingNewsSlot />
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <a
          href={homePath}
          className="font-serif text-2xl font-bold tracking-tight whitespace-nowrap text-ink no-underline sm:text-4xl"
        >
          {siteConfig.name}
        </a>
        <div className="flex items-center gap-1">
          <a
            href={searchPath()}
            className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded px-2.5 text-sm font-semibold text-ink no-underline hover:bg-rule/40"
          >
            <SearchIcon />
            {/* Icon only on the narrowest screens; the name stays for assistive technology. */}
            <span className="sr-only sm:not-sr-only">Search</span>
          </a>
          <details className="group md:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded border border-rule px-2.5 text-sm font-semibold text-ink hover:bg-rule/40">
              <MenuIcon />
              <span>Menu</span>
            </summary>
            <nav
              aria-label="Sections"
              className="absolute inset-x-0 top-full z-40 border-b border-rule bg-paper shadow-lg"
            >
              <SectionLinks
                currentSection={currentSection}
                className="mx-auto grid max-w-6xl grid-cols-2 gap-x-4 px-4 py-2 text-base font-semibold"
                linkClassName="flex min-h-11 items-center border-l-4 pl-3 no-underline hover:underline"
              />
            </nav>
          </details>
        </div>
      </div>
      <nav aria-label="Sections" className="mx-auto hidden max-w-6xl px-2 md:block">
        <SectionLinks
          currentSection={currentSection}
          className="flex flex-wrap gap-x-1 text-sm font-semibold"
          linkClassName="inline-flex min-h-11 items-center border-b-4 px-2 no-underline hover:underline"
        />
      </nav>
    </header>
  );
}
