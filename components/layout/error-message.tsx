import { WayBack } from './way-back';

type Props = {
  /** Next's opaque digest of a server error, matching the server log line; never the message. */
  digest?: string;
};

/**
 * What a reader sees when a page fails: an apology, a way back, and a reference for support.
 * Deliberately never shows the error's message or stack.
 */
export function ErrorMessage({ digest }: Props) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg">This page could not be shown just now. Please try again in a moment.</p>
      <WayBack />
      <p className="mt-6">
        {/* A plain link to this same address: pages carry no framework to re-render them in place. */}
        <a
          href=""
          className="inline-flex min-h-11 items-center rounded border border-rule px-4 font-sans text-sm text-ink"
        >
          Try again
        </a>
      </p>
      {digest ? <p className="mt-6 text-sm text-muted">Reference: {digest}</p> : null}
    </div>
  );
}
