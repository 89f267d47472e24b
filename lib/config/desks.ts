/**
 * The newsroom's desks, in the order the masthead lists them: the one definition the author schema
 * (`desk`), the checker and the masthead read. A desk is the part of the newsroom a journalist works
 * for; it is not a section (a reporter on the technology and science desk writes for both sections,
 * and the standards desk publishes no section at all).
 */
import { siteConfig } from './site-config';

export const desks = [
  {
    slug: 'editors',
    name: 'Editors',
    description: 'Who decides what The Meridian publishes, and answers for it.',
  },
  {
    slug: 'standards',
    name: 'Standards',
    description: 'Corrections, complaints and the rules our journalism keeps.',
  },
  { slug: 'world', name: 'World', description: 'International news, from the newsroom in New York.' },
  { slug: 'politics', name: 'Politics', description: 'Councils, parliaments and the people who vote for them.' },
  { slug: 'business', name: 'Business', description: 'Trade, work, prices and the companies behind them.' },
  {
    slug: 'technology-science',
    name: 'Technology and science',
    description: 'Research, software and the public services that run on them.',
  },
  { slug: 'culture', name: 'Culture', description: 'Arts, music, books and the places that keep them.' },
  { slug: 'sport', name: 'Sport', description: 'Results, clubs and the business of games.' },
] as const;

export type Desk = (typeof desks)[number];
export type DeskSlug = Desk['slug'];

/** The desk with this slug, or undefined. */
export function getDesk(slug: string): Desk | undefined {
  return desks.find((desk) => desk.slug === slug);
}

/** The masthead's title: its heading, its breadcrumb's last step and its page title. */
export const MASTHEAD_TITLE = 'Masthead';

/** What the masthead is, for its meta description and its JSON-LD. */
export const MASTHEAD_DESCRIPTION = `Who makes ${siteConfig.name}: our editors, reporters and desks, and what each of them covers.`;
