import { FrontPage } from '@/components/home/front-page';
import { SiteChrome } from '@/components/layout/site-chrome';
import { JsonLd } from '@/components/seo/json-ld';
import { getFrontPage } from '@/lib/content/front-page';
import { getAboutLinks, getStandingPagesPresent } from '@/lib/content/store';
import { isPreview } from '@/lib/serving/preview';
import { feedLinks } from '@/lib/seo/feeds';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/content/scopes';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { homeGraph } from '@/lib/seo/structured-data';

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

const SITE = { kind: 'site' } as const;

export const metadata = pageMetadata({
  title: scopeTitle(SITE),
  absoluteTitle: true,
  description: scopeDescription(SITE),
  path: scopePath(SITE),
  image: generatedCard(scopePath(SITE), scopeTitle(SITE)),
  feeds: feedLinks(SITE),
});

export default async function HomePage() {
  const { front, authorNames } = getFrontPage({ now: new Date(), preview: await isPreview() });
  return (
    <SiteChrome aboutLinks={getAboutLinks()}>
      <JsonLd data={homeGraph(getStandingPagesPresent())} />
      <FrontPage front={front} authorNames={authorNames} siteName={siteConfig.name} />
    </SiteChrome>
  );
}
