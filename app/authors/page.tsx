import { AuthorIndex } from '@/components/listing/author-index';
import { countByAuthor } from '@/lib/articles';
import { allAuthorProfiles, getPublishedArticles } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

// Regenerated at most every 60 s, like the author pages it links to.
export const revalidate = 60;

export const metadata = pageMetadata({
  title: 'Our journalists',
  description: 'The reporters, editors and desks behind our journalism.',
  path: '/authors',
});

export default function AuthorsPage() {
  const counts = countByAuthor(getPublishedArticles());
  return (
    <AuthorIndex authors={allAuthorProfiles().map((author) => ({ author, storyCount: counts.get(author.slug) ?? 0 }))} />
  );
}
