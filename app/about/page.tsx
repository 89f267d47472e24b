import { StandingPage } from '@/components/about/standing-page';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { enhancementSrc } from '@/lib/serving/enhancements';
import { aboutPageRoute } from '@/lib/serving/standing-page-routes';

// Regenerated at most every 60 s, like every page, so the footer and the organisation's JSON-LD
// follow the standing pages that exist.
export const revalidate = 60;

const route = aboutPageRoute(StandingPage, () => enhancementSrc(EMBED_MODULE));

export const generateMetadata = route.generateMetadata;

export default route.Page;
