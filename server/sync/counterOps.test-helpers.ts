// Real ops for server tests: a counter database (fake-indexeddb) seeded by the real commands,
// its outbox read back as push envelopes, and the office's staff as server accounts.
import 'fake-indexeddb/auto';
import { uuidv7 } from 'uuidv7';
import { openLoketDb } from '../../renderer/db/database';
import { servicesOf } from '../../renderer/db/seed/registration';
import { seedCases } from '../../renderer/db/seed/seedCases';
import type { SyncEnrolment } from '../../renderer/db/rows';
import type { OpEnvelope } from '../../shared/sync/push';
import type { TestDevice } from '../testServer.test-helpers';
import type { Database } from '../db/database';
import { createUser } from '../staff';
import { accountOf } from './accounts.test-helpers';
import { serverCatalog } from './officeState';

/** Real villages of the seed offices' regencies (Kemendagri codes). */
export const seedVillages = {
  '18.06': ['18.06.01.1001', '18.06.01.1002', '18.06.02.2012', '18.06.02.2015'],
  '13.09': ['13.09.01.2007', '13.09.01.2008', '13.09.02.2001'],
  '13.74': ['13.74.01.1001', '13.74.02.1002'],
  '13.72': ['13.72.01.1002', '13.72.02.1003'],
  '73.02': ['73.02.01.1001', '73.02.02.1002'],
};

export interface SeededOps {
  ops: OpEnvelope[];
  /** The cases the counter ended with, by id: what the server must end with too. */
  cases: Map<string, { status: string; stationId: string | null; priority: string }>;
}

/** Seeds `count` cases of one office on a fresh counter with `deviceId` and returns its outbox. */
export async function seededOps(options: {
  officeId: string;
  deviceId: string;
  count: number;
  seed?: number;
  now?: Date;
}): Promise<SeededOps> {
  const db = openLoketDb(`seeded-${uuidv7()}`);
  try {
    await seedCases(db, {
      count: options.count,
      villages: seedVillages,
      officeIds: [options.officeId],
      deviceId: options.deviceId,
      seed: options.seed ?? 1,
      days: 60,
      ...(options.now ? { now: options.now } : {}),
      mode: 'batch',
      batchSize: 1000,
    });
    const [outbox, audit, cases] = await Promise.all([
      db.outbox.orderBy('seq').toArray(),
      db.audit.toArray(),
      db.cases.toArray(),
    ]);
    const authors = new Map(audit.map((row) => [row.opId, row.userId]));
    return {
      ops: outbox.map((row) => ({
        opId: row.opId,
        seq: row.seq,
        schemaVersion: row.schemaVersion,
        type: row.type,
        userId: authors.get(row.opId) ?? '',
        clientTime: row.clientTime,
        payload: row.payload,
      })),
      cases: new Map(
        cases.map((row) => [
          row.id,
          { status: row.status, stationId: row.stationId, priority: row.priority },
        ]),
      ),
    };
  } finally {
    db.close();
    await db.delete();
  }
}

/** The seed's staff of the office, as server accounts (what create-admin and user.create ops make). */
export async function createSeedStaff(db: Database, officeId: string): Promise<void> {
  const [choice] = servicesOf(serverCatalog, [officeId]);
  if (!choice) throw new Error(`no seed office ${officeId}`);
  const { fo, bo, byPosition, names } = choice.staff;
  const actors = [fo, bo, ...byPosition.values()];
  for (const [index, actor] of actors.entries()) {
    await createUser(db, officeId, accountOf(actor, names.get(actor.userId) ?? 'Petugas', index));
  }
}

/** A browser-mode counter's enrolment of `device` (the server on the page's origin: null). */
export const enrolmentOf = (
  device: TestDevice,
  label: string,
  serverUrl: string | null = null,
): SyncEnrolment => ({
  serverUrl,
  deviceId: device.deviceId,
  officeId: device.officeId,
  token: device.token,
  label,
  enrolledAt: new Date().toISOString(),
});
