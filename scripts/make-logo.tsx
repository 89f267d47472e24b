/**
 * Draws The Meridian's logo, public/logo.png (512×512): the publisher logo in structured data and
 * the image of the feeds.
 *
 *   npx tsx scripts/make-logo.tsx
 *
 * Rendered with next/og (Satori + resvg) and Source Serif 4 from npm, so it needs no network and
 * no system fonts. Deterministic: a file whose bytes would not change is left alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';

const SIZE = 512;
const INK = '#141414';
const ACCENT = '#a3001b';
const OUT = path.join(process.cwd(), 'public', 'logo.png');
const APPLE_ICON = path.join(process.cwd(), 'app', 'apple-icon.png');
const FONT = path.join(
  process.cwd(),
  'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
);

async function main(): Promise<void> {
  const font = await readFile(FONT);
  const image = new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          backgroundColor: '#ffffff',
          fontFamily: 'Source Serif 4',
          color: INK,
        }}
      >
        {/* A meridian: the arc of a globe's line of longitude behind the initial. */}
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 300,
            height: 300,
            borderRadius: 150,
            border: `14px solid ${ACCENT}`,
          }}
        >
          <div style={{ display: 'flex', fontSize: 230, fontWeight: 700, lineHeight: 1, marginTop: -12 }}>M</div>
        </div>
        <div style={{ display: 'flex', marginTop: 28, fontSize: 54, fontWeight: 700, letterSpacing: -1 }}>
          The Meridian
        </div>
      </div>
    ),
    { width: SIZE, height: SIZE, fonts: [{ name: 'Source Serif 4', data: font, weight: 700, style: 'normal' }] },
  );
  const bytes = Buffer.from(await image.arrayBuffer());
  await writeIfChanged(OUT, bytes);
  // The home-screen icon for iOS is the same logo at 180 px.
  await writeIfChanged(APPLE_ICON, await sharp(bytes).resize(180, 180).png().toBuffer());
}

async function writeIfChanged(file: string, bytes: Buffer): Promise<void> {
  const current = await readFile(file).catch(() => undefined);
  if (current?.equals(bytes)) {
    console.log(`unchanged ${path.relative(process.cwd(), file)}`);
    return;
  }
  await writeFile(file, bytes);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
