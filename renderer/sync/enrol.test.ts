import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoketApi, SyncEnrolRequest } from '../../shared/ipc';
import type { LoketDb } from '../db/database';
import { freshDb } from '../db/fixtures.test-helpers';
import { readMeta } from '../db/meta';
import { enrol } from './enrol';
import { syncLabels } from './labels';

const open: LoketDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

type Answer = Awaited<ReturnType<LoketApi['syncEnrol']>>;

/** Main as the enrolment sees it: one answer, and the requests it was asked. */
function main(answer: Answer) {
  const asked: SyncEnrolRequest[] = [];
  return {
    asked,
    api: {
      syncEnrol: (request: SyncEnrolRequest) => {
        asked.push(request);
        return Promise.resolve(answer);
      },
    },
  };
}

const enrolled: Answer = {
  ok: true,
  value: {
    ok: true,
    value: {
      deviceId: '0193a1b2-c3d4-7e5f-8a7b-8c9d0e1f2a3b',
      officeId: 'dinsos-mentawai',
      label: 'Loket 1',
      serverUrl: 'https://loket.mentawaikab.go.id',
    },
  },
};

const request = (serverUrl: string | null) => ({
  code: 'abcd-efgh-jkmn',
  label: ' Loket 1 ',
  serverUrl,
  officeId: 'dinsos-mentawai',
  now: new Date('2026-12-01T03:15:00Z'),
});

describe('enrolling on the desktop', () => {
  it('refuses an address that is not an http(s) URL, in Indonesian, before asking main', async () => {
    const db = freshDb();
    open.push(db);
    const desktop = main(enrolled);
    for (const typed of ['', 'loket.mentawaikab.go.id', 'ftp://loket.mentawaikab.go.id']) {
      expect(await enrol(db, { ...request(typed), main: desktop.api })).toEqual({
        ok: false,
        message: syncLabels.enrol.serverInvalid,
      });
    }
    expect(desktop.asked).toEqual([]);
  });

  it('asks main with the address and code as typed, and keeps no token in the database', async () => {
    const db = freshDb();
    open.push(db);
    const desktop = main(enrolled);
    const result = await enrol(db, {
      ...request(' https://loket.mentawaikab.go.id '),
      main: desktop.api,
    });
    expect(desktop.asked).toEqual([
      {
        serverUrl: 'https://loket.mentawaikab.go.id',
        code: 'ABCD-EFGH-JKMN',
        label: 'Loket 1',
        officeId: 'dinsos-mentawai',
      },
    ]);
    const stored = {
      serverUrl: 'https://loket.mentawaikab.go.id',
      deviceId: '0193a1b2-c3d4-7e5f-8a7b-8c9d0e1f2a3b',
      officeId: 'dinsos-mentawai',
      label: 'Loket 1',
      enrolledAt: '2026-12-01T03:15:00.000Z',
    };
    expect(result).toEqual({ ok: true, value: stored });
    expect(await readMeta(db, 'syncEnrolment')).toEqual(stored);
  });

  it('shows the server’s refusal, the link’s failure and main’s own in Indonesian', async () => {
    const db = freshDb();
    open.push(db);
    const failing = (failure: Extract<Answer, { ok: true }>['value']) =>
      enrol(db, {
        ...request('https://loket.mentawaikab.go.id'),
        main: main({ ok: true, value: failure }).api,
      });
    const message = 'Kode pendaftaran tidak dikenal.';
    expect(
      await failing({
        ok: false,
        failure: { kind: 'http', status: 401, code: 'unknown-code', message },
      }),
    ).toEqual({ ok: false, message });
    expect(
      await failing({
        ok: false,
        failure: { kind: 'http', status: 502, code: 'http-502', message: 'kode 502' },
      }),
    ).toEqual({ ok: false, message: syncLabels.enrol.refused(502) });
    expect(
      await failing({
        ok: false,
        failure: { kind: 'link', name: 'TypeError', message: 'fetch failed' },
      }),
    ).toEqual({ ok: false, message: syncLabels.enrol.unreachable });
    expect(await readMeta(db, 'syncEnrolment')).toBeUndefined();
  });
});

describe('enrolling in browser mode', () => {
  it('posts the code to the server itself and keeps the token with the enrolment', async () => {
    const db = freshDb();
    open.push(db);
    const posted: { url: string; body: unknown }[] = [];
    const result = await enrol(db, {
      ...request(null),
      serverUrl: 'http://127.0.0.1:8787',
      fetch: (url, init) => {
        posted.push({ url, body: JSON.parse(String(init.body)) });
        return Promise.resolve(
          Response.json({
            deviceId: '0193a1b2-c3d4-7e5f-8a7b-8c9d0e1f2a3b',
            officeId: 'dinsos-mentawai',
            token: 'dvt_0123456789abcdef',
          }),
        );
      },
    });
    expect(posted).toEqual([
      {
        url: 'http://127.0.0.1:8787/v1/enroll',
        body: { code: 'ABCD-EFGH-JKMN', label: 'Loket 1' },
      },
    ]);
    expect(result).toMatchObject({ ok: true, value: { token: 'dvt_0123456789abcdef' } });
    expect(await readMeta(db, 'syncEnrolment')).toMatchObject({ token: 'dvt_0123456789abcdef' });
  });
});
