import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PreviewBanner } from '@/components/layout/preview-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { yearOf } from '@/lib/format';
import { isPreview } from '@/lib/preview';
import { siteConfig } from '@/lib/site-config';
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const preview = await isPreview();
  return (
    <html lang={siteConfig.language}>
      <body className="flex min-h-screen flex-col font-sans">
        {preview ? <PreviewBanner /> : null}
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter year={yearOf(new Date())} />
      </body>
    </html>
  );
}
