import type { MDXComponents } from 'mdx/types';
import type { ComponentType, ReactNode } from 'react';
import type { BodyComponentAttributes, BodyComponentName } from '@/lib/mdx/allow-list';

/** What MDX hands a body component: its attributes from lib/mdx/allow-list.ts and what is between its tags. */
export type BodyComponentProps<N extends BodyComponentName> = BodyComponentAttributes<N> & { children?: ReactNode };

/**
 * A component map for rendering bodies: an entry for every component in lib/mdx/allow-list.ts (a
 * component added to the list without one here is a compile error, not a page that fails to
 * render), each taking the attributes the list allows, plus any overrides of Markdown's elements.
 */
export type BodyComponents = { [N in BodyComponentName]: ComponentType<BodyComponentProps<N>> } & Omit<
  MDXComponents,
  BodyComponentName
>;
