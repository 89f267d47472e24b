import Image from 'next/image';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import { selectByAuthor } from '@/lib/articles';
import { allAuthorProfiles, getAuthor, getAuthorBio, getAuthorNames, getPublishedArticles } from '@/lib/content';
import { isPreview } from '@/lib/preview';
import { pageMetadata } from '@/lib/seo';

type Params = { author: string };

const PAGE_SIZE = 20;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allAuthorProfiles().map((a) => ({ author: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const author = getAuthor((await params).author);
  if (!author) return {};
  return pageMetadata({ title: author.name, description: `${author.name}, ${author.role}.`, path: author.url });
}

export default async function AuthorPage({ params }: { params: Promise<Params> }) {
  const author = getAuthor((await params).author);
  if (!author) notFound();
  const articles = selectByAuthor(getPublishedArticles(new Date(), { preview: await isPreview() }), author.slug, PAGE_SIZE);
  return (
    <>
      <header className="flex items-center gap-5 border-b border-rule pb-6">
        {author.avatar ? (
          <Image src={author.avatar} alt="" width={96} height={96} preload className="h-24 w-24 rounded-full" />
        ) : null}
        <div>
          <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
          <p className="text-muted">{author.role}</p>
        </div>
      </header>
      <div className="prose mt-6 max-w-3xl">
        <MdxContent code={getAuthorBio(author.slug) ?? ''} />
      </div>
      <h2 className="mt-10 text-xl font-bold">Latest from {author.name}</h2>
      {articles.length > 0 ? (
        <ArticleList articles={articles} authorNames={getAuthorNames()} headingLevel={3} />
      ) : (
        <p className="mt-4 text-muted">No published stories yet.</p>
      )}
    </>
  );
}
