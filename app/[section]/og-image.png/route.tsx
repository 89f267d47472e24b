import { renderOgCard } from '@/components/seo/og-card';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { scopeTitle } from '@/lib/content/scopes';
import { sectionScope } from '@/lib/content/visibility';
import { notFoundResponse } from '@/lib/format/http';

type Params = { section: string };

export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** A section page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = sectionScope((await params).section);
  return scope ? renderOgCard({ title: scopeTitle(scope), kicker: 'Section' }) : notFoundResponse();
}
