/**
 * Runs once when the server starts, before it answers any request (Next's `register` hook).
 * `NEXT_RUNTIME` is Next's own marker for which runtime loads this file, not a setting of ours.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installRequestTargetGuard } = await import('@/lib/serving/request-target');
  installRequestTargetGuard();
}
