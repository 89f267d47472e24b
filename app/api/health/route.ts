import { currentCacheStatus, currentContent, healthReport } from '@/lib/serving/health';

// Answered live on every request; never cached by Next, a CDN or the browser.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(healthReport(process.uptime(), currentCacheStatus(), currentContent()), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
