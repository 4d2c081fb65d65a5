import type { Office } from '../../../shared/standards/schema';
import type { SlaStatus } from '../../../shared/workflow';

/** Every user-visible text of the SLA badges and times, in Bahasa Indonesia. */
export const slaLabels = {
  /** A clock still running. */
  running: {
    onTrack: 'Sesuai jadwal',
    dueSoon: 'Hampir jatuh tempo',
    overdue: 'Terlambat',
    noTarget: 'Tanpa target',
  } satisfies Record<SlaStatus, string>,
  /** A clock that has stopped: the step or the case is finished. */
  ended: {
    onTrack: 'Tepat waktu',
    dueSoon: 'Tepat waktu',
    overdue: 'Terlambat',
    noTarget: 'Tanpa target',
  } satisfies Record<SlaStatus, string>,
  paused: 'Jam berhenti',
  pausedHint: 'Berkas sedang dilengkapi pemohon; waktu layanan tidak dihitung.',
  timeZones: {
    'Asia/Jakarta': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  } satisfies Record<Office['timeZone'], string>,
  days: {
    today: 'hari ini',
    tomorrow: 'besok',
    yesterday: 'kemarin',
  },
  duration: {
    underOneMinute: 'kurang dari 1 menit',
    minutes: (n: number) => `${n} menit`,
    hours: (n: number) => `${n} jam`,
  },
  due: (when: string) => `Jatuh tempo ${when}`,
  endedAt: (when: string) => `selesai ${when}`,
  target: (when: string) => `target ${when}`,
  left: (duration: string) => `sisa ${duration} waktu kerja`,
  late: (duration: string) => `lewat ${duration} waktu kerja`,
  noTarget: 'Standar tidak mencantumkan waktu untuk ini.',
};
