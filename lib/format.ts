import { siteConfig } from './site-config';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** "14 November 2024" in the newsroom's time zone. */
export function formatDate(iso: string, timeZone: string = siteConfig.timeZone): string {
  return formatter('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "14 November 2024, 10:00 EST" in the newsroom's time zone. */
export function formatDateTime(iso: string, timeZone: string = siteConfig.timeZone): string {
  const date = new Date(iso);
  const time = formatter('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  // en-GB names American zones "GMT-5"; en-US gives the abbreviation readers know ("EST").
  const zone =
    formatter('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${formatDate(iso, timeZone)}, ${time} ${zone}`;
}

/** "4 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** The year of `date` in the newsroom's time zone, for the copyright line. */
export function yearOf(date: Date, timeZone: string = siteConfig.timeZone): number {
  return Number(formatter('en-GB', { timeZone, year: 'numeric' }).format(date));
}

/** A tag slug as readers see it: "north-korea" → "north korea". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
