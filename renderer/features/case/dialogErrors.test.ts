import { describe, expect, it } from 'vitest';
import { rebase } from '../../components/form/fieldMessage';
import { atFields, splitCommandErrors } from './dialogErrors';

const error = (field: string | undefined, message: string) => ({
  code: 'x',
  message,
  ...(field === undefined ? {} : { field }),
});

describe('splitCommandErrors', () => {
  it('shows an error under its field and the rest on top', () => {
    const { placed, unplaced } = splitCommandErrors(
      [error('reason', 'Alasan wajib.'), error(undefined, 'Kasus berubah.'), error('caseId', 'x')],
      atFields('reason', 'referTo'),
    );
    expect(placed).toEqual([{ field: 'reason', severity: 'error', message: 'Alasan wajib.' }]);
    expect(unplaced.map((e) => e.message)).toEqual(['Kasus berubah.', 'x']);
  });

  it('moves payload paths to the form’s own fields', () => {
    const { placed } = splitCommandErrors(
      [error('check.checkedOn', 'Tanggal setelah hari ini.')],
      rebase('check', 'registry'),
    );
    expect(placed[0]?.field).toBe('registry.checkedOn');
  });
});
