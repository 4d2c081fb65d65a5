import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePayload } from './parsePayload';

const schema = z.strictObject({
  caseId: z.string(),
  reason: z.string().trim().min(1).max(10),
  status: z.enum(['present', 'missing']),
});

describe('parsePayload', () => {
  it('says plainly that an empty or missing field must be filled', () => {
    const result = parsePayload(schema, { reason: '  ', status: 'present' });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { code: 'payload.invalid_type', field: 'caseId', message: 'Wajib diisi.' },
        { code: 'payload.too_small', field: 'reason', message: 'Wajib diisi.' },
      ],
    });
  });

  it('names the limit of a too long text and keeps the locale for the rest', () => {
    const result = parsePayload(schema, { caseId: 'x', reason: 'a'.repeat(11), status: 'lost' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      field: 'reason',
      message: 'Paling banyak 10 karakter.',
    });
    expect(result.errors[1]?.field).toBe('status');
    expect(result.errors[1]?.message).toContain('Pilihan tidak valid');
  });
});
