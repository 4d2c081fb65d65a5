import { describe, expect, it } from 'vitest';
import { idleState } from '../../shared/sync/runner';
import type { SyncEnrolment } from '../db/rows';
import { syncSummary } from './syncSummary';

const enrolment: SyncEnrolment = {
  serverUrl: null,
  deviceId: '01890f2a-0000-7000-8000-000000000001',
  officeId: 'dinsos-mentawai',
  token: 'rahasia',
  label: 'Loket 1',
  enrolledAt: '2026-12-02T01:00:00.000Z',
};
const view = {
  enrolment,
  state: idleState,
  pending: 0,
  rejected: 0,
  numbersLeft: null,
  numbersRefused: [],
};

describe('syncSummary', () => {
  it('says when the counter is not connected', () => {
    expect(syncSummary({ ...view, enrolment: null }).line).toBe('Belum terhubung ke server');
  });

  it('names the last sync and what waits', () => {
    const summary = syncSummary({
      ...view,
      pending: 1_250,
      state: { ...idleState, lastSuccessAt: '2026-12-02T02:26:00.000Z' },
    });
    expect(summary.line).toMatch(/^Sinkron terakhir 2 Des.* · 1\.250 menunggu$/);
    expect(summary.tone).toBe('quiet');
  });

  it('shows the progress while it runs', () => {
    const running = { ...idleState, running: true };
    expect(
      syncSummary({
        ...view,
        state: { ...running, progress: { phase: 'push', sent: 120, total: 450 } },
      }).line,
    ).toBe('Mengirim 120 dari 450');
    expect(
      syncSummary({ ...view, state: { ...running, progress: { phase: 'pull', records: 3_000 } } })
        .line,
    ).toBe('Mengunduh 3.000 data');
    expect(
      syncSummary({
        ...view,
        state: { ...running, progress: { phase: 'blobs', sent: 3, total: 10 } },
      }).line,
    ).toBe('Mengunggah berkas 3 dari 10');
  });

  it('puts a failure, the next try, refused ops and a wrong clock first', () => {
    const summary = syncSummary({
      ...view,
      rejected: 2,
      state: {
        ...idleState,
        failure: { kind: 'offline', code: 'unreachable', message: 'Server tidak dapat dihubungi.' },
        nextAttemptAt: '2026-12-02T02:30:00.000Z',
        clockOffsetMs: -7 * 60_000,
      },
    });
    expect(summary.tone).toBe('problem');
    expect(summary.line).toMatch(/^Sinkronisasi gagal · semua terkirim$/);
    expect(summary.warnings).toEqual([
      'Server tidak dapat dihubungi.',
      expect.stringMatching(/^Dicoba lagi 2 Des/),
      '2 perubahan ditolak server',
      'Jam perangkat ini selisih 7 menit dari server. Betulkan jam Windows; sinkronisasi tetap berjalan.',
    ]);
  });

  it('lets a clock within five minutes pass', () => {
    const state = { ...idleState, clockOffsetMs: 4 * 60_000 };
    expect(syncSummary({ ...view, state }).warnings).toEqual([]);
  });

  it('says early that letter numbers run low', () => {
    expect(syncSummary({ ...view, numbersLeft: 12 }).warnings).toEqual([
      'Nomor surat perangkat ini tinggal 12. Sambungkan ke server untuk blok nomor baru.',
    ]);
    expect(syncSummary({ ...view, numbersLeft: 20 }).warnings).toEqual([]);
  });
});
