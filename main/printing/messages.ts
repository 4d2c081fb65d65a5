/** Every Indonesian message of printing, in one place. */
export const printingMessages = {
  jobInvalid:
    'Permintaan cetak tidak lengkap: berkas, printer, jumlah salinan dan ukuran kertas wajib diisi.',
  fileInvalid:
    'Lokasi berkas PDF tidak valid; harus lokasi lengkap, misalnya /home/loket/arsip/surat.pdf.',
  printerInvalid: 'Nama printer tidak valid. Pilih printer dari daftar printer.',
  copiesInvalid: (max: number) => `Jumlah salinan harus bilangan bulat 1 sampai ${max}.`,
  paperSizeInvalid: 'Ukuran kertas harus F4 atau A4.',
  titleInvalid:
    'Judul cetakan harus 1 sampai 255 karakter, tanpa baris baru atau karakter kendali.',
  fileMissing: (file: string) =>
    `Berkas ${file} tidak ditemukan. Buka lagi surat dari arsip, lalu cetak ulang.`,
  fileUnreadable: (file: string, detail: string) =>
    `Berkas ${file} tidak dapat dibaca (${detail}).`,
  notPdf: (file: string) => `Berkas ${file} bukan PDF; hanya PDF yang dapat dicetak.`,
  printerNotFound: (printer: string) =>
    `Printer "${printer}" tidak ditemukan. Pastikan printer terpasang dan menyala, lalu pilih lagi dari daftar printer.`,
  printerNotAccepting: (printer: string) =>
    `Printer "${printer}" sedang tidak menerima pekerjaan cetak. Minta admin mengaktifkannya kembali, atau pilih printer lain.`,
  cupsNotRunning:
    'Layanan cetak (CUPS) tidak berjalan. Nyalakan ulang komputer, atau minta admin menjalankan CUPS.',
  cupsMissing: 'Layanan cetak CUPS tidak terpasang di komputer ini (perintah lp tidak ada).',
  lpFailed: (detail: string) => `Pencetakan gagal: ${detail}`,
  noJobId: (output: string) =>
    `Perintah cetak dijalankan, tetapi nomor pekerjaan cetak tidak terbaca (${output}). Periksa antrean printer sebelum mencetak ulang.`,
  listFailed: (detail: string) => `Daftar printer tidak dapat dibaca: ${detail}`,
  exitCode: (code: number | string) => `kode keluar ${code}`,
  windowsOnly: 'Pencetakan langsung dengan SumatraPDF hanya tersedia di Windows.',
  sumatraMissing:
    'Program cetak SumatraPDF tidak ditemukan di folder aplikasi Loket. Pasang ulang aplikasi Loket.',
  sumatraFailed: (detail: string) =>
    `Pencetakan gagal (SumatraPDF: ${detail}). Periksa printer dan kertasnya, lalu coba lagi.`,
  sumatraTimeout: (seconds: number) =>
    `Printer tidak menjawab dalam ${seconds} detik. Periksa antrean printer sebelum mencetak ulang.`,
  dialogFailed: (detail: string) => `Dialog cetak gagal: ${detail}`,
  dialogCancelled: 'Pencetakan dibatalkan; tidak ada yang dicetak.',
  noPrinter:
    'Belum ada printer untuk surat ini. Pilih printer di Pengaturan, atau cetak melalui dialog cetak.',
} as const;
