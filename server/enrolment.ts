// Offices, one-time enrolment codes and the devices they enrol. Codes and tokens are random,
// shown once, and stored only as SHA-256; a code is single-use and expires.
import { randomBytes, randomUUID } from 'node:crypto';
import { encodeBase32 } from '../shared/letters/verification/base32';
import type { EnrollErrorCode, EnrollRequest, EnrollResponse } from '../shared/sync/enroll';
import type { Database } from './db/database';
import { secretHash } from './hashes';

export async function createOffice(db: Database, officeId: string, name: string): Promise<void> {
  await db.query('INSERT INTO offices (office_id, name) VALUES ($1, $2)', [officeId, name]);
}

/** A new code for `officeId`, valid for `validHours`; the office must exist. */
export async function issueEnrolmentCode(
  db: Database,
  officeId: string,
  options: { now?: Date; validHours?: number } = {},
): Promise<{ code: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.validHours ?? 24) * 3_600_000);
  const plain = encodeBase32(randomBytes(8)).slice(0, 12);
  const code = `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
  await db.query(
    'INSERT INTO enrolment_codes (office_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [officeId, secretHash(code), now, expiresAt],
  );
  return { code, expiresAt };
}

export type EnrollResult =
  { ok: true; value: EnrollResponse } | { ok: false; code: Exclude<EnrollErrorCode, 'malformed'> };

/** Trades a code for a device id and token, once; the code row is locked while it does. */
export function enroll(
  db: Database,
  request: EnrollRequest,
  now = new Date(),
): Promise<EnrollResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ office_id: string; expires_at: Date; used_at: Date | null }>(
      'SELECT office_id, expires_at, used_at FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE',
      [secretHash(request.code)],
    );
    const row = rows[0];
    if (!row) return { ok: false, code: 'unknown-code' };
    if (row.used_at !== null) return { ok: false, code: 'code-used' };
    if (new Date(row.expires_at).getTime() <= now.getTime())
      return { ok: false, code: 'code-expired' };
    const deviceId = randomUUID();
    const token = `lkt_${randomBytes(32).toString('base64url')}`;
    await tx.query(
      'INSERT INTO devices (office_id, device_id, label, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5)',
      [row.office_id, deviceId, request.label, secretHash(token), now],
    );
    await tx.query('UPDATE enrolment_codes SET used_at = $2, device_id = $3 WHERE code_hash = $1', [
      secretHash(request.code),
      now,
      deviceId,
    ]);
    return { ok: true, value: { deviceId, officeId: row.office_id, token } };
  });
}

export interface DeviceRow {
  deviceId: string;
  label: string;
  enrolledAt: Date;
  revokedAt: Date | null;
}

export async function listDevices(db: Database, officeId: string): Promise<DeviceRow[]> {
  const { rows } = await db.query<{
    device_id: string;
    label: string;
    enrolled_at: Date;
    revoked_at: Date | null;
  }>(
    'SELECT device_id, label, enrolled_at, revoked_at FROM devices WHERE office_id = $1 ORDER BY enrolled_at, device_id',
    [officeId],
  );
  return rows.map((row) => ({
    deviceId: row.device_id,
    label: row.label,
    enrolledAt: new Date(row.enrolled_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  }));
}

/** Revokes at once; false when the office has no such device (or it was revoked before). */
export async function revokeDevice(
  db: Database,
  officeId: string,
  deviceId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE devices SET revoked_at = now() WHERE office_id = $1 AND device_id = $2 AND revoked_at IS NULL RETURNING device_id',
    [officeId, deviceId],
  );
  return rows.length === 1;
}
