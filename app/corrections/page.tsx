import { CorrectionsLog } from '@/components/listing/corrections-log';
import { correctionsLogRoute } from '@/lib/serving/listing-routes';

// Regenerated at most every 60 s, like the other listings, so a new correction (or the corrections of a
// newly published article) appears without a rebuild.
export const revalidate = 60;

const route = correctionsLogRoute(CorrectionsLog);

export const generateMetadata = route.generateMetadata;

export default route.Page;
