import type { LiveKeyEvent } from '@/lib/content/live-page';
import { formatDateTime, formatTime } from '@/lib/format/dates';

type Props = {
  /** Newest first, each with where its entry is now. */
  events: readonly LiveKeyEvent[];
};

/**
 * "Key events" at the top of every page of a live blog: a link to each key entry, wherever newer
 * entries have pushed it (its page and `#entry-<id>`), with its time; an untitled one is linked by
 * its time. Nothing when there is none.
 */
export function KeyEvents({ events }: Props) {
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="key-events" className="my-8 rounded border border-rule p-5 font-sans">
      <h2 id="key-events" className="mb-3 text-lg font-bold">
        Key events
      </h2>
      <ol className="space-y-2">
        {events.map((event) => {
          const time = (
            <time dateTime={event.publishedAt} title={formatDateTime(event.publishedAt)} className="tabular-nums">
              {formatTime(event.publishedAt)}
            </time>
          );
          const link = 'font-semibold leading-6 text-ink underline underline-offset-2 hover:text-accent';
          return (
            <li key={event.id} className="flex gap-3">
              {event.title ? (
                <>
                  <span className="shrink-0 text-sm leading-6 text-muted">{time}</span>
                  <a href={event.location} className={link}>
                    {event.title}
                  </a>
                </>
              ) : (
                // Untitled (the checker asks for a title): the link is its time, "Update at 14:32 EST".
                <a href={event.location} className={link}>
                  Update at {time}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
