/** Every text of backups and restore on the counter, in Bahasa Indonesia. */
export const backupLabels = {
  section: {
    heading: 'Cadangan basis data',
    intro:
      'Seluruh data laptop ini (kasus, berkas pindaian, surat, pengguna) dicadangkan ke folder cadangan, disandikan dan dipadatkan.',
    noFolder: 'Pilih folder cadangan lalu simpan pengaturan untuk membuat cadangan.',
    backupNow: 'Cadangkan sekarang',
    backingUp: (megabytes: string) => `Mencadangkan… ${megabytes} MB`,
    done: (file: string, megabytes: string) => `Cadangan tersimpan: ${file} (${megabytes} MB).`,
    listHeading: 'Cadangan di folder',
    none: 'Belum ada cadangan di folder ini.',
    made: 'Dibuat',
    size: 'Ukuran',
    restore: 'Pulihkan',
    confirmRestore: (when: string) =>
      `Semua data di laptop ini akan diganti dengan isi cadangan ${when}. Data yang dibuat sesudahnya dan belum tersinkron akan hilang. Lanjutkan?`,
  },
  restore: {
    title: 'Pemulihan data',
    heading: 'Pulihkan data dari cadangan?',
    intro:
      'Basis data laptop ini kosong, tetapi ada cadangan di folder cadangan. Pulihkan cadangan terbaru agar kasus, surat dan pengguna kembali, atau mulai baru bila laptop ini memang perangkat baru.',
    restoreLatest: 'Pulihkan cadangan ini',
    startBlank: 'Mulai baru tanpa cadangan',
    restoring: (megabytes: string) => `Memulihkan… ${megabytes} MB`,
    restored: (rows: number) => `Data dipulihkan (${rows} baris). Aplikasi dimuat ulang.`,
  },
  failed: (detail: string) => `Gagal: ${detail}`,
  notices: {
    dismiss: 'Tutup',
    label: 'Pemberitahuan',
  },
} as const;

export const megabytes = (bytes: number): string =>
  (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });
