import { ListingPage } from '@/components/listing/listing-page';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { enhancementSrc } from '@/lib/serving/enhancements';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { listingRoute } from '@/lib/serving/listing-routes';

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

const route = listingRoute('author', ListingPage, () => enhancementSrc(EMBED_MODULE));

export const generateMetadata = route.generateMetadata;

export default route.Page;
