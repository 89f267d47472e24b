import Image from 'next/image';
import type { AuthorProfile } from '@/lib/content/authors';
import { MdxContent } from '@/components/mdx/mdx-content';

type Props = {
  author: AuthorProfile;
  /** The author's compiled MDX bio. */
  bioCode: string;
};

export function AuthorCard({ author, bioCode }: Props) {
  return (
    <aside aria-labelledby="about-the-author" className="mt-10 rounded border border-rule p-5">
      <h2 id="about-the-author" className="mb-3 text-lg font-bold">
        About the author
      </h2>
      <div className="flex gap-4">
        {author.avatar ? (
          // Decorative: the name beside it says who this is.
          <Image src={author.avatar} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-full" />
        ) : null}
        <div>
          <p className="font-semibold">
            <a href={author.url} className="text-accent underline-offset-2 hover:underline">
              {author.name}
            </a>
          </p>
          <p className="text-sm text-muted">{author.role}</p>
          <div className="prose prose-sm mt-2 max-w-none">
            <MdxContent code={bioCode} />
          </div>
        </div>
      </div>
    </aside>
  );
}
