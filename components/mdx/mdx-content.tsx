import { getMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from './mdx-components';

type Props = {
  /** Compiled MDX from contentlayer. */
  code: string;
};

/** Renders compiled MDX on the server: the HTML is in the page and no MDX code reaches the browser. */
export function MdxContent({ code }: Props) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
