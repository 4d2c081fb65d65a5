// The sequence-commit-order trap: sequence values are taken when a row is written, but rows
// become visible when their transaction commits, in another order. A reader that pages by the
// sequence alone hands out a cursor past a value whose transaction has not committed yet, and
// never sees that row. Pull orders by (transaction id, sequence) and stops at the oldest
// transaction still running; these tests hold transactions open on purpose to prove it.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Sql } from '../db/database';
import { backends } from '../db/testDatabase.test-helpers';
import {
  closeTestServers,
  officeA,
  openTestServer,
  type TestDevice,
} from '../testServer.test-helpers';
import { writeRecords } from './records';
import { pullAll } from './syncClient.test-helpers';

afterEach(closeTestServers);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const noteWrite = (tx: Sql, id: string) =>
  writeRecords(tx, officeA, [{ kind: 'person', id, body: { id, name: id } }], null);

/** A transaction kept open until `release()`; `written` resolves once its row is in. */
function openWriter(db: Database, id: string, options: { takeXidFirst?: boolean } = {}) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const wrote = new Promise<void>((resolve) => (written = resolve));
  let started!: () => void;
  const began = new Promise<void>((resolve) => (started = resolve));
  const done = db.transaction(async (tx) => {
    if (options.takeXidFirst) await tx.query('SELECT pg_current_xact_id()');
    started();
    await held.then(() => undefined);
    await noteWrite(tx, id);
    written();
  });
  return {
    began,
    wrote,
    done,
    write: () => {
      release();
      return wrote;
    },
  };
}

const seen = (records: { id: string }[]) => records.map((record) => record.id);

describe.each(backends.filter((kind) => kind === 'postgres'))(
  'pull under concurrent writers on %s',
  (kind) => {
    it('does not hand out a cursor past a transaction that started earlier and commits later', async () => {
      const server = await openTestServer(kind);
      const reader: TestDevice = await server.enrollDevice(officeA, 'Pembaca');
      // The early writer takes its transaction id first but writes (and takes its sequence
      // value) only after a later transaction has written and committed.
      const early = openWriter(server.db, 'early', { takeXidFirst: true });
      await early.began;
      await server.db.transaction((tx) => noteWrite(tx, 'late'));

      const first = await pullAll(server.app, reader);
      expect(seen(first.records)).toEqual([]);

      await early.write();
      await early.done;
      const second = await pullAll(server.app, reader, first.cursor);
      expect(seen(second.records)).toEqual(['early', 'late']);
    });

    it('never skips a row, whatever the interleaving of many writers and a reader', async () => {
      const server = await openTestServer(kind);
      const reader = await server.enrollDevice(officeA, 'Pembaca');
      const written = new Set<string>();
      const writers = Array.from({ length: 6 }, async () => {
        for (let i = 0; i < 15; i++) {
          const id = randomUUID();
          await server.db.transaction(async (tx) => {
            if (Math.random() < 0.5) await tx.query('SELECT pg_current_xact_id()');
            await pause(Math.random() * 8);
            await noteWrite(tx, id);
            await pause(Math.random() * 8);
          });
          written.add(id);
        }
      });
      const received: string[] = [];
      let cursor: string | undefined;
      let writing = true;
      const all = Promise.all(writers).then(() => (writing = false));
      while (writing) {
        const page = await pullAll(server.app, reader, cursor, 5);
        received.push(...seen(page.records));
        cursor = page.cursor;
        await pause(Math.random() * 5);
      }
      await all;
      const last = await pullAll(server.app, reader, cursor);
      received.push(...seen(last.records));

      expect(received.length).toBe(written.size);
      expect(new Set(received)).toEqual(written);
    }, 60_000);
  },
);
