import { notFound } from 'next/navigation';
import { Masthead } from '@/components/listing/masthead';
import { getMasthead } from '@/lib/content/masthead';
import { mastheadMetadata, mastheadPageGraph } from '@/lib/seo/page-metadata';

// Regenerated at most every 60 s, like the author pages it links to and the standing pages beside it.
export const revalidate = 60;

export function generateMetadata() {
  return getMasthead() ? mastheadMetadata() : {};
}

export default function MastheadPage() {
  const masthead = getMasthead();
  if (!masthead) notFound();
  return <Masthead masthead={masthead} jsonLd={mastheadPageGraph(masthead)} />;
}
