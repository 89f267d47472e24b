import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { LiveBlogPage } from '@/components/live/live-blog-page';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { getLivePage } from '@/lib/content/live-page';
import { parsePageParam } from '@/lib/content/pagination';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { articlePath } from '@/lib/config/urls';
import { liveBlogMetadata, livePageGraph } from '@/lib/seo/page-metadata';
import { enhancementSrc } from '@/lib/serving/enhancements';
import { isPreview } from '@/lib/serving/preview';

type Params = { section: string; slug: string; page: string };

// Regenerated at most every 60 s, like the blog's first page: entries move down the pages as new
// ones arrive.
export const revalidate = 60;

// Older pages are not prerendered: each renders on its first request and is cached from then on.
// Addresses past the last page, and below plain articles, never get here: the HTTP layer routes them
// to the not-found answer before rendering (lib/serving/known-addresses.ts).
export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** Page <n> ≥ 2 of the live blog, the redirect of `/page/1`, or nothing (a 404). */
async function load(params: Promise<Params>) {
  const { section, slug, page } = await params;
  const parsed = parsePageParam(page);
  if (parsed.kind === 'invalid') return undefined;
  if (parsed.kind === 'first') return { kind: 'redirect', path: articlePath(section, slug) } as const;
  const live = await getLivePage(section, slug, parsed.page, { now: new Date(), preview: await isPreview() });
  return live ? ({ kind: 'page', live } as const) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await load(params);
  return found?.kind === 'page' ? liveBlogMetadata(found.live) : {};
}

/**
 * An older page of a live blog (`/world/some-blog/page/2`): its entries, newest first, with the
 * blog's header and key events; canonical to itself and indexable. It loads no live-updates module
 * (only page 1 is kept up to date), the embed module only when an entry on it has an `<Embed>`.
 * `/page/1` is a permanent redirect to the blog (next.config.mjs answers it first; this is the fallback).
 */
export default async function OlderLivePage({ params }: { params: Promise<Params> }) {
  const found = await load(params);
  if (!found) notFound();
  if (found.kind === 'redirect') permanentRedirect(found.path);
  const { live } = found;
  return (
    <LiveBlogPage
      page={live}
      jsonLd={livePageGraph(live)}
      embedSrc={live.embeds.length > 0 ? enhancementSrc(EMBED_MODULE) : undefined}
    />
  );
}
