import { EnhancementScript } from '@/components/layout/enhancement-script';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { JsonLd } from '@/components/seo/json-ld';
import type { ListingPageProps } from '@/lib/serving/listing-routes';
import { AuthorListing } from './author-listing';
import { SectionListing } from './section-listing';
import { TagListing } from './tag-listing';

/** One page of a section, tag or author listing, with its JSON-LD when it has some (the first page). */
export function ListingPage({ listing, jsonLd, heroPlaceholder, embedSrc }: ListingPageProps) {
  const { scope, page, authorNames, bioCode, hubFront } = listing;
  return (
    <>
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      {scope.kind === 'section' ? (
        <SectionListing section={scope.section} page={page} authorNames={authorNames} />
      ) : scope.kind === 'tag' ? (
        <TagListing
          tag={scope.tag}
          hub={scope.hub}
          hubFront={hubFront}
          heroPlaceholder={heroPlaceholder}
          page={page}
          authorNames={authorNames}
        />
      ) : (
        <AuthorListing author={scope.author} bioCode={bioCode} page={page} authorNames={authorNames} />
      )}
      {/* Click-to-load embeds in a bio or a hub's introduction: only such a page loads the module. */}
      {embedSrc ? <EnhancementScript name={EMBED_MODULE} src={embedSrc} /> : null}
    </>
  );
}
