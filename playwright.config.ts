import { defineConfig, devices } from '@playwright/test';
import { E2E_REVALIDATE_SECRET } from './tests/e2e/support/servers';

/** Several checkouts can run their suites side by side on different ports. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests run against the production build (`npm run build` first, then the standalone
 * server that production runs), driving Debian's Chromium: browser downloads are not possible on our
 * machines.
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
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node .next/standalone/server.js',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
    },
  },
});
