import { ListingPage } from '@/components/listing/listing-page';
import { sections } from '@/lib/config/sections';
import { listingRoute } from '@/lib/serving/listing-routes';

type Params = { section: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return sections.map((s) => ({ section: s.slug }));
}

const route = listingRoute('section', ListingPage);

export const generateMetadata = route.generateMetadata;

export default route.Page;
