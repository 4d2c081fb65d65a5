// The office's signing keys, owned by the server: `rotate-key` makes a new current key and
// retires the previous one (its letters keep verifying). Devices pull the current key (kind
// `officeKey`, with its secret, to sign letters offline) and the office's keyring (kind
// `keyring`, public halves only, to check letters).
import {
  generateOfficeKey,
  keyringEntryOf,
  type Keyring,
  type KeyringEntry,
  type OfficeKey,
} from '../shared/letters/verification/keys';
import type { DeviceIdentity } from './auth';
import type { Database, Sql } from './db/database';
import { writeRecords } from './sync/records';

interface KeyRow {
  key_id: string;
  public_key: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** Every key of the office, oldest first, as keyring entries. */
export async function keyringOf(tx: Sql, officeId: string): Promise<Keyring> {
  const { rows } = await tx.query<KeyRow>(
    'SELECT key_id, public_key, created_at, revoked_at FROM office_keys WHERE office_id = $1 ORDER BY created_at, key_id',
    [officeId],
  );
  return {
    keys: rows.map((row): KeyringEntry => ({
      keyId: row.key_id,
      officeId,
      publicKey: row.public_key,
      createdAt: new Date(row.created_at).toISOString(),
      ...(row.revoked_at === null ? {} : { revokedAt: new Date(row.revoked_at).toISOString() }),
    })),
  };
}

/** Makes `key` the office's current key, retiring the one before, and hands both records to pull. */
export async function installOfficeKey(
  db: Database,
  key: OfficeKey,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM offices WHERE office_id = $1', [key.officeId]);
    if (rows.length === 0) throw new Error(`no office ${key.officeId}`);
    await tx.query(
      'UPDATE office_keys SET retired_at = $2 WHERE office_id = $1 AND retired_at IS NULL',
      [key.officeId, now],
    );
    await tx.query(
      `INSERT INTO office_keys (office_id, key_id, public_key, secret_key, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [key.officeId, key.keyId, key.publicKey, key.secretKey, key.createdAt],
    );
    await writeRecords(
      tx,
      key.officeId,
      [
        { kind: 'officeKey', id: key.officeId, body: key },
        { kind: 'keyring', id: key.officeId, body: await keyringOf(tx, key.officeId) },
      ],
      null,
    );
  });
}

/** A fresh key for the office; returns its public half. */
export async function rotateOfficeKey(
  db: Database,
  officeId: string,
  now = new Date(),
): Promise<KeyringEntry> {
  const key = generateOfficeKey(officeId, now);
  await installOfficeKey(db, key, now);
  return keyringEntryOf(key);
}

/**
 * A key a counter made itself before it first synced (it signs letters offline from the first
 * one): its public half joins the office's keyring, never as the current key, so the letters
 * it signed verify on the server and on every counter. The office is the token's.
 */
export async function registerDeviceKey(
  db: Database,
  device: DeviceIdentity,
  key: Pick<KeyringEntry, 'keyId' | 'publicKey' | 'createdAt'>,
  now = new Date(),
): Promise<'registered' | 'known'> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ public_key: string }>(
      'SELECT public_key FROM office_keys WHERE office_id = $1 AND key_id = $2',
      [device.officeId, key.keyId],
    );
    if (rows[0]) return 'known';
    await tx.query(
      `INSERT INTO office_keys (office_id, key_id, public_key, secret_key, created_at, retired_at)
       VALUES ($1, $2, $3, NULL, $4, $5)`,
      [device.officeId, key.keyId, key.publicKey, key.createdAt, now],
    );
    await writeRecords(tx, device.officeId, [
      { kind: 'keyring', id: device.officeId, body: await keyringOf(tx, device.officeId) },
    ]);
    return 'registered';
  });
}
