import type { Graph } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { standingPageBreadcrumb } from '@/lib/content/breadcrumbs';
import type { StandingPagesPresent } from '@/lib/content/standing-pages';
import { siteConfig } from '@/lib/config/site-config';
import {
  CONTACT_PAGE_SLUG,
  newsroomContacts,
  organizationProfiles,
  POLICY_PROPERTIES,
  policyPages,
} from '@/lib/config/standing-pages';
import { homeGraph, jsonLdIds, organizationNode, serializeJsonLd, standingPageGraph } from '@/lib/seo/structured-data';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The graph as a crawler reads it: parsed back from the serialised script text. */
function parse(graph: Graph): JsonObject[] {
  const data: unknown = JSON.parse(serializeJsonLd(graph));
  if (!isObject(data) || !Array.isArray(data['@graph'])) throw new Error('not a schema.org @graph');
  return data['@graph'].filter(isObject);
}

function byType(nodes: JsonObject[], type: string): JsonObject {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [only] = found;
  if (!only) throw new Error(`no ${type}`);
  return only;
}

/** The organisation as serialised, so the test sees what a crawler sees. */
function organisation(present?: StandingPagesPresent): JsonObject {
  return byType(parse(homeGraph(present)), 'NewsMediaOrganization');
}

const site = siteConfig.url;
const everyPolicyPage = new Set(Object.values(policyPages));
const STANDING_KEYS = [...POLICY_PROPERTIES, 'masthead', 'contactPoint'];

describe('the NewsMediaOrganization node', () => {
  it('points every policy property at its published page, and carries the masthead, contact points and profiles', () => {
    const org = organisation({ pages: everyPolicyPage, masthead: true });
    expect(org).toMatchObject({
      '@id': `${site}/#organization`,
      publishingPrinciples: `${site}/about`,
      ethicsPolicy: `${site}/about/ethics`,
      correctionsPolicy: `${site}/about/corrections-policy`,
      ownershipFundingInfo: `${site}/about/ownership-and-funding`,
      unnamedSourcesPolicy: `${site}/about/unnamed-sources`,
      verificationFactCheckingPolicy: `${site}/about/verification`,
      diversityPolicy: `${site}/about/diversity`,
      actionableFeedbackPolicy: `${site}/about/contact`,
      masthead: `${site}/about/masthead`,
      sameAs: [...organizationProfiles],
    });
    expect(org.contactPoint).toEqual(
      newsroomContacts.map((c) => ({
        '@type': 'ContactPoint',
        contactType: c.contactType,
        email: c.email,
        url: `${site}/about/contact`,
      })),
    );
  });

  it.each(POLICY_PROPERTIES.map((p) => [p, policyPages[p]] as const))(
    'carries %s only when its page (%s) is published',
    (property, slug) => {
      expect(organisation({ pages: new Set([slug]), masthead: false })[property]).toBe(
        `${site}${slug === 'about' ? '/about' : `/about/${slug}`}`,
      );
      const others = new Set([...everyPolicyPage].filter((s) => s !== slug));
      expect(organisation({ pages: others, masthead: false })).not.toHaveProperty(property);
    },
  );

  it('has no policy, masthead or contact point when no standing page is published and there are no authors', () => {
    const org = organisation({ pages: new Set(), masthead: false });
    for (const key of STANDING_KEYS) expect(org).not.toHaveProperty(key);
    // Its profiles elsewhere are not pages of this site: they are always given.
    expect(org.sameAs).toEqual([...organizationProfiles]);
  });

  it('points at the masthead only while the site has authors', () => {
    expect(organisation({ pages: new Set(), masthead: true }).masthead).toBe(`${site}/about/masthead`);
    expect(organisation({ pages: everyPolicyPage, masthead: false })).not.toHaveProperty('masthead');
  });

  it('gives contact points, each with the contact page as its url, only while the contact page is published', () => {
    const withoutContact = new Set([...everyPolicyPage].filter((s) => s !== CONTACT_PAGE_SLUG));
    expect(organisation({ pages: withoutContact, masthead: true })).not.toHaveProperty('contactPoint');
    const points = organisation({ pages: new Set([CONTACT_PAGE_SLUG]), masthead: false }).contactPoint;
    expect(Array.isArray(points) && points.map((p: unknown) => (isObject(p) ? p.url : undefined))).toEqual(
      newsroomContacts.map(() => `${site}/about/contact`),
    );
  });

  it('is the brief publisher node, without the standards, when nothing says which pages exist', () => {
    const brief = organizationNode();
    for (const key of [...STANDING_KEYS, 'sameAs']) expect(brief).not.toHaveProperty(key);
    expect(brief).toMatchObject({
      '@id': jsonLdIds.organization(),
      name: siteConfig.name,
      legalName: siteConfig.publisher,
    });
  });
});

describe('standingPageGraph', () => {
  const present: StandingPagesPresent = { pages: everyPolicyPage, masthead: true };
  const page = (slug: string, url: string) => ({
    slug,
    url,
    title: `The ${slug} page`,
    standfirst: `What the ${slug} page says.`,
    updatedAt: '2026-10-14T14:00:00.000Z',
  });

  it.each([
    ['about', '/about', 'AboutPage'],
    ['contact', '/about/contact', 'ContactPage'],
    ['ethics', '/about/ethics', 'WebPage'],
  ])(
    'describes %s as a %s about and by the organisation, with its breadcrumb and the organisation in full',
    (slug, url, type) => {
      const p = page(slug, url);
      const crumbs = standingPageBreadcrumb(p);
      const nodes = parse(standingPageGraph(p, crumbs, present));
      expect(byType(nodes, type)).toEqual({
        '@type': type,
        '@id': `${site}${url}`,
        url: `${site}${url}`,
        name: p.title,
        description: p.standfirst,
        inLanguage: siteConfig.language,
        isPartOf: { '@id': `${site}/#website` },
        breadcrumb: { '@id': `${site}${url}#breadcrumb` },
        // The newsroom's own clock: 14:00 UTC is 10:00 in New York in October.
        dateModified: '2026-10-14T10:00:00-04:00',
        about: { '@id': `${site}/#organization` },
        publisher: { '@id': `${site}/#organization` },
      });
      const breadcrumb = byType(nodes, 'BreadcrumbList');
      expect(breadcrumb.itemListElement).toEqual(
        crumbs.map((c, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: c.name,
          item: `${site}${c.href === '/' ? '/' : c.href}`,
        })),
      );
      expect(byType(nodes, 'NewsMediaOrganization').ethicsPolicy).toBe(`${site}/about/ethics`);
      byType(nodes, 'WebSite');
    },
  );
});
