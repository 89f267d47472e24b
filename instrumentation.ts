/**
 * Runs once when the server starts, before it answers any request (Next's `register` hook): puts the
 * one HTTP layer (lib/serving/http-layer.ts) in front of Next's router.
 * `NEXT_RUNTIME` is Next's own marker for which runtime loads this file, not a setting of ours.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ installHttpLayer }, { siteConfig }] = await Promise.all([
    import('@/lib/serving/http-layer'),
    import('@/lib/config/site-config'),
  ]);
  installHttpLayer({ frameworkFree: siteConfig.frameworkFreePages });
}
