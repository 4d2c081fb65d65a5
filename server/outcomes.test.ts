import { afterEach, describe, expect, it } from 'vitest';
import { fo } from '../shared/commands/harness.test-helpers';
import {
  bulukumbaAtSignature,
  kabid,
  kadis,
  penyuluh,
  sekretaris,
} from '../shared/commands/scenarios.test-helpers';
import { bo } from '../shared/commands/harness.test-helpers';
import type { CaseRecord } from '../shared/cases/records';
import { runAdminCommand } from './cli';
import { backends } from './db/testDatabase.test-helpers';
import { recordBpjsOutcome } from './outcomes';
import { createAccounts, opsOf } from './sync/accounts.test-helpers';
import { readRecords } from './sync/records';
import { pullAll, push } from './sync/syncClient.test-helpers';
import {
  closeTestServers,
  officeA,
  openTestServer,
  type TestServer,
} from './testServer.test-helpers';

afterEach(closeTestServers);

const accepted = {
  kind: 'accepted' as const,
  cardNumber: '0001234567890',
  activeFrom: '2026-08-01',
};
const rejected = { kind: 'rejected' as const, reason: 'NIK tidak ditemukan di data BPJS' };

/** A Bulukumba case waiting for BPJS's answer, pushed by a counter. */
async function waitingCase(kind: 'postgres' | 'pglite') {
  const server = await openTestServer(kind);
  await createAccounts(server.db, officeA, [fo, bo, penyuluh, kabid, sekretaris, kadis]);
  const counter = await server.enrollDevice(officeA, 'Loket 1');
  const opened = bulukumbaAtSignature();
  opened.h.must('case.sign', { caseId: opened.caseId, stationId: 'tandaTangan' }, kadis);
  opened.h.must('case.handOver', { caseId: opened.caseId, stationId: 'serahkanSurat' }, fo);
  const ops = opsOf(opened.h.journal);
  await push(server.app, counter, ops);
  return { server, counter, caseId: opened.caseId, nextSeq: ops.length + 1 };
}

const caseOf = async (server: TestServer, caseId: string) =>
  (
    await server.db.transaction((tx) => readRecords(tx, officeA, [{ kind: 'case', id: caseId }]))
  ).get(`case:${caseId}`)?.body as CaseRecord;

const conflicts = async (server: TestServer) =>
  (
    await server.db.query<{ field: string; kept: unknown; lost: unknown; rule: string }>(
      'SELECT field, kept, lost, rule FROM conflicts WHERE office_id = $1 ORDER BY conflict_id',
      [officeA],
    )
  ).rows;

const outcomeOp = (caseId: string, outcome: unknown, seq: number) =>
  opsOf(
    [
      {
        type: 'case.recordOutcome',
        payload: { caseId, outcome },
        actor: fo,
        at: new Date('2026-08-03T09:00:00+08:00'),
      },
    ],
    seq,
  );

describe.each(backends)('BPJS’s answer, owned by the server, on %s', (kind) => {
  it('closes an open case through the command and reaches the other counters by pull', async () => {
    const { server, caseId } = await waitingCase(kind);
    const lines = await runAdminCommand(server.db, [
      'record-outcome',
      officeA,
      caseId,
      'accepted',
      '0001 2345 67890',
      '2026-08-01',
    ]);
    expect(lines).toEqual([`case ${caseId}: BPJS's answer recorded (accepted)`]);
    const record = await caseOf(server, caseId);
    expect(record).toMatchObject({ status: 'accepted', workflow: { outcome: accepted } });
    expect(record.workflow.history.at(-1)).toMatchObject({ userId: 'server:bpjs' });
    const other = await server.enrollDevice(officeA, 'Loket 2');
    const pulled = await pullAll(server.app, other);
    expect(pulled.records.find((change) => change.id === caseId)?.body).toMatchObject({
      status: 'accepted',
    });
  });

  it('refuses a counter’s later, different answer and keeps it aside', async () => {
    const { server, counter, caseId, nextSeq } = await waitingCase(kind);
    expect(await recordBpjsOutcome(server.db, officeA, caseId, accepted)).toEqual({ ok: true });
    const answer = await push(server.app, counter, outcomeOp(caseId, rejected, nextSeq));
    expect(answer.body.results[0]).toMatchObject({ status: 'rejected', code: 'case-closed' });
    expect(await conflicts(server)).toEqual([
      { field: 'outcome', kept: accepted, lost: rejected, rule: 'server-owned' },
    ]);
  });

  it('replaces a counter’s earlier, different answer and keeps the counter’s aside', async () => {
    const { server, counter, caseId, nextSeq } = await waitingCase(kind);
    await push(server.app, counter, outcomeOp(caseId, accepted, nextSeq));
    expect(await recordBpjsOutcome(server.db, officeA, caseId, rejected)).toEqual({
      ok: true,
      replaced: accepted,
    });
    expect(await caseOf(server, caseId)).toMatchObject({
      status: 'rejected',
      workflow: { status: 'rejected', outcome: rejected },
    });
    expect(await conflicts(server)).toEqual([
      { field: 'outcome', kept: rejected, lost: accepted, rule: 'server-owned' },
    ]);
    // The same answer again changes nothing.
    expect(await recordBpjsOutcome(server.db, officeA, caseId, rejected)).toEqual({ ok: true });
    expect(await conflicts(server)).toHaveLength(1);
  });

  it('says why it cannot record: an unknown case, a bad card number', async () => {
    const { server, caseId } = await waitingCase(kind);
    expect(
      await recordBpjsOutcome(server.db, officeA, '0196f0a0-0000-7000-8000-0000000000ff', accepted),
    ).toMatchObject({
      ok: false,
      code: 'case-not-found',
    });
    expect(
      await recordBpjsOutcome(server.db, officeA, caseId, { ...accepted, cardNumber: '12' }),
    ).toMatchObject({
      ok: false,
    });
  });
});
