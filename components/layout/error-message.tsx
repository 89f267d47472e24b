import { WayBack } from './way-back';

type Props = {
  /** Next's opaque digest of a server error, matching the server log line; never the message. */
  digest?: string;
  /** Offered when the failed part can be rendered again without a reload. */
  onRetry?: () => void;
};

/**
 * What a reader sees when a page fails: an apology, a way back, and a reference for support.
 * Deliberately never shows the error's message or stack.
 */
export function ErrorMessage({ digest, onRetry }: Props) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg">This page could not be shown just now. Please try again in a moment.</p>
      <WayBack />
      {onRetry ? (
        <p className="mt-6">
          <button type="button" onClick={onRetry} className="rounded border border-rule px-3 py-1.5 font-sans text-sm">
            Try again
          </button>
        </p>
      ) : null}
      {digest ? <p className="mt-6 text-sm text-muted">Reference: {digest}</p> : null}
    </div>
  );
}
