import type { TagCount } from '@/lib/content/articles';
import { tagLabel } from '@/lib/format/text';
import { tagPath } from '@/lib/config/urls';

type Props = {
  tags: readonly TagCount[];
};

/** Every topic, alphabetically, each with its number of stories. */
export function TagIndex({ tags }: Props) {
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Topics</h1>
      {tags.length > 0 ? (
        <ul className="mt-6 flex flex-wrap gap-2">
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <a
                href={tagPath(tag)}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 text-ink no-underline hover:border-accent"
              >
                <span className="first-letter:uppercase">{tagLabel(tag)}</span>
                <span className="text-sm text-muted">
                  {count}
                  <span className="sr-only"> {count === 1 ? 'story' : 'stories'}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-muted">No topics yet.</p>
      )}
    </>
  );
}
