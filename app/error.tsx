'use client';

import { ErrorMessage } from '@/components/layout/error-message';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** A failure inside a page: shown within the site layout (header and footer still work). */
export default function PageError({ error, reset }: Props) {
  return <ErrorMessage {...(error.digest ? { digest: error.digest } : {})} onRetry={reset} />;
}
