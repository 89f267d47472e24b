import type { AboutLink } from '@/lib/content/standing-pages';
import { sections } from '@/lib/config/sections';
import { siteConfig } from '@/lib/config/site-config';
import { ABOUT_GROUP_LABEL } from '@/lib/config/standing-pages';
import { homePath, sectionPath } from '@/lib/config/urls';

type Props = {
  /** The year shown in the copyright line. */
  year: number;
  /** The newsroom's standing pages that exist, and the masthead, in the configured order (`aboutGroupLinks`). */
  aboutLinks: readonly AboutLink[];
};

const linkClassName = 'inline-flex min-h-6 items-center py-0.5 text-ink underline-offset-2 hover:underline';

/** One row of footer links. */
function FooterLinks({
  links,
  labelledBy,
}: {
  links: readonly { href: string; label: string }[];
  labelledBy?: string;
}) {
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-wrap gap-x-4 gap-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className={linkClassName}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function SiteFooter({ year, aboutLinks }: Props) {
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
        <nav aria-label="Footer" className="mb-4 flex flex-col gap-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <a href={homePath} className={linkClassName}>
                Home
              </a>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={sectionPath(section.slug)} className={linkClassName}>
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
          <FooterLinks links={siteConfig.footerLinks} />
          {aboutLinks.length > 0 ? (
            <div className="mt-2 border-t border-rule pt-3">
              <h2 id="footer-about" className="mb-2 text-xs font-semibold tracking-wide text-ink uppercase">
                {ABOUT_GROUP_LABEL}
              </h2>
              <FooterLinks links={aboutLinks} labelledBy="footer-about" />
            </div>
          ) : null}
        </nav>
        <p>
          © {year} {siteConfig.copyrightHolder}. All rights reserved.
        </p>
      </div>
    </footer>
  );
}
