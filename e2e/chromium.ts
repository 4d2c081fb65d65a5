import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright's own browser download does not work here. */
export const chromiumPath = process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const hasChromium = existsSync(chromiumPath);

/** Why the browser suite did not run, reported as a skip (never as a pass). */
export const noChromiumReason = `Chromium not found at ${chromiumPath}: e2e tests skipped (install Debian's chromium package, or set LOKET_CHROMIUM).`;
