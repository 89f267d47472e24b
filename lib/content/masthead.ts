/**
 * The masthead (`/about/masthead`): the newsroom's people, grouped by desk in the order of
 * lib/config/desks.ts. The page and its metadata make the same one call.
 */
import type { AuthorProfile } from './authors';
import { mastheadBreadcrumb, type Crumb } from './breadcrumbs';
import type { StandingPagesPresent } from './standing-pages';
import { allAuthorProfiles, getStandingPagesPresent } from './store';
import { desks, type Desk } from '../config/desks';

/** One desk on the masthead and its people, by name. */
export type MastheadDesk = { desk: Desk; people: readonly AuthorProfile[] };

/** Everything the masthead page shows. */
export type Masthead = {
  /** The desks that have people, in the configured order; no desk is listed empty. */
  desks: readonly MastheadDesk[];
  breadcrumb: Crumb[];
  /** Which standing pages exist, for the organisation's JSON-LD (described in full, as on the standing pages). */
  present: StandingPagesPresent;
};

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * `authors` grouped by their desk: desks in the order of lib/config/desks.ts, only those with at
 * least one person, and each desk's people in alphabetical order of their names.
 */
export function groupByDesk(authors: readonly AuthorProfile[]): MastheadDesk[] {
  return desks.flatMap((desk) => {
    const people = authors.filter((author) => author.desk === desk.slug).sort((a, b) => byName.compare(a.name, b.name));
    return people.length > 0 ? [{ desk, people }] : [];
  });
}

/** The people of `masthead` in the order it lists them: desk by desk, by name within a desk. */
export function mastheadPeople(masthead: Pick<Masthead, 'desks'>): AuthorProfile[] {
  return masthead.desks.flatMap((desk) => desk.people);
}

/** The masthead, or undefined when the site has no authors (and so no masthead). */
export function getMasthead(): Masthead | undefined {
  const grouped = groupByDesk(allAuthorProfiles());
  return grouped.length > 0
    ? { desks: grouped, breadcrumb: mastheadBreadcrumb(), present: getStandingPagesPresent() }
    : undefined;
}
