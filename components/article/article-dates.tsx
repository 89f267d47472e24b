import { formatDateTime } from '@/lib/format/dates';

type Props = {
  publishedAt: string;
  updatedAt?: string;
};

/** Published and (when later) updated times, each in a machine-readable `<time>`. */
export function ArticleDates({ publishedAt, updatedAt }: Props) {
  return (
    <p className="text-sm text-muted">
      <span>
        Published <time dateTime={publishedAt}>{formatDateTime(publishedAt)}</time>
      </span>
      {updatedAt && updatedAt !== publishedAt ? (
        <span className="before:px-1.5 before:content-['·']">
          Updated <time dateTime={updatedAt}>{formatDateTime(updatedAt)}</time>
        </span>
      ) : null}
    </p>
  );
}
