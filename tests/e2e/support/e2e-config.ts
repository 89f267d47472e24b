import { tmpdir } from 'node:os';
import path from 'node:path';

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

/**
 * An article outside the prerendered set that only tests/e2e/long-tail.spec.ts requests: its first
 * request must be the one that renders it. Other tests that walk every address leave it out.
 */
export const LONG_TAIL_ARTICLE = '/technology/valdoria-libraries-switch-to-open-source-catalogue';

/** The preview secret both servers run with. For tests only. */
export const PREVIEW_SECRET = 'e2e-preview-secret-not-for-production';

/** Seconds from the start of the test run to the fixture site's scheduled article going live. */
const SCHEDULE_DELAY_SECONDS = Number(process.env.E2E_SCHEDULE_DELAY ?? 300);

process.env.E2E_SCHEDULED_AT ??= new Date(
  Math.ceil((Date.now() + SCHEDULE_DELAY_SECONDS * 1000) / 60_000) * 60_000,
).toISOString();

/** When the fixture site's scheduled article goes live (ISO 8601, a whole minute). */
export const SCHEDULED_AT: string = process.env.E2E_SCHEDULED_AT;

process.env.E2E_FIXTURE_SITE_DIR ??= path.join(tmpdir(), `meridian-e2e-site-${process.pid}-${Date.now()}`);

/**
 * Where the fixture site's copy of the project is (tests/e2e/support/fixture-site.ts makes it, and
 * deletes it when its server stops): tests write into its content/ what editors would commit, such as
 * the breaking-news line, which the running server reads without a rebuild.
 */
export const FIXTURE_SITE_DIR: string = process.env.E2E_FIXTURE_SITE_DIR;
