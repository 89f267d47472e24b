'use client';

import { BreakingNewsSlot } from '@/components/layout/breaking-news-slot';
import { ErrorMessage } from '@/components/layout/error-message';

type Props = { error: Error & { digest?: string } };

/**
 * A failure inside a page. Rendered in the root layout, which has no header or footer of its own
 * (see SiteChrome); the message carries the links back to the site.
 */
export default function PageError({ error }: Props) {
  return (
    <>
      <BreakingNewsSlot />
      <ErrorMessage {...(error.digest ? { digest: error.digest } : {})} />
    </>
  );
}
