// Server accounts for the actors of a test (seeded staff, harness staff), as create-admin or a
// `user.create` op would store them.
import { uuidv7 } from 'uuidv7';
import type { JournalEntry } from '../../shared/commands/harness.test-helpers';
import type { OpEnvelope } from '../../shared/sync/push';
import type { UserRecord } from '../../shared/users/user';
import type { Actor } from '../../shared/workflow/types';
import type { Database } from '../db/database';
import { createUser } from '../staff';

const testPin = {
  algorithm: 'PBKDF2-SHA256' as const,
  iterations: 1000,
  salt: '0'.repeat(32),
  hash: '1'.repeat(64),
};

export function accountOf(actor: Actor, name: string, index: number): UserRecord {
  const signs = actor.roles.includes('signer');
  return {
    id: actor.userId,
    name,
    roles: [...actor.roles],
    positions: [...(actor.positions ?? [])],
    ...(signs
      ? { nip: `1970010119950${(index % 9) + 1}100${(index % 9) + 1}`, rank: 'IV/c' as const }
      : {}),
    pin: testPin,
    failedAttempts: 0,
    lockedUntil: null,
    active: true,
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-05T08:00:00+07:00',
  };
}

/** Accounts for every distinct actor, named after their id. */
export async function createAccounts(
  db: Database,
  officeId: string,
  actors: readonly Actor[],
): Promise<void> {
  const distinct = new Map(actors.map((actor) => [actor.userId, actor]));
  for (const [index, actor] of [...distinct.values()].entries()) {
    await createUser(db, officeId, accountOf(actor, `Petugas ${actor.userId}`, index));
  }
}

/** A harness journal as one device's outbox, numbered from `firstSeq`. */
export const opsOf = (journal: readonly JournalEntry[], firstSeq = 1): OpEnvelope[] =>
  journal.map((entry, index) => ({
    opId: uuidv7(),
    seq: firstSeq + index,
    schemaVersion: 1,
    type: entry.type,
    userId: entry.actor.userId,
    clientTime: entry.at.toISOString(),
    payload: entry.payload,
  }));
