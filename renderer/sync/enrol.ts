// Enrols this counter with the sync server: the office admin's one-time code for a device id
// and token, kept in `meta.syncEnrolment`. A code of another office than the counter's own is
// refused before anything is stored.
import { enrollRequestSchema, type EnrollResponse } from '../../shared/sync/enroll';
import type { LoketDb } from '../db/database';
import { readMeta, writeMeta } from '../db/meta';
import type { SyncEnrolment } from '../db/rows';
import { syncLabels } from './labels';

const m = syncLabels.enrol;

export type EnrolResult = { ok: true; value: SyncEnrolment } | { ok: false; message: string };

export interface EnrolRequest {
  code: string;
  label: string;
  /** Null: the app's own origin. */
  serverUrl: string | null;
  /** The office this counter belongs to; null for a new counter joining an office. */
  officeId: string | null;
  now: Date;
  fetch?: typeof globalThis.fetch;
}

export const serverBase = (serverUrl: string | null): string =>
  serverUrl ?? globalThis.location.origin;

export async function enrol(db: LoketDb, request: EnrolRequest): Promise<EnrolResult> {
  const parsed = enrollRequestSchema.safeParse({ code: request.code, label: request.label });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, message: field === 'label' ? m.labelMissing : m.codeInvalid };
  }
  if (await readMeta(db, 'syncEnrolment')) return { ok: false, message: m.already };
  const send = request.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await send(new URL('/v1/enroll', serverBase(request.serverUrl)), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(parsed.data),
    });
  } catch {
    return { ok: false, message: m.unreachable };
  }
  const answer = (await response.json().catch(() => ({}))) as Partial<EnrollResponse> & {
    message?: string;
  };
  if (!response.ok) {
    return { ok: false, message: answer.message ?? m.refused(response.status) };
  }
  const { deviceId, officeId, token } = answer;
  if (!deviceId || !officeId || !token) return { ok: false, message: m.refused(response.status) };
  if (request.officeId !== null && officeId !== request.officeId) {
    return { ok: false, message: m.otherOffice(officeId) };
  }
  const enrolment: SyncEnrolment = {
    serverUrl: request.serverUrl,
    deviceId,
    officeId,
    token,
    label: parsed.data.label,
    enrolledAt: request.now.toISOString(),
  };
  await writeMeta(db, 'syncEnrolment', enrolment);
  return { ok: true, value: enrolment };
}
