import { renderOgCard } from '@/components/seo/og-card';
import { collectTags } from '@/lib/articles';
import { getPublishedArticles } from '@/lib/content';
import { scopeTitle } from '@/lib/scopes';

type Params = { tag: string };

// A scheduled article can bring a new tag with it.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return collectTags(getPublishedArticles()).map((tag) => ({ tag }));
}

/** A tag page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { tag } = await params;
  if (!collectTags(getPublishedArticles()).includes(tag)) return new Response('Not found\n', { status: 404 });
  return renderOgCard({ title: scopeTitle({ kind: 'tag', tag }), kicker: 'Topic' });
}
