import { formatCalendarDate, parseCalendarDate } from '@/lib/format/calendar-date';
import type { BodyComponentProps } from './body-components';

/**
 * Events in the order they happened: an ordered list along a rule. The body rules make the events
 * chronological (lib/mdx/allow-list.ts), so the order written is the order shown.
 */
export function Timeline({ children }: BodyComponentProps<'Timeline'>) {
  return <ol className="mt-8 mb-8 ms-2 list-none border-s-2 border-rule ps-0">{children}</ol>;
}

/** One event: its date as a `<time>` written out for readers ("12 March 2024"), its title, what happened. */
export function TimelineEvent({ date, title, children }: BodyComponentProps<'TimelineEvent'>) {
  const parsed = parseCalendarDate(date);
  // The body rules refuse a date that is not one; should one get here, it is shown as written.
  const shown = parsed.ok ? formatCalendarDate(parsed.date) : date;
  return (
    <li className="relative mt-6 mb-6 ps-6 before:absolute before:-start-[9px] before:top-1.5 before:size-4 before:rounded-full before:border-4 before:border-paper before:bg-accent print:break-inside-avoid">
      <p className="mt-0 mb-1 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
        <time dateTime={date}>{shown}</time>
      </p>
      <p className="mt-0 mb-2 font-sans text-lg leading-snug font-bold">{title}</p>
      <div className="[&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </li>
  );
}
