import { AuthorIndex } from '@/components/listing/author-index';
import { countByAuthor } from '@/lib/content/articles';
import { allAuthorProfiles, getPublishedArticles } from '@/lib/content/store';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { authorIndexPath, homePath } from '@/lib/config/urls';

// Regenerated at most every 60 s, like the author pages it links to.
export const revalidate = 60;

export const metadata = pageMetadata({
  title: 'Our journalists',
  description: 'The reporters, editors and desks behind our journalism.',
  path: authorIndexPath,
  // There is no card per index page: link previews show the site's own.
  image: generatedCard(homePath, siteConfig.name),
});

export default function AuthorsPage() {
  const counts = countByAuthor(getPublishedArticles());
  return (
    <AuthorIndex
      authors={allAuthorProfiles().map((author) => ({ author, storyCount: counts.get(author.slug) ?? 0 }))}
    />
  );
}
