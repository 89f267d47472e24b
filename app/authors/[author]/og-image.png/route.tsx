import { renderOgCard } from '@/components/seo/og-card';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { scopeTitle } from '@/lib/content/scopes';
import { allAuthorProfiles } from '@/lib/content/store';
import { authorScope } from '@/lib/content/visibility';
import { notFoundResponse } from '@/lib/format/http';

type Params = { author: string };

export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** An author page's link-preview card. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = authorScope((await params).author, allAuthorProfiles());
  return scope ? renderOgCard({ title: scopeTitle(scope), kicker: scope.author.role }) : notFoundResponse();
}
