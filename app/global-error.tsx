'use client';

import { BreakingNewsSlot } from '@/components/layout/breaking-news-slot';
import { ErrorMessage } from '@/components/layout/error-message';
import './globals.css';

type Props = { error: Error & { digest?: string } };

/** A failure in the root layout itself: replaces the whole document, so it brings its own html and body. */
export default function GlobalError({ error }: Props) {
  return (
    <html lang="en">
      <body className="font-sans">
        {/* React hoists this into <head>; metadata exports do not apply to this file. */}
        <title>Something went wrong</title>
        {/* The server sends this page for a failure (lib/serving/page-delivery.ts): with the breaking-news line too. */}
        <BreakingNewsSlot />
        <main className="px-4">
          <ErrorMessage {...(error.digest ? { digest: error.digest } : {})} />
        </main>
      </body>
    </html>
  );
}
