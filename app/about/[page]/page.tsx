import { StandingPage } from '@/components/about/standing-page';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { standingPagesToPrerender } from '@/lib/content/standing-page-view';
import { enhancementSrc } from '@/lib/serving/enhancements';
import { standingPageRoute } from '@/lib/serving/standing-page-routes';

// Regenerated at most every 60 s, like every page, so the footer and the organisation's JSON-LD
// follow the standing pages that exist.
export const revalidate = 60;

// Every published standing page is prerendered. Others render on request: a draft in preview; made-up
// addresses never get here (the HTTP layer answers them with a 404, lib/serving/known-addresses.ts).
export const dynamicParams = true;

export const generateStaticParams = standingPagesToPrerender;

const route = standingPageRoute(StandingPage, () => enhancementSrc(EMBED_MODULE));

export const generateMetadata = route.generateMetadata;

export default route.Page;
