import type { ArticleSummary } from '@/lib/content/articles';
import type { HubFront } from '@/lib/content/listings';
import type { TopicHub } from '@/lib/content/topic-hubs';
import { tagLabel } from '@/lib/format/text';
import type { Page } from '@/lib/content/pagination';
import { tagPath } from '@/lib/config/urls';
import { Listing } from './listing';
import { TopicHubFront } from './topic-hub';

type Props = {
  tag: string;
  /** The tag's topic hub, when it has one: its title heads every page of the tag. */
  hub?: TopicHub;
  /** The hub's front, on the first page only. */
  hubFront?: HubFront;
  heroPlaceholder?: string;
  page: Page<ArticleSummary>;
  authorNames: Readonly<Record<string, string>>;
};

/**
 * One page of a tag's listing. A tag with a topic hub shows the hub's front on its first page (its
 * pinned stories are not repeated in the list below) and the hub's title on every page.
 */
export function TagListing({ tag, hub, hubFront, heroPlaceholder, page, authorNames }: Props) {
  const common = { page, basePath: tagPath(tag), authorNames };
  if (hubFront) {
    return (
      <Listing
        {...common}
        header={<TopicHubFront front={hubFront} authorNames={authorNames} heroPlaceholder={heroPlaceholder} />}
        listHeading="Latest"
        headingLevel={3}
        emptyText={hubFront.pinned.length > 0 ? 'Every story on this topic is above.' : 'No stories on this topic yet.'}
      />
    );
  }
  return (
    <Listing
      {...common}
      header={
        <>
          <p className="text-sm font-bold tracking-wide text-accent uppercase">Topic</p>
          <h1
            className={`border-b-4 border-ink pb-2 font-serif text-4xl font-bold ${hub ? 'text-balance' : 'first-letter:uppercase'}`}
          >
            {hub ? hub.title : tagLabel(tag)}
          </h1>
        </>
      }
      emptyText="No stories on this topic yet."
    />
  );
}
