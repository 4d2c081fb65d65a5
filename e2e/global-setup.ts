import { rm } from 'node:fs/promises';

/** Screenshots of an earlier run must not pass for this run's. */
export default async function globalSetup(): Promise<void> {
  await rm('test-results/screenshots', { recursive: true, force: true });
}
