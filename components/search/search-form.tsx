type Props = {
  /** The query to show in the box. */
  query: string;
};

/**
 * A plain GET form to /search: it works the same with JavaScript on or off. With it on, the
 * full-text search module (full-text-search.enhance.ts) finds the form and the box by `data-search`
 * and searches as the reader types.
 */
export function SearchForm({ query }: Props) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      data-search="form"
      className="mt-4 flex max-w-2xl flex-wrap gap-2"
    >
      <label htmlFor="search-query" className="sr-only">
        Search stories
      </label>
      <input
        id="search-query"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder="Search stories"
        data-search="box"
        className="min-h-11 min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-base text-ink placeholder:text-muted"
      />
      <button type="submit" className="min-h-11 rounded bg-ink px-5 font-semibold text-paper hover:bg-accent">
        Search
      </button>
    </form>
  );
}
