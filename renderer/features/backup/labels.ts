/** Every text of backups and restore on the counter, in Bahasa Indonesia. */
export const backupLabels = {
  section: {
    heading: 'Cadangan basis data',
    intro:
      'Seluruh data laptop ini (kasus, berkas pindaian, surat, pengguna) dicadangkan ke folder cadangan, disandikan dan dipadatkan.',
    noFolder: 'Pilih folder cadangan lalu simpan pengaturan untuk membuat cadangan.',
    backupNow: 'Cadangkan sekarang',
    backingUp: (size: string) => `Mencadangkan… ${size}`,
    done: (file: string, size: string) => `Cadangan tersimpan: ${file} (${size}).`,
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
    recoveryKey: 'Kunci pemulihan kantor',
    recoveryKeyHint:
      'Hanya bila laptop ini bukan laptop yang membuat cadangan: ketik kunci dari kertas yang disimpan admin (AGE-SECRET-KEY-1…).',
    restoreLatest: 'Pulihkan cadangan ini',
    startBlank: 'Mulai baru tanpa cadangan',
    restoring: (size: string) => `Memulihkan… ${size}`,
    restored: (rows: number) => `Data dipulihkan (${rows} baris). Aplikasi dimuat ulang.`,
  },
  recovery: {
    heading: 'Kunci pemulihan kantor',
    none: 'Belum ada kunci pemulihan. Tanpa kunci itu, cadangan hanya dapat dibuka di laptop ini; bila laptop rusak atau hilang, cadangan di flashdisk tidak dapat dipulihkan di laptop lain.',
    present:
      'Kunci pemulihan sudah dibuat: setiap cadangan baru juga dapat dibuka dengan kunci itu di laptop lain. Cadangan sebelum kunci dibuat tetap hanya terbuka di laptop ini.',
    create: 'Buat kunci pemulihan',
    replace: 'Buat kunci pemulihan baru',
    confirmReplace:
      'Kunci pemulihan yang lama tidak lagi dipakai untuk cadangan berikutnya. Lanjutkan?',
    shown:
      'Tulis atau cetak kunci ini dan simpan di tempat aman di kantor (bukan di laptop ini). Kunci ini hanya ditampilkan sekali.',
    done: 'Sudah saya simpan',
  },
  failed: (detail: string) => `Gagal: ${detail}`,
  notices: {
    dismiss: 'Tutup',
    label: 'Pemberitahuan',
  },
} as const;

/** A file size as a person reads it: `84 KB`, `12,3 MB`. */
export function fileSize(bytes: number): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) {
    return `${Math.max(1, Math.round(kilobytes)).toLocaleString('id-ID')} KB`;
  }
  return `${(kilobytes / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}
