// A migrated test database with two offices and the app over it, plus enrolled devices: what
// every endpoint test starts from. Call `closeTestServers()` in afterEach.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';
import { createOffice, enroll, issueEnrolmentCode } from './enrolment';

export const officeA = 'dinsos-bulukumba';
export const officeB = 'dinsos-solok';

export interface TestDevice {
  officeId: string;
  deviceId: string;
  token: string;
  /** `{ authorization: 'Bearer …' }` for `app.inject`. */
  headers: { authorization: string };
}

export interface TestServer {
  db: Database;
  app: FastifyInstance;
  enrollDevice(officeId: string, label?: string): Promise<TestDevice>;
}

const open: { test: TestDatabase; app: FastifyInstance }[] = [];

export async function openTestServer(kind: 'postgres' | 'pglite'): Promise<TestServer> {
  const test = await openTestDatabase(kind);
  const app = buildApp({ db: test.db });
  open.push({ test, app });
  await migrate(test.db);
  await createOffice(test.db, officeA, 'Dinas Sosial Kabupaten Bulukumba');
  await createOffice(test.db, officeB, 'Dinas Sosial Kota Solok');
  return {
    db: test.db,
    app,
    async enrollDevice(officeId, label = 'Loket uji') {
      const { code } = await issueEnrolmentCode(test.db, officeId);
      const enrolled = await enroll(test.db, { code, label });
      if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.code}`);
      const { deviceId, token } = enrolled.value;
      return { officeId, deviceId, token, headers: { authorization: `Bearer ${token}` } };
    },
  };
}

export async function closeTestServers(): Promise<void> {
  for (const { test, app } of open.splice(0)) {
    await app.close();
    await test.drop();
  }
}
