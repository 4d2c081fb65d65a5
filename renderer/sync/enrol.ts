// Enrols this counter with the sync server: the office admin's one-time code for a device id
// and token. Browser mode posts it itself and keeps the token in `meta.syncEnrolment`; the
// desktop asks main, which posts it to the address the person typed and keeps the address and
// the token (sealed), so `meta.syncEnrolment` holds no token there. A code of another office
// than the counter's own is refused before anything is stored.
import type { LoketApi } from '../../shared/ipc';
import { enrollRequestSchema, serverUrlSchema } from '../../shared/sync/enroll';
import { postEnrolment } from '../../shared/sync/http/postEnrolment';
import type { FetchLike } from '../../shared/sync/http/responses';
import { syncFailureOf, type SyncCallFailure } from '../../shared/sync/syncAnswer';
import type { LoketDb } from '../db/database';
import { readMeta, writeMeta } from '../db/meta';
import type { SyncEnrolment } from '../db/rows';
import { syncLabels } from './labels';

const m = syncLabels.enrol;

export type EnrolResult = { ok: true; value: SyncEnrolment } | { ok: false; message: string };

export interface EnrolRequest {
  code: string;
  label: string;
  /** As typed on the desktop; null in browser mode: the app's own origin. */
  serverUrl: string | null;
  /** The office this counter belongs to; null for a new counter joining an office. */
  officeId: string | null;
  now: Date;
  /** The desktop: main enrols, and keeps the token. */
  main?: Pick<LoketApi, 'syncEnrol'>;
  fetch?: FetchLike;
}

export const serverBase = (serverUrl: string | null): string =>
  serverUrl ?? globalThis.location.origin;

/** What a person reads when the enrolment did not go through. */
function messageOf(failure: SyncCallFailure): string {
  switch (failure.kind) {
    case 'link':
      return m.unreachable;
    case 'http':
      // The server's own message, or (a proxy's page) the status.
      return failure.code === `http-${failure.status}`
        ? m.refused(failure.status)
        : failure.message;
    case 'device':
      return failure.message;
  }
}

async function enrolThroughMain(
  main: Pick<LoketApi, 'syncEnrol'>,
  serverUrl: string,
  request: EnrolRequest,
  body: { code: string; label: string },
): Promise<EnrolResult> {
  const called = await main.syncEnrol({ serverUrl, ...body, officeId: request.officeId });
  if (!called.ok) return { ok: false, message: called.message };
  if (!called.value.ok) return { ok: false, message: messageOf(called.value.failure) };
  const { deviceId, officeId, label } = called.value.value;
  return {
    ok: true,
    value: { serverUrl, deviceId, officeId, label, enrolledAt: request.now.toISOString() },
  };
}

async function enrolWithFetch(
  request: EnrolRequest,
  body: { code: string; label: string },
): Promise<EnrolResult> {
  let answer;
  try {
    answer = await postEnrolment(serverBase(request.serverUrl), body, request.fetch);
  } catch (error) {
    return { ok: false, message: messageOf(syncFailureOf(error)) };
  }
  if (request.officeId !== null && answer.officeId !== request.officeId) {
    return { ok: false, message: m.otherOffice(answer.officeId) };
  }
  return {
    ok: true,
    value: {
      serverUrl: request.serverUrl,
      deviceId: answer.deviceId,
      officeId: answer.officeId,
      token: answer.token,
      label: body.label,
      enrolledAt: request.now.toISOString(),
    },
  };
}

export async function enrol(db: LoketDb, request: EnrolRequest): Promise<EnrolResult> {
  const parsed = enrollRequestSchema.safeParse({ code: request.code, label: request.label });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, message: field === 'label' ? m.labelMissing : m.codeInvalid };
  }
  const address = request.main ? serverUrlSchema.safeParse(request.serverUrl?.trim()) : null;
  if (address?.success === false) return { ok: false, message: m.serverInvalid };
  if (await readMeta(db, 'syncEnrolment')) return { ok: false, message: m.already };
  const enrolled =
    request.main && address?.success
      ? await enrolThroughMain(request.main, address.data, request, parsed.data)
      : await enrolWithFetch(request, parsed.data);
  if (enrolled.ok) await writeMeta(db, 'syncEnrolment', enrolled.value);
  return enrolled;
}
