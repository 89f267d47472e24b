import { ListingPage } from '@/components/listing/listing-page';
import { laterListingPagesToPrerender } from '@/lib/content/listings';
import { laterListingRoute } from '@/lib/serving/listing-routes';

type Params = { author: string; page: string };

// Regenerated at most every 60 s, like the author's first page.
export const revalidate = 60;

// Pages past the prerendered ones (and new ones as the archive grows) render on first request.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return laterListingPagesToPrerender('author').map(({ name, page }) => ({ author: name, page }));
}

const route = laterListingRoute('author', ListingPage);

export const generateMetadata = route.generateMetadata;

export default route.Page;
