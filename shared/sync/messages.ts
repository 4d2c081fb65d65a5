// What the sync engine tells a person, in Indonesian.
export const syncMessages = {
  opInvalid: (detail: string) =>
    `Perubahan ini tidak dapat dikirim karena datanya tidak lengkap atau rusak (${detail}). Hubungi admin kantor.`,
  opTooLarge: 'Perubahan ini terlalu besar untuk dikirim ke server. Hubungi admin kantor.',
  offline: 'Server sinkronisasi tidak dapat dihubungi. Perangkat akan mencoba lagi otomatis.',
  badAnswer: 'Jawaban server tidak dapat dibaca. Perangkat akan mencoba lagi.',
  httpFailed: (status: number) => `Server menolak permintaan (kode ${status}).`,
  notASyncServer:
    'Alamat ini menjawab, tetapi bukan sebagai server sinkronisasi Loket. Periksa alamat server.',
  unexpected: (detail: string) =>
    `Sinkronisasi berhenti karena kesalahan di perangkat ini (${detail}). Perangkat akan mencoba lagi.`,
  blobStuck: 'Server tidak menerima potongan berkas yang dikirim. Perangkat akan mencoba lagi.',
  noAnswer: 'Server tidak menjawab perubahan yang dikirim. Perangkat akan mencoba lagi.',
  cutOff: 'Unduhan data terputus di tengah jalan. Perangkat akan melanjutkan dari titik terakhir.',
  badStream: (detail: string) =>
    `Server mengirim data yang tidak dapat dibaca (${detail}). Perangkat akan mencoba lagi.`,
} as const;
