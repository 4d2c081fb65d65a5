/** Every Indonesian message of the backups, in one place. */
export const backupMessages = {
  noEncryption:
    'Penyimpanan rahasia sistem operasi tidak tersedia, jadi kunci cadangan tidak dapat dibuat atau dibuka dan cadangan tidak dibuat. Masuk ke Windows dengan akun pengguna biasa (bukan akun tamu) lalu coba lagi.',
  keyUnreadable: (details: string) =>
    `Kunci cadangan perangkat ini tidak dapat dibuka (${details}). Kunci lama tidak dihapus; cadangan yang sudah ada hanya dapat dibuka dengan kunci itu. Hubungi admin kantor.`,
  noFolder: 'Folder cadangan belum dipilih. Pilih folder atau flashdisk cadangan di Pengaturan.',
  diskFull:
    'Penyimpanan cadangan penuh. Kosongkan ruang atau pilih folder cadangan lain; cadangan lama tetap utuh dan pencadangan akan dicoba lagi.',
  unreachable: (dir: string) =>
    `Folder cadangan ${dir} tidak dapat dibuka (flashdisk dicabut atau folder dihapus?). Cadangan lama tetap utuh; pasang kembali flashdisk, pencadangan akan dicoba lagi.`,
  denied: (dir: string) =>
    `Tidak ada izin menulis ke folder cadangan ${dir}. Pilih folder lain di Pengaturan.`,
  failed: (detail: string) =>
    `Cadangan tidak dapat ditulis (${detail}). Cadangan lama tetap utuh; akan dicoba lagi.`,
  busy: 'Pencadangan lain sedang berjalan. Tunggu sampai selesai.',
  unknownSession: 'Sesi pencadangan atau pemulihan ini tidak dikenal atau sudah ditutup.',
  badName: (name: string) => `"${name}" bukan nama berkas cadangan Loket.`,
  officeMismatch: (inStream: string, asked: string) =>
    `Cadangan berisi data kantor ${inStream}, bukan ${asked}; tidak disimpan.`,
  missing: (name: string) => `Berkas cadangan ${name} tidak ada di folder cadangan.`,
  badRecoveryKey:
    'Kunci pemulihan tidak sah: kunci itu diawali AGE-SECRET-KEY-1 dan terdiri dari 74 huruf dan angka. Periksa ketikannya.',
  wrongKey:
    'Cadangan ini tidak dapat dibuka dengan kunci ini (dibuat di perangkat atau akun Windows lain, atau bagian awalnya rusak). Di laptop lain, pakai kunci pemulihan kantor.',
  damaged: (detail: string) =>
    `Cadangan ini rusak atau tidak lengkap (${detail}). Tidak ada data yang diubah; pilih cadangan lain.`,
  cleanupFailed: (name: string, detail: string) =>
    `Cadangan berhasil dibuat, tetapi cadangan lama ${name} tidak dapat dihapus (${detail}).`,
} as const;
