import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/structured-data';

type Props = {
  /** The page's structured data, built in lib/seo/structured-data.ts. */
  data: Graph;
};

/** The page's one JSON-LD script. The text is escaped so content can never end the script early. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
