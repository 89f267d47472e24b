import { CorrectionsLog } from '@/components/listing/corrections-log';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { laterCorrectionsLogRoute } from '@/lib/serving/listing-routes';

// Regenerated at most every 60 s, like the log's first page.
export const revalidate = 60;

// Later pages render on first request, like other listings' (prerenderListingPages is 0).
export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

const route = laterCorrectionsLogRoute(CorrectionsLog);

export const generateMetadata = route.generateMetadata;

export default route.Page;
