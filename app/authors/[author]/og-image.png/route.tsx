import { renderOgCard } from '@/components/seo/og-card';
import { getAuthor } from '@/lib/content/store';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { author: string };

export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** An author page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const author = getAuthor((await params).author);
  if (!author) return new Response('Not found\n', { status: 404 });
  return renderOgCard({ title: author.name, kicker: author.role });
}
