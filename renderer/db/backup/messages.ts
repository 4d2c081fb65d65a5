/** Every Indonesian message of exporting and restoring the database, in one place. */
export const backupDbMessages = {
  readFailed: (detail: string) =>
    `Cadangan tidak dapat diambil dari folder cadangan (${detail}). Tidak ada data yang diubah.`,
  writeFailed: (detail: string) =>
    `Pemulihan gagal (${detail}). Tidak ada data yang diubah; data di aplikasi tetap seperti sebelum pemulihan.`,
  countMismatch: (table: string) =>
    `Pemulihan dibatalkan: jumlah baris tabel "${table}" setelah ditulis tidak sama dengan cadangan. Tidak ada data yang diubah.`,
} as const;
