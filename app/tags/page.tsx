import { TagIndex } from '@/components/listing/tag-index';
import { getTagIndex } from '@/lib/content/listings';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { homePath, tagIndexPath } from '@/lib/config/urls';

// Regenerated at most every 60 s, so tags of newly published articles appear without a rebuild.
export const revalidate = 60;

export const metadata = pageMetadata({
  title: 'Topics',
  description: 'Every topic we cover, with the number of stories on each.',
  path: tagIndexPath,
  // There is no card per index page: link previews show the site's own.
  image: generatedCard(homePath, siteConfig.name),
});

export default function TagsPage() {
  return <TagIndex tags={getTagIndex()} />;
}
