/**
 * The newsroom's standing pages (`content/pages/<slug>.mdx`, shown at `/about` and `/about/<slug>`):
 * which page answers which of schema.org's `NewsMediaOrganization` properties, the footer's "About"
 * group, and the organisation's contact points and profiles elsewhere. Written once: the JSON-LD
 * (lib/seo/structured-data.ts), the footer and the checker (lib/checks/page-rules.ts, which refuses a
 * property here whose page is missing or a draft) all read this file.
 */
import { siteConfig } from './site-config';
import { ABOUT_PAGE_SLUG, MASTHEAD_SLUG } from './urls';

/** The `NewsMediaOrganization` properties a standing page can fill (the Trust Project's indicators). */
export const POLICY_PROPERTIES = [
  'publishingPrinciples',
  'ethicsPolicy',
  'correctionsPolicy',
  'ownershipFundingInfo',
  'unnamedSourcesPolicy',
  'verificationFactCheckingPolicy',
  'diversityPolicy',
  'actionableFeedbackPolicy',
] as const;

export type PolicyProperty = (typeof POLICY_PROPERTIES)[number];

/**
 * The slug of the page each property points at. The about page is the publishing principles: it says
 * what the newsroom is for and links every policy. `actionableFeedbackPolicy` is the contact page:
 * how to reach the newsroom, send a tip or ask for a correction.
 */
export const policyPages: Readonly<Record<PolicyProperty, string>> = {
  publishingPrinciples: ABOUT_PAGE_SLUG,
  ethicsPolicy: 'ethics',
  correctionsPolicy: 'corrections-policy',
  ownershipFundingInfo: 'ownership-and-funding',
  unnamedSourcesPolicy: 'unnamed-sources',
  verificationFactCheckingPolicy: 'verification',
  diversityPolicy: 'diversity',
  actionableFeedbackPolicy: 'contact',
};

/** The slug of the contact page: the `url` of every contact point. */
export const CONTACT_PAGE_SLUG = policyPages.actionableFeedbackPolicy;

/** One link of the footer's "About" group: a standing page's slug (or the masthead's) and its label. */
export type AboutLinkConfig = { slug: string; label: string };

/** What the about page is called in breadcrumbs and the footer: the first step under Home of every standing page. */
export const ABOUT_LABEL = 'About us';

/** The heading of the footer's group of standing pages. */
export const ABOUT_GROUP_LABEL = `About ${siteConfig.name}`;

/**
 * The footer's "About" group, in order. A link shows only while its page is published;
 * `MASTHEAD_SLUG` is the masthead, shown while the site has at least one author page.
 */
export const aboutLinks: readonly AboutLinkConfig[] = [
  { slug: ABOUT_PAGE_SLUG, label: ABOUT_LABEL },
  { slug: CONTACT_PAGE_SLUG, label: 'Contact us' },
  { slug: MASTHEAD_SLUG, label: 'Masthead' },
  { slug: policyPages.ethicsPolicy, label: 'Ethics and standards' },
  { slug: policyPages.correctionsPolicy, label: 'Corrections policy' },
  { slug: policyPages.verificationFactCheckingPolicy, label: 'Verification and fact-checking' },
  { slug: policyPages.unnamedSourcesPolicy, label: 'Unnamed sources' },
  { slug: policyPages.ownershipFundingInfo, label: 'Ownership and funding' },
  { slug: policyPages.diversityPolicy, label: 'Diversity' },
  { slug: 'accessibility', label: 'Accessibility' },
];

/** A way to reach the newsroom (schema.org `ContactPoint`); its `url` is the contact page. */
export type NewsroomContact = {
  /** What the address is for, in schema.org's free-text `contactType`. */
  contactType: string;
  /** How the contact page names it. */
  label: string;
  email: string;
  /** What to write about, shown beside the address on the contact page. */
  description: string;
};

/**
 * The newsroom's addresses: listed on the contact page (above its body, which says how to send
 * something sensitive) and in the organisation's JSON-LD.
 */
export const newsroomContacts: readonly NewsroomContact[] = [
  {
    contactType: 'newsroom',
    label: 'The newsroom',
    email: 'newsroom@meridian-news.example',
    description: 'Questions about our journalism, letters to the editor, press releases and invitations.',
  },
  {
    contactType: 'news tips',
    label: 'News tips',
    email: 'tips@meridian-news.example',
    description: 'Story ideas and information that is not sensitive. For anything that is, read on before you write.',
  },
  {
    contactType: 'corrections',
    label: 'Corrections',
    email: 'corrections@meridian-news.example',
    description: 'Something we got wrong: say which story, what is wrong and, if you can, how you know.',
  },
];

/** The organisation's own profiles elsewhere (schema.org `sameAs`). */
export const organizationProfiles: readonly string[] = [
  'https://social.example/@themeridian',
  'https://video.example/c/themeridian',
  'https://www.linkedin.example/company/meridian-news',
];
