// The sync server of the e2e suite, started by Playwright beside the app (playwright.config.ts):
// the real server on an in-memory PGlite with the offices the suites use, and one-time
// enrolment codes for them written to test-results/e2e-sync.json for the specs to read.
import { mkdir, writeFile } from 'node:fs/promises';
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { createOffice, issueEnrolmentCode } from '../server/enrolment';
import { e2eSync } from './syncCodes';

const offices = {
  'dinsos-bulukumba': 'Dinas Sosial Kabupaten Bulukumba',
  'dinsos-mentawai': 'Dinas Sosial Kabupaten Kepulauan Mentawai',
  'dinsos-solok': 'Dinas Sosial Kota Solok',
};
const CODES_PER_OFFICE = 20;

const db = await openDatabase({ kind: 'pglite' });
await migrate(db);
const codes: Record<string, string[]> = {};
for (const [officeId, name] of Object.entries(offices)) {
  await createOffice(db, officeId, name);
  codes[officeId] = [];
  for (let index = 0; index < CODES_PER_OFFICE; index += 1) {
    codes[officeId].push((await issueEnrolmentCode(db, officeId)).code);
  }
}
await mkdir('test-results', { recursive: true });
await writeFile(e2eSync.codesFile, JSON.stringify(codes));
const app = buildApp({ db, logger: { level: 'warn' } });
await app.listen({ host: '127.0.0.1', port: e2eSync.port });
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
