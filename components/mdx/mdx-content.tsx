import { runSync } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import type { BodyComponents } from './body-components';
import { mdxComponents } from './mdx-components';

type Props = {
  /** MDX compiled by lib/mdx/compile.ts (`compileMdx`). */
  code: string;
  /** The components the body may use; the site's own unless a feed needs plain, absolute HTML. */
  components?: BodyComponents;
};

/** Renders compiled MDX on the server: the HTML is in the page and no MDX code reaches the browser. */
export function MdxContent({ code, components = mdxComponents }: Props) {
  const { default: Content }: { default: MDXContent } = runSync(code, { ...runtime, baseUrl: import.meta.url });
  return <Content components={components} />;
}
