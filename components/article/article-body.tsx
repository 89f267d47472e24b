import { MdxContent } from '@/components/mdx/mdx-content';

type Props = {
  /** The article's compiled MDX. */
  code: string;
};

export function ArticleBody({ code }: Props) {
  return (
    <div className="article-body prose prose-lg max-w-none font-serif prose-headings:font-sans">
      <MdxContent code={code} />
    </div>
  );
}
