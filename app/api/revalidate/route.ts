import { revalidatePath } from 'next/cache';
import { findArticle } from '@/lib/content/articles';
import { allArticleSummaries } from '@/lib/content/store';
import { MAX_BODY_BYTES, parseRevalidationBody, readBodyText, revalidationPaths } from '@/lib/serving/revalidation';
import { bearerToken, secretsMatch } from '@/lib/serving/secret';
import { revalidateSecret, siteConfig } from '@/lib/config/site-config';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

function problem(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...noStore, ...headers } });
}

/**
 * On-demand revalidation for the publishing pipeline (docs/operations.md → On-demand revalidation):
 * `Authorization: Bearer $REVALIDATE_SECRET`, body `{ "url": "/section/slug" }` and/or
 * `{ "paths": ["/", …] }`. Answers with the paths it revalidated.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = revalidateSecret();
  if (!secretsMatch(bearerToken(request.headers.get('authorization')), secret)) {
    if (secret === undefined) console.warn('revalidate: REVALIDATE_SECRET is unset or too short; request refused');
    // The same answer whether the secret is missing, wrong or not configured.
    return problem(401, 'unauthorized', { 'WWW-Authenticate': 'Bearer' });
  }

  const text = await readBodyText(request.body, MAX_BODY_BYTES);
  if (text === undefined) return problem(413, `body larger than ${MAX_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'body is not valid JSON');
  }
  const parsed = parseRevalidationBody(body, siteConfig.url);
  if (!parsed.ok) return problem(400, parsed.error);

  const paths = revalidationPaths(parsed.request, (section, slug) => findArticle(allArticleSummaries(), section, slug));
  for (const path of paths) revalidatePath(path);
  return Response.json({ revalidated: paths, at: new Date().toISOString() }, { headers: noStore });
}
