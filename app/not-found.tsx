import { SiteChrome } from '@/components/layout/site-chrome';
import { WayBack } from '@/components/layout/way-back';
import { getAboutLinks } from '@/lib/content/store';

// Rendered in the root layout, which has no header or footer of its own (see SiteChrome).
export default function NotFound() {
  return (
    <SiteChrome aboutLinks={getAboutLinks()}>
      <div className="mx-auto max-w-2xl py-10">
        <h1 className="font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-lg">We could not find that page. It may have moved, or the address may be mistyped.</p>
        <WayBack />
      </div>
    </SiteChrome>
  );
}
