import { tagLabel } from '@/lib/format/text';
import { tagPath } from '@/lib/config/urls';

type Props = {
  tags: readonly string[];
};

export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className="mt-8 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a
              href={tagPath(tag)}
              className="inline-block min-h-6 rounded-full border border-rule px-3 py-1 text-sm text-ink no-underline hover:border-accent"
            >
              {tagLabel(tag)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
