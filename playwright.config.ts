import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath, hasChromium, noChromiumReason } from './e2e/chromium';
import { electronBinary, noElectronReason } from './e2e/electron/electronBinary';
import { e2eSync } from './e2e/syncCodes';

// The list reporter does not print skip reasons: say them once, from the runner process.
if (process.env.TEST_WORKER_INDEX === undefined) {
  if (!hasChromium) console.warn(noChromiumReason);
  if (electronBinary === undefined) console.warn(noElectronReason);
}

/** A fixed port away from Vite's defaults (5173 dev, 4173 preview), so a running `npm start` does not clash. */
const port = Number(process.env.E2E_PORT ?? 4179);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  // Only Playwright's own artefacts; test-results/ also holds other suites' reports.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The counter laptops' screen.
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      // The sync server the app's preview passes /v1 on to (renderer/vite.config.ts).
      command: 'npx tsx e2e/syncServer.ts',
      url: `http://127.0.0.1:${e2eSync.port}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npm run build && npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
      env: { LOKET_SYNC_SERVER: `http://127.0.0.1:${e2eSync.port}` },
      url: baseURL,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
