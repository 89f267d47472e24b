import type { TagIndexEntry } from '@/lib/content/topic-hubs';
import { tagLabel } from '@/lib/format/text';
import { tagPath } from '@/lib/config/urls';

type Props = {
  tags: readonly TagIndexEntry[];
};

function storyCount(count: number) {
  return (
    <span className="text-sm text-muted">
      {count}
      <span className="sr-only"> {count === 1 ? 'story' : 'stories'}</span>
    </span>
  );
}

/**
 * Every topic, alphabetically, each with its number of stories. Topics with a hub (a curated front,
 * content/topics/) are listed first as guides, with their title and standfirst.
 */
export function TagIndex({ tags }: Props) {
  const guides = tags.filter((entry) => entry.hub !== undefined);
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Topics</h1>
      {guides.length > 0 ? (
        <section aria-labelledby="topic-guides" className="mt-6">
          <h2 id="topic-guides" className="font-sans text-xl font-bold">
            Topic guides
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {guides.map(({ tag, count, hub }) => (
              <li key={tag} className="rounded-sm border border-rule border-t-4 border-t-accent p-4">
                <a href={tagPath(tag)} className="font-serif text-xl font-bold text-ink no-underline hover:underline">
                  {hub?.title}
                </a>
                <p className="mt-1 text-sm text-ink/85">{hub?.standfirst}</p>
                <p className="mt-2 text-sm text-muted">
                  {count} {count === 1 ? 'story' : 'stories'}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {guides.length > 0 && tags.length > 0 ? <h2 className="mt-10 font-sans text-xl font-bold">All topics</h2> : null}
      {tags.length > 0 ? (
        <ul className="mt-6 flex flex-wrap gap-2">
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <a
                href={tagPath(tag)}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 text-ink no-underline hover:border-accent"
              >
                <span className="first-letter:uppercase">{tagLabel(tag)}</span>
                {storyCount(count)}
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
