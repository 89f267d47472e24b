import { renderOgCard } from '@/components/seo/og-card';
import { allAuthorProfiles, getAuthor } from '@/lib/content';

type Params = { author: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allAuthorProfiles().map((a) => ({ author: a.slug }));
}

/** An author page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const author = getAuthor((await params).author);
  if (!author) return new Response('Not found\n', { status: 404 });
  return renderOgCard({ title: author.name, kicker: author.role });
}
