import { FrontPage } from '@/components/home/front-page';
import { SiteChrome } from '@/components/layout/site-chrome';
import { selectFrontPage, type FrontPageSizes } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { siteConfig } from '@/lib/site-config';
import { pageMetadata } from '@/lib/seo';

/** How much the front page shows: fixed, so its HTML stays the same size as the archive grows. */
const FRONT_PAGE: FrontPageSizes = { topStories: 4, perSection: 3, latest: 10 };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const metadata = pageMetadata({
  title: `${siteConfig.name}: news and analysis`,
  absoluteTitle: true,
  description: siteConfig.description,
  path: '/',
});

export default function HomePage() {
  return (
    <SiteChrome>
      <FrontPage
        front={selectFrontPage(getPublishedArticles(), FRONT_PAGE)}
        authorNames={getAuthorNames()}
        siteName={siteConfig.name}
      />
    </SiteChrome>
  );
}
