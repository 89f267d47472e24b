import { defineConfig, devices } from '@playwright/test';
import {
  BASE_URL,
  FIXTURE_PORT,
  FIXTURE_URL,
  PORT,
  PREVIEW_SECRET,
  SCHEDULED_AT,
} from './tests/e2e/support/e2e-config';
import { E2E_REVALIDATE_SECRET } from './tests/e2e/support/servers';

/**
 * End-to-end tests run against the production build (`npm run build` first, then the standalone
 * server that production runs), driving Debian's Chromium: browser downloads are not possible on our
 * machines. Several checkouts can run their suites side by side on different ports (E2E_PORT).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  projects: [
    // First, so its tests are dealt out before any other: the scheduled article must be seen as
    // not yet published before SCHEDULED_AT, however long the rest of the suite grows. While its
    // last test waits for that time, the other worker runs everything else.
    { name: 'scheduled', testMatch: 'newsroom.spec.ts', use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', testIgnore: 'newsroom.spec.ts', use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      command: 'node .next/standalone/server.js',
      url: `${BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(PORT),
        HOSTNAME: '127.0.0.1',
        REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
        PREVIEW_SECRET,
      },
    },
    {
      // A temporary copy of the project with test articles (one scheduled a few minutes ahead), built
      // and served for the scheduled-publishing, redirect and corrections tests.
      command: `npx tsx tests/e2e/support/fixture-site.ts --port ${FIXTURE_PORT} --scheduled-at ${SCHEDULED_AT}`,
      url: `${FIXTURE_URL}/`,
      reuseExistingServer: false,
      timeout: 360_000,
      // SIGTERM (not the default SIGKILL) so the script can delete its temporary copy.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
  ],
});
