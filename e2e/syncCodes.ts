// Where the e2e sync server listens and leaves its enrolment codes (see syncServer.ts).
import { readFileSync } from 'node:fs';

export const e2eSync = {
  port: Number(process.env.E2E_SYNC_PORT ?? 4189),
  codesFile: 'test-results/e2e-sync.json',
};

/** The `index`-th unused code of an office: each spec takes its own indexes. */
export function enrolmentCode(officeId: string, index: number): string {
  const codes = JSON.parse(readFileSync(e2eSync.codesFile, 'utf8')) as Record<string, string[]>;
  const code = codes[officeId]?.[index];
  if (!code) throw new Error(`no enrolment code ${index} for ${officeId}`);
  return code;
}
