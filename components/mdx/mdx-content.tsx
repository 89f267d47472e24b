import type { MDXComponents } from 'mdx/types';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from './mdx-components';

type Props = {
  /** Compiled MDX from contentlayer. */
  code: string;
  /** The components the body may use; the site's own unless a feed needs plain, absolute HTML. */
  components?: MDXComponents;
};

/** Renders compiled MDX on the server: the HTML is in the page and no MDX code reaches the browser. */
export function MdxContent({ code, components = mdxComponents }: Props) {
  const Content = getMDXComponent(code);
  return <Content components={components} />;
}
