/**
 * Settings shared by playwright.config.ts and the end-to-end tests. The config runs once in the
 * runner and again in every worker; values that must be the same everywhere (the scheduled time) are
 * set once in the environment, which the workers inherit.
 */

/** The port of the site built from this checkout. */
export const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The port of the fixture site: a temporary copy of the project with test articles added. */
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? PORT + 10);

export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;

/** The preview secret both servers run with. For tests only. */
export const PREVIEW_SECRET = 'e2e-preview-secret-not-for-production';

/** Seconds from the start of the test run to the fixture site's scheduled article going live. */
const SCHEDULE_DELAY_SECONDS = Number(process.env.E2E_SCHEDULE_DELAY ?? 180);

process.env.E2E_SCHEDULED_AT ??= new Date(
  Math.ceil((Date.now() + SCHEDULE_DELAY_SECONDS * 1000) / 60_000) * 60_000,
).toISOString();

/** When the fixture site's scheduled article goes live (ISO 8601, a whole minute). */
export const SCHEDULED_AT: string = process.env.E2E_SCHEDULED_AT;
