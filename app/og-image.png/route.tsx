import { renderOgCard } from '@/components/seo/og-card';

// Rendered once, at build time: the card never changes between builds.
export const dynamic = 'force-static';

/** The home page's link-preview card. */
export function GET(): Promise<Response> {
  return renderOgCard({ title: 'News and analysis' });
}
