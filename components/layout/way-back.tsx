import { sections } from '@/lib/config/sections';
import { homePath, sectionPath } from '@/lib/config/urls';

/**
 * The way back from a page that could not be shown (not found, or failed): the front page and every
 * section. Plain links, so each is a full page load that needs no client code.
 */
export function WayBack() {
  return (
    <>
      <p className="mt-4">
        <a href={homePath} className="text-accent underline">
          Go to the front page
        </a>{' '}
        or choose a section:
      </p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={sectionPath(s.slug)} className="inline-block min-h-6 py-0.5 text-accent underline">
              {s.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
