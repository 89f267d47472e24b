import { draftMode } from 'next/headers';
import { homePath } from '@/lib/config/urls';

/** `POST /api/preview/exit` (the banner's "Leave preview" button) turns preview off and goes home. */
export async function POST(): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: homePath, 'Cache-Control': 'no-store' } });
}
