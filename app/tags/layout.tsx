import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/site-chrome';
import { getAboutLinks } from '@/lib/content/store';

export default function TagsLayout({ children }: { children: ReactNode }) {
  return <SiteChrome aboutLinks={getAboutLinks()}>{children}</SiteChrome>;
}
