import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { OG_CARD_SIZE } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';

const INK = '#141414';
const ACCENT = '#a3001b';
const PAPER = '#ffffff';
const MUTED = '#555555';

// Source Serif 4 from npm (@fontsource): read from disk, never downloaded.
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files');

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'source-serif-4-latin-400-normal.woff')),
    readFile(path.join(FONT_DIR, 'source-serif-4-latin-700-normal.woff')),
  ]).then(([regular, bold]) => [
    { name: 'Source Serif 4', data: regular, weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: bold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}

type Props = {
  title: string;
  /** A line above the title: "World", "Topic", "Author". */
  kicker?: string;
};

/** The card itself: site name, kicker and title, in the site's colours. Only flexbox: Satori's subset. */
export function OgCard({ title, kicker }: Props) {
  const size = title.length > 60 ? 64 : title.length > 30 ? 80 : 96;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        backgroundColor: PAPER,
        borderTop: `24px solid ${ACCENT}`,
        padding: '56px 72px',
        fontFamily: 'Source Serif 4',
        color: INK,
      }}
    >
      <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, letterSpacing: -1 }}>{siteConfig.name}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker ? (
          <div style={{ display: 'flex', fontSize: 32, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 }}>
            {kicker}
          </div>
        ) : null}
        <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1, marginTop: 12 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: MUTED, borderTop: `2px solid ${INK}`, paddingTop: 20 }}>
        {siteConfig.url.replace(/^https?:\/\//, '')}
      </div>
    </div>
  );
}

/** The PNG card for a page without a hero, at the Open Graph size (1200×630). */
export async function renderOgCard(props: Props): Promise<ImageResponse> {
  return new ImageResponse(<OgCard {...props} />, { ...OG_CARD_SIZE, fonts: await loadFonts() });
}
