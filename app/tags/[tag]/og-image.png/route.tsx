import { renderOgCard } from '@/components/seo/og-card';
import { findListing } from '@/lib/content/listings';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { scopeTitle } from '@/lib/content/scopes';
import { notFoundResponse } from '@/lib/format/http';

type Params = { tag: string };

// Drawn on the first request and cached from then on (there is one per tag, and drawing them all
// made the build grow with the archive); proxy.ts answers cards of tags without a page with a 404.
export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** A tag page's link-preview card; a 404 when the tag has no page (lib/content/visibility.ts). */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = findListing('tag', (await params).tag);
  return scope ? renderOgCard({ title: scopeTitle(scope), kicker: 'Topic' }) : notFoundResponse();
}
