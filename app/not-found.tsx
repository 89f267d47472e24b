import { SiteChrome } from '@/components/layout/site-chrome';
import { sections } from '@/lib/sections';

// Rendered in the root layout, which has no header or footer of its own (see SiteChrome).
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-2xl py-10">
        <h1 className="font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-lg">
          We could not find that page. It may have moved, or the address may be mistyped.
        </p>
        <p className="mt-4">
          <a href="/" className="text-accent underline">
            Go to the front page
          </a>{' '}
          or choose a section:
        </p>
        <ul className="mt-2 flex flex-wrap gap-3">
          {sections.map((s) => (
            <li key={s.slug}>
              <a href={`/${s.slug}`} className="inline-block min-h-6 py-0.5 text-accent underline">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </SiteChrome>
  );
}
