import type { Priority, TurnRole } from '../../../shared/cases/records';
import type { CaseStatus } from '../../../shared/workflow';

/** Every user-visible text of the Beranda (worklist) screen, in Bahasa Indonesia. */
export const worklistLabels = {
  waitingForRole: (n: number, capped: boolean, role: string) =>
    n === 0
      ? `Tidak ada yang menunggu ${role.toLowerCase()}`
      : `${n}${capped ? '+' : ''} menunggu ${role.toLowerCase()}`,
  withStatus: (status: string) => `Permohonan berstatus "${status}"`,
  workAs: 'Bekerja sebagai',
  roles: {
    fo: 'Front office',
    bo: 'Back office',
    reviewer: 'Pemaraf',
    signer: 'Penanda tangan',
  } satisfies Record<TurnRole, string>,
  search: {
    label: 'Cari',
    placeholder: 'NIK, nama, No. KK atau nomor surat',
    hint: 'Tekan / untuk mencari',
    results: (n: number, text: string) =>
      n === 0 ? `Tidak ada kasus yang cocok dengan "${text}".` : `${n} hasil untuk "${text}"`,
    limited: (n: number) => `Hanya ${n} hasil pertama yang ditampilkan; perjelas pencarian.`,
    back: 'Esc: kembali ke antrean',
  },
  filters: {
    label: 'Saring antrean',
    service: 'Layanan',
    allServices: 'Semua layanan',
    status: 'Status',
    month: 'Bulan masuk',
    allMonths: 'Semua bulan',
    reset: 'Tampilkan semua',
  },
  statuses: {
    open: 'Dalam proses',
    returned: 'Berkas di pemohon',
    accepted: 'Diterima BPJS',
    rejected: 'Ditolak BPJS',
    referred: 'Dirujuk',
    declined: 'Tidak memenuhi syarat',
    cancelled: 'Dibatalkan',
  } satisfies Record<CaseStatus, string>,
  columns: {
    subject: 'Orang yang dijamin',
    service: 'Layanan',
    step: 'Langkah sekarang',
    status: 'Status',
    due: 'Batas waktu',
  },
  tableLabel: 'Daftar permohonan. Panah atas/bawah untuk berpindah, Enter untuk membuka.',
  nik: 'NIK',
  noNik: 'Belum ber-NIK',
  kk: 'KK',
  yourTurn: 'Giliran Anda',
  waitingFor: (role: string) => `Menunggu ${role.toLowerCase()}`,
  priority: {
    emergency: 'Darurat',
    childbirth: 'Persalinan',
    chronic: 'Penyakit kronis',
    none: '',
  } satisfies Record<Priority, string>,
  priorityHint: 'Kasus prioritas: dahulukan',
  closedStep: 'Selesai',
  unknownStep: (id: string) => `Tahap "${id}"`,
  unknownService: 'Standar layanan kasus ini tidak ada di katalog perangkat.',
  empty: {
    title: 'Antrean kosong',
    body: 'Tidak ada permohonan dengan saringan ini.',
  },
  loading: 'Memuat antrean…',
  loadError: (message: string) => `Antrean tidak dapat dimuat: ${message}`,
  paging: {
    label: 'Halaman antrean',
    range: (from: number, to: number) => `Menampilkan ${from}–${to}`,
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    keys: 'PgUp/PgDn',
  },
  storage: {
    title: 'Penyimpanan data:',
    hint: 'Sinkronkan data dan hubungi admin kantor sebelum data bertambah.',
  },
};
