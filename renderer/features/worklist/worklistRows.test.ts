import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/records';
import { parseCommand } from '../../../shared/commands/registry';
import { bo, catalog, contextAt, fo, registerPayload } from '../../db/fixtures.test-helpers';
import { worklistRows } from './worklistRows';

const opened = '2026-07-20T08:00:00+07:00';

function registered(name: string, serial: string): CaseRecord {
  const parsed = parseCommand('case.register', registerPayload({ name, serial }));
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  const result = parsed.run({ documents: [] }, contextAt(opened));
  if (!result.ok) throw new Error(result.errors[0]?.message);
  const record = result.changes.cases?.[0];
  if (!record) throw new Error('no case');
  return record;
}

describe('worklistRows', () => {
  const record = registered('Budi Santoso', '0001');
  const context = {
    catalog,
    office: contextAt(opened).office,
    role: 'fo' as const,
    actor: fo,
  };

  it('names the track and the current step, and measures the case on the office clock', () => {
    const [row] = worklistRows([record], {
      ...context,
      now: new Date('2026-07-20T08:20:00+07:00'),
    });
    expect(row).toMatchObject({
      subjectName: 'Budi Santoso',
      serviceCode: 'REK-PBPU-PEMDA',
      serviceLabel: 'Surat Pengantar/Rekomendasi',
      status: 'open',
      myTurn: true,
      sla: { status: 'onTrack', due: new Date('2026-07-20T08:50:00+07:00') },
    });
    expect(record.stationId).toBe('terimaBerkas');
    expect(row).toMatchObject({
      stepLabel: 'Penerimaan berkas',
      stepText:
        'Petugas Front Office menerima dan memeriksa kebenaran berkas yang disampaikan pemohon',
    });
    expect(row?.subjectNik).toHaveLength(16);
  });

  it('is not the clerk’s turn when the case waits for another role', () => {
    const [row] = worklistRows([record], {
      ...context,
      role: 'bo',
      actor: bo,
      now: new Date(opened),
    });
    expect(row?.myTurn).toBe(false);
  });

  it('still lists a case whose standard is not on this device', () => {
    const [row] = worklistRows([{ ...record, standardVersion: 99 }], {
      ...context,
      now: new Date(opened),
    });
    expect(row).toMatchObject({
      serviceLabel: 'Standar layanan kasus ini tidak ada di katalog perangkat.',
    });
    expect(row?.sla).toBeUndefined();
  });
});

describe('worklistRows at a paraf chain', () => {
  it('is the turn of the reviewer holding the slot’s position only', () => {
    const workflowRecord = (() => {
      const parsed = parseCommand(
        'case.register',
        registerPayload({ name: 'Ani', serial: '0009' }),
      );
      if (!parsed.ok) throw new Error('payload');
      const result = parsed.run({ documents: [] }, contextAt(opened));
      const found = result.ok ? result.changes.cases?.[0] : undefined;
      if (!found) throw new Error('not registered');
      return found;
    })();
    // Tanggamus has no paraf chain: a signer without the published position may not sign.
    const atSign = { ...workflowRecord, stationId: 'tandaTangan', turnRole: 'signer' as const };
    const row = (positions: string[]) =>
      worklistRows([atSign], {
        catalog,
        office: contextAt(opened).office,
        role: 'signer',
        actor: { userId: 's', roles: ['signer'], positions },
        now: new Date(opened),
      })[0]?.myTurn;
    expect(row(['Pejabat Dinas Sosial yang bertugas'])).toBe(true);
    expect(row(['Camat'])).toBe(false);
  });
});
