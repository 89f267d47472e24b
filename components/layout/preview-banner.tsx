/** Shown at the top of every page while an editor is in preview; readers never get it. */
export function PreviewBanner() {
  return (
    <div role="region" aria-label="Preview" className="border-b-4 border-amber-500 bg-amber-100 text-neutral-950">
      {/* React hoists this into <head>: nothing seen in preview may be indexed. */}
      <meta name="robots" content="noindex, nofollow" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p>
          <strong className="font-bold tracking-wide uppercase">Preview</strong> — drafts and scheduled articles are
          shown as they will appear. Readers cannot see them.
        </p>
        <form action="/api/preview/exit" method="post">
          <button type="submit" className="min-h-6 cursor-pointer font-semibold underline underline-offset-2">
            Leave preview
          </button>
        </form>
      </div>
    </div>
  );
}
