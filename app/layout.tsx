import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PreviewBanner } from '@/components/layout/preview-banner';
import { isPreview } from '@/lib/serving/preview';
import { siteConfig } from '@/lib/config/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
  applicationName: siteConfig.name,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

// The header, main landmark and footer (SiteChrome) come from the layouts and pages below: only
// they know which section a page belongs to, and the header marks it without client JavaScript.
// The preview banner is the one thing above them, shown only to editors in draft mode.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const preview = await isPreview();
  return (
    <html lang={siteConfig.language}>
      <body className="flex min-h-screen flex-col font-sans">
        {preview ? <PreviewBanner /> : null}
        {children}
      </body>
    </html>
  );
}
