// Device tokens: every sync call carries `Authorization: Bearer <token>`. The token is looked up
// by its SHA-256 on every request, so a revoked device is refused on its very next call, and
// what it may touch is fixed by the office the token was issued to, never by the request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Sql } from './db/database';
import { secretHash } from './hashes';
import { serverMessages as m } from './messages';

export interface DeviceIdentity {
  officeId: string;
  deviceId: string;
}

export type AuthErrorCode = 'token-missing' | 'token-unknown' | 'token-revoked';

const bearer = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

export async function identify(
  db: Sql,
  authorization: string | undefined,
): Promise<{ ok: true; device: DeviceIdentity } | { ok: false; code: AuthErrorCode }> {
  const token = authorization === undefined ? undefined : bearer.exec(authorization)?.[1];
  if (token === undefined) return { ok: false, code: 'token-missing' };
  const { rows } = await db.query<{
    office_id: string;
    device_id: string;
    revoked_at: Date | null;
  }>('SELECT office_id, device_id, revoked_at FROM devices WHERE token_hash = $1', [
    secretHash(token),
  ]);
  const row = rows[0];
  if (!row) return { ok: false, code: 'token-unknown' };
  if (row.revoked_at !== null) return { ok: false, code: 'token-revoked' };
  return { ok: true, device: { officeId: row.office_id, deviceId: row.device_id } };
}

const devices = new WeakMap<FastifyRequest, DeviceIdentity>();

/** An onRequest hook: refuses the request with 401 unless its token names a device that is not revoked. */
export function requireDevice(db: Sql) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const found = await identify(db, request.headers.authorization);
    if (!found.ok) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: found.code, message: m.auth[found.code] });
    }
    devices.set(request, found.device);
  };
}

/** The device `requireDevice` let through; a route without that preHandler is a bug. */
export function deviceOf(request: FastifyRequest): DeviceIdentity {
  const device = devices.get(request);
  if (!device) throw new Error(`${request.url}: route is missing requireDevice`);
  return device;
}
