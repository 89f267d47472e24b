import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { notFoundResponse } from '@/lib/format/http';
import { ENHANCEMENT_DIR, resolveEnhancementFile } from '@/lib/serving/enhancements';

type Params = { file: string };

/**
 * Serves the enhancement modules from `.enhancements/` (written by `npm run enhancements` before
 * `next build`): only the `<name>.<hash>.js` files this build's manifest lists
 * (lib/serving/enhancements.ts). Their names change with their content, so they are cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const fileName = resolveEnhancementFile([(await params).file]);
  if (!fileName) return notFoundResponse();
  let body: Buffer;
  try {
    // Read at run time, not traced into the server build: a standalone deploy copies .enhancements/.
    body = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), ENHANCEMENT_DIR, fileName));
  } catch {
    return notFoundResponse({ 'Cache-Control': 'no-store' });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
