import Link from 'next/link';
import { sections } from '@/lib/sections';
import { siteConfig } from '@/lib/site-config';

type Props = {
  /** The year shown in the copyright line. */
  year: number;
};

export function SiteFooter({ year }: Props) {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
        <nav aria-label="Footer">
          <ul className="mb-4 flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link href="/" className="inline-block min-h-6 py-0.5 text-ink">
                Home
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={`/${section.slug}`} className="inline-block min-h-6 py-0.5 text-ink">
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          © {year} {siteConfig.copyrightHolder}. All rights reserved.
        </p>
      </div>
    </footer>
  );
}
