type Props = {
  /** The query to show in the box. */
  query: string;
};

/** A plain GET form to /search: it works the same with JavaScript on or off. */
export function SearchForm({ query }: Props) {
  return (
    <form role="search" action="/search" method="get" className="mt-4 flex max-w-2xl flex-wrap gap-2">
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
        className="min-h-11 min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-base text-ink placeholder:text-muted"
      />
      <button type="submit" className="min-h-11 rounded bg-ink px-5 font-semibold text-paper hover:bg-accent">
        Search
      </button>
    </form>
  );
}
