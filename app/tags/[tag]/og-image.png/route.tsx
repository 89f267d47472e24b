import { renderOgCard } from '@/components/seo/og-card';
import { collectTags } from '@/lib/content/articles';
import { getPublishedArticles } from '@/lib/content/store';
import { scopeTitle } from '@/lib/content/scopes';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { tag: string };

// Drawn on the first request and cached from then on (there is one per tag, and drawing them all
// made the build grow with the archive); proxy.ts answers cards of unknown tags with a 404.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** A tag page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { tag } = await params;
  if (!collectTags(getPublishedArticles()).includes(tag)) return new Response('Not found\n', { status: 404 });
  return renderOgCard({ title: scopeTitle({ kind: 'tag', tag }), kicker: 'Topic' });
}
