import { afterEach, describe, expect, it } from 'vitest';
import { bo } from '../../shared/commands/harness.test-helpers';
import { issuePayload, letterKey, letterProfile } from '../../shared/commands/letters.test-helpers';
import { letterOffice } from './letterOffice.test-helpers';
import { bulukumbaAtSignature } from '../../shared/commands/scenarios.test-helpers';
import { fo } from '../../shared/commands/harness.test-helpers';
import type { OpEnvelope } from '../../shared/sync/push';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, type TestServer } from '../testServer.test-helpers';
import { opsOf } from './accounts.test-helpers';
import { pullAll, push } from './syncClient.test-helpers';

afterEach(closeTestServers);

const conflicts = async (server: TestServer) =>
  (
    await server.db.query<{ field: string; kept: unknown; lost: unknown; rule: string }>(
      'SELECT field, kept, lost, rule FROM conflicts WHERE office_id = $1 ORDER BY conflict_id',
      [officeA],
    )
  ).rows;

describe.each(backends)('letters through push on %s', (kind) => {
  it('registers the number, answers the verify page and hands the letter to the other counters', async () => {
    const server = await letterOffice(kind);
    const counter = await server.enrollDevice(officeA, 'Loket 1');
    const other = await server.enrollDevice(officeA, 'Loket 2');
    const opened = bulukumbaAtSignature();
    opened.h.useOffice(letterProfile);
    const payload = issuePayload(opened);
    opened.h.must('letter.issue', payload, bo, new Date('2026-07-20T11:00:00+08:00'));

    const answer = await push(server.app, counter, opsOf(opened.h.journal));
    expect(answer.body.results.map((result) => result.status)).toEqual(
      opened.h.journal.map(() => 'applied'),
    );
    const { rows } = await server.db.query<{ number: string; code: string }>(
      'SELECT number, code FROM letter_numbers WHERE office_id = $1',
      [officeA],
    );
    expect(rows).toEqual([{ number: payload.number, code: payload.verification.code }]);

    const verdict = await server.app.inject({
      url: `/v1/verify/${payload.verification.code.toLowerCase()}?format=json`,
    });
    expect(verdict.json()).toMatchObject({
      status: 'genuine',
      letter: { number: payload.number, officeId: officeA },
    });

    const pulled = await pullAll(server.app, other);
    const kinds = (kindName: string) => pulled.records.filter((record) => record.kind === kindName);
    expect(kinds('letter').map((record) => record.id)).toEqual([payload.letterId]);
    expect(kinds('case')[0]?.body).toMatchObject({ letterNumber: payload.number });
    expect(kinds('officeKey')[0]?.body).toMatchObject({ keyId: letterKey.keyId });
    expect(kinds('keyring')[0]?.body).toMatchObject({ keys: [{ keyId: letterKey.keyId }] });
  });

  it('keeps the first letter of a case and sets a second counter’s number aside as a conflict', async () => {
    const server = await letterOffice(kind);
    const first = await server.enrollDevice(officeA, 'Loket 1');
    const second = await server.enrollDevice(officeA, 'Loket 2');
    const opened = bulukumbaAtSignature();
    opened.h.useOffice(letterProfile);
    const upToSignature = opsOf(opened.h.journal);
    await push(server.app, first, upToSignature);

    const at = new Date('2026-07-20T11:00:00+08:00');
    const one = issuePayload(opened, 7);
    const two = issuePayload(opened, 8, '2026-07-20', '0196f0a0-0000-7000-8000-0000000000bb');
    const issueOp = (payload: unknown, seq: number): OpEnvelope => ({
      ...(opsOf([{ type: 'letter.issue', payload, actor: bo, at }], seq)[0] as OpEnvelope),
    });
    expect(
      (await push(server.app, first, [issueOp(one, upToSignature.length + 1)])).body.results[0],
    ).toMatchObject({
      status: 'applied',
    });
    // The second counter was offline: it issued its own letter for the same case.
    const late = await push(server.app, second, [issueOp(two, 1)]);
    expect(late.body.results[0]).toMatchObject({
      status: 'rejected',
      code: 'letter-already-issued',
    });
    expect(await conflicts(server)).toEqual([
      { field: 'letterNumber', kept: one.number, lost: two.number, rule: 'server-owned' },
    ]);
    const numbers = await server.db.query(
      'SELECT number FROM letter_numbers WHERE office_id = $1',
      [officeA],
    );
    expect(numbers.rows).toEqual([{ number: one.number }]);
  });

  it('refuses a number another case already carries', async () => {
    const server = await letterOffice(kind);
    const counter = await server.enrollDevice(officeA, 'Loket 1');
    const a = bulukumbaAtSignature();
    const b = bulukumbaAtSignature();
    for (const opened of [a, b]) opened.h.useOffice(letterProfile);
    const at = new Date('2026-07-20T11:00:00+08:00');
    a.h.must('letter.issue', issuePayload(a, 7), bo, at);
    b.h.must(
      'letter.issue',
      issuePayload(b, 7, '2026-07-20', '0196f0a0-0000-7000-8000-0000000000cc'),
      bo,
      at,
    );
    const ops = opsOf([...a.h.journal, ...b.h.journal]);
    const answer = await push(server.app, counter, ops);
    expect(answer.body.results.at(-1)).toMatchObject({
      status: 'rejected',
      code: 'letter-number-taken',
    });
    const { rows } = await server.db.query<{ letterNumber?: string }>(
      "SELECT body->>'letterNumber' AS \"letterNumber\" FROM records WHERE office_id = $1 AND kind = 'case' AND record_id = $2",
      [officeA, b.caseId],
    );
    expect(rows).toEqual([{ letterNumber: null }]);
  });

  it('lets the later arrival win a field and keeps the value it overwrote unseen', async () => {
    const server = await letterOffice(kind);
    const first = await server.enrollDevice(officeA, 'Loket 1');
    const second = await server.enrollDevice(officeA, 'Loket 2');
    const opened = bulukumbaAtSignature();
    const shared = opsOf(opened.h.journal);
    await push(server.app, first, shared);
    const synced = await pullAll(server.app, second);
    await pullAll(server.app, second, synced.cursor);

    const at = new Date('2026-07-20T12:00:00+08:00');
    const priority = (value: string, seq: number) =>
      opsOf(
        [
          {
            type: 'case.setPriority',
            payload: { caseId: opened.caseId, priority: value },
            actor: fo,
            at,
          },
        ],
        seq,
      );
    await push(server.app, first, priority('emergency', shared.length + 1));
    // The second counter had not pulled the emergency when it set its own priority.
    expect((await push(server.app, second, priority('chronic', 1))).body.results[0]).toMatchObject({
      status: 'applied',
    });
    expect(await conflicts(server)).toEqual([
      { field: 'priority', kept: 'chronic', lost: 'emergency', rule: 'later-arrival' },
    ]);
    // Having pulled, the first counter's change is no conflict: it saw what it replaced.
    const now = await pullAll(server.app, first);
    await pullAll(server.app, first, now.cursor);
    await push(server.app, first, priority('none', shared.length + 2));
    expect(await conflicts(server)).toHaveLength(1);
  });
});
