import { renderOgCard } from '@/components/seo/og-card';
import { getSection } from '@/lib/config/sections';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { section: string };

export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** A section page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const section = getSection((await params).section);
  if (!section) return new Response('Not found\n', { status: 404 });
  return renderOgCard({ title: section.name, kicker: 'Section' });
}
