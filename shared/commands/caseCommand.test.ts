import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { officeById } from '../standards/catalog';
import { caseAddNote } from './caseAddNote';
import { catalog, fo } from './harness.test-helpers';
import { tanggamusCase } from './scenarios.test-helpers';
import type { CommandContext, CommandDefinition } from './types';

const context = (officeId: string): CommandContext => ({
  actor: fo,
  deviceId: 'device-test',
  now: new Date('2026-07-20T09:00:00+07:00'),
  catalog,
  office: officeById(catalog, officeId),
});

describe('commands on an existing case', () => {
  it('refuses a case of another office', () => {
    const { h, caseId } = tanggamusCase();
    const current = h.caseOf(caseId);
    expect(
      caseAddNote.run(
        { payload: { caseId, text: 'x' }, current, documents: [] },
        context('dinsos-solok'),
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'office-mismatch',
          message:
            'Kasus ini milik kantor "dinsos-tanggamus", bukan kantor "dinsos-solok" yang sedang dipakai.',
        },
      ],
    });
  });

  it('uses the case’s own standard version and refuses one the catalog lacks', () => {
    const { h, caseId } = tanggamusCase();
    const current = { ...h.caseOf(caseId), standardVersion: 9 };
    expect(
      caseAddNote.run(
        { payload: { caseId, text: 'x' }, current, documents: [] },
        context('dinsos-tanggamus'),
      ),
    ).toEqual({
      ok: false,
      errors: [
        { code: 'standard-not-found', message: 'Versi 9 dari layanan "REK-PBPU-PEMDA" tidak ada.' },
      ],
    });
  });

  it('validates the payload again when run directly, and never throws on bad input', () => {
    const { h, caseId } = tanggamusCase();
    const current = h.caseOf(caseId);
    // A caller that skipped parseCommand (a sync server, a test): the definition still checks.
    const untyped: CommandDefinition<unknown> = caseAddNote;
    const run = (payload: unknown) =>
      untyped.run({ payload, current, documents: [] }, context('dinsos-tanggamus'));
    expect(run({ caseId, text: 42 })).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.invalid_type', field: 'text' }],
    });
    expect(run(undefined)).toMatchObject({ ok: false });
    expect(run({ caseId: uuidv7(), text: 'x' })).toMatchObject({
      ok: false,
      errors: [{ code: 'case-not-found' }],
    });
  });
});
