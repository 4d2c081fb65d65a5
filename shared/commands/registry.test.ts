import { uuidv7 } from 'uuidv7';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  commands,
  commandTypes,
  isCommandType,
  parseCommand,
  type CommandPayload,
} from './registry';

describe('command registry', () => {
  it('names every definition by its own type', () => {
    expect(commandTypes).toHaveLength(25);
    for (const type of commandTypes) expect(commands[type].type).toBe(type);
    expect(isCommandType('case.register')).toBe(true);
    expect(isCommandType('toString')).toBe(false);
  });

  it('types each payload from its schema', () => {
    expectTypeOf<CommandPayload<'case.register'>['relationship']>().toEqualTypeOf<
      'self' | 'parent' | 'child' | 'spouse' | 'sibling' | 'guardian' | 'other'
    >();
    expectTypeOf<CommandPayload<'case.paraf'>>().toEqualTypeOf<{
      caseId: string;
      stationId: string;
    }>();
  });

  it('parses a payload and binds it to its definition', () => {
    const caseId = uuidv7();
    const parsed = parseCommand('case.addNote', { caseId, text: '  Telepon pemohon  ' });
    expect(parsed).toMatchObject({
      ok: true,
      type: 'case.addNote',
      payload: { caseId, text: 'Telepon pemohon' },
      needs: { caseId },
    });
  });

  it('reports an unknown command type and every payload problem in Indonesian with its path', () => {
    expect(parseCommand('case.approve', {})).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-command',
          message: 'Perintah "case.approve" tidak dikenal oleh aplikasi ini.',
        },
      ],
    });
    expect(
      parseCommand('case.checkDocuments', {
        caseId: uuidv7(),
        documents: [{ requirementId: 'fotokopiKk', status: 'hilang' }],
        extra: true,
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'payload.invalid_value',
          field: 'documents.0.status',
          message: 'Pilihan tidak valid: diharapkan salah satu dari "present"|"missing"',
        },
        { code: 'payload.unrecognized_keys', message: 'Kunci tidak dikenali : "extra"' },
      ],
    });
    expect(parseCommand('case.paraf', null)).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.invalid_type' }],
    });
  });
});
