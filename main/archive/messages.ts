/** Every Indonesian message of the PDF archive, in one place. */
export const archiveMessages = {
  hashMismatch:
    'Isi PDF tidak sama dengan sidik (SHA-256) surat yang diterbitkan; tidak diarsipkan.',
  notPdf: 'Berkas ini bukan PDF; tidak diarsipkan.',
  badNumber: (number: string) => `Nomor surat "${number}" tidak dapat dijadikan nama berkas.`,
  badDate: (date: string) => `Tanggal surat "${date}" tidak valid.`,
  conflict: (path: string) =>
    `Arsip ${path} sudah berisi surat lain dengan nomor yang sama. Arsip lama tidak ditimpa; hubungi admin kantor.`,
  missing: (number: string) => `Surat ${number} belum ada di folder arsip.`,
  altered: (number: string) =>
    `Arsip surat ${number} tidak sama dengan yang diterbitkan (sidik berbeda). Jangan dicetak; hubungi admin kantor.`,
  diskFull:
    'Penyimpanan arsip penuh. Kosongkan ruang atau pilih folder arsip lain; surat tetap tersimpan di aplikasi dan akan diarsipkan lagi.',
  unreachable: (root: string) =>
    `Folder arsip ${root} tidak dapat dibuka (flashdisk dicabut atau folder dihapus?). Surat tetap tersimpan di aplikasi dan akan diarsipkan lagi.`,
  denied: (root: string) =>
    `Tidak ada izin menulis ke folder arsip ${root}. Pilih folder lain di Pengaturan.`,
  failed: (detail: string) => `Surat tidak dapat diarsipkan (${detail}). Akan dicoba lagi.`,
  waitingLost: (number: string) =>
    `PDF surat ${number} yang menunggu diarsipkan hilang dari folder data aplikasi; cetak ulang dari aplikasi lalu arsipkan.`,
} as const;
