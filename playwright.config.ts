import { defineConfig, devices } from '@playwright/test';
import { pinnedToday } from './tests/support/pinned-today';

export const port = Number(process.env.E2E_PORT ?? 3100);
/** The first-day run: a production server (no demo) on an empty database, for e2e/first-day.spec.ts alone. */
const firstDay = process.env.E2E_FIRST_DAY === '1';
export const baseURL = `http://localhost:${port}`;
// One database per port, so two runs on different ports never share one.
const database = `data/e2e-${port}.sqlite`;
const uploads = `data/e2e-${port}-uploads`;

export default defineConfig({
  testDir: 'e2e',
  // Per port, so that runs side by side (the calendar runs) never clean up each other's files.
  outputDir: `test-results/${port}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's headless build of the same Chromium: no desktop windowing, about 40% less processor
      // time per page than the full browser in headless mode.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: firstDay
    ? [
        {
          name: 'first-day',
          use: { ...devices['Desktop Chrome'], channel: undefined },
          testMatch: /first-day\.spec\.ts/,
        },
      ]
    : [
        { name: 'setup', testMatch: /auth\.setup\.ts/ },
        {
          name: 'laptop',
          use: { ...devices['Desktop Chrome'], channel: undefined },
          dependencies: ['setup'],
          testIgnore: [/\.phone\.spec\.ts/, /first-day\.spec\.ts/],
        },
        {
          name: 'phone',
          use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
          dependencies: ['setup'],
          testMatch: /\.phone\.spec\.ts/,
        },
      ],
  webServer: {
    // A fresh demo database for every run; `scripts/start.ts` builds first only if the sources changed.
    command: `rm -rf ${uploads} ${database} ${database}-wal ${database}-shm && node_modules/.bin/tsx --conditions=react-server scripts/start.ts`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_PATH: database,
      UPLOADS_DIR: uploads,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      NEXTAUTH_URL: baseURL,
      ZHIBU_DEMO: firstDay ? '0' : '1',
      ZHIBU_TODAY: pinnedToday,
      // A production server refuses a pinned day unless told it is meant (lib/clock.ts).
      ...(firstDay ? { ZHIBU_ALLOW_FIXED_TODAY: '1' } : {}),
      // One server process: the browsers already keep both cores busy, and a second process only adds
      // its own warm-up (9.5 against 10.5 minutes). Sharing the database between processes is held by
      // tests/queries/cache.test.ts and the backup test.
      WEB_CONCURRENCY: '1',
    },
  },
});
