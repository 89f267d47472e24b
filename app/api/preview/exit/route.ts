import { draftMode } from 'next/headers';

/** `POST /api/preview/exit` (the banner's "Leave preview" button) turns preview off and goes home. */
export async function POST(): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: '/', 'Cache-Control': 'no-store' } });
}
