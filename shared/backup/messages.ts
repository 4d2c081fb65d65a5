/** Every Indonesian message of the backup format, in one place. */
export const backupMessages = {
  notBackup: 'Berkas ini bukan cadangan Loket.',
  formatTooNew: (version: number) =>
    `Cadangan ini dibuat oleh versi Loket yang lebih baru (format ${version}). Perbarui aplikasi ini dulu, lalu pulihkan lagi.`,
  badHeader: (details: string) => `Bagian awal cadangan tidak valid: ${details}`,
  dbTooNew: (version: number, supported: number) =>
    `Cadangan ini berisi basis data versi ${version}, sedangkan aplikasi ini baru mengenal versi ${supported}. Perbarui aplikasi ini dulu, lalu pulihkan lagi.`,
  dbTooOld: (version: number, supported: number) =>
    `Cadangan ini berisi basis data versi ${version} dari Loket versi lama; aplikasi ini hanya dapat memulihkan versi ${supported} atau yang lebih baru. Hubungi admin kantor.`,
  tablesMismatch: (tables: string) =>
    `Daftar tabel dalam cadangan tidak sesuai dengan basis data aplikasi ini (${tables}).`,
  badLine: 'Isi cadangan rusak: ada baris yang tidak dapat dibaca.',
  unsupportedValue: (path: string) =>
    `Data di ${path} tidak dapat dimasukkan ke cadangan (jenis nilai tidak dikenal). Hubungi admin kantor.`,
  unknownTable: (table: string) => `Isi cadangan rusak: tabel "${table}" tidak dikenal.`,
  lineTooLong: 'Isi cadangan rusak: ada baris yang terlalu panjang.',
  empty: 'Berkas cadangan kosong.',
  truncated:
    'Cadangan tidak lengkap (terpotong, mungkin flashdisk dicabut saat menulis). Pilih cadangan lain.',
  afterTrailer: 'Isi cadangan rusak: ada data setelah penutup cadangan.',
  countMismatch: (table: string, expected: number, actual: number) =>
    `Isi cadangan rusak: tabel "${table}" seharusnya berisi ${expected} baris, ternyata ${actual}.`,
  hashMismatch: (table: string) =>
    `Isi cadangan rusak: sidik (SHA-256) tabel "${table}" tidak cocok. Pilih cadangan lain.`,
} as const;
