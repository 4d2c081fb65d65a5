/** Every Indonesian message of the app's updates, in one place. */
export const updaterMessages = {
  idle: 'Pembaruan belum diperiksa.',
  offline: 'Tidak ada sambungan internet; pembaruan diperiksa lagi saat sambungan tersedia.',
  checking: 'Memeriksa pembaruan…',
  upToDate: 'Loket sudah versi terbaru.',
  downloading: (version: string) => `Mengunduh pembaruan Loket ${version} di latar belakang…`,
  downloaded: (version: string) =>
    `Pembaruan Loket ${version} siap. Pembaruan dipasang saat Loket ditutup, atau pilih "Pasang pembaruan sekarang".`,
  downloadedBusy: (version: string) =>
    `Pembaruan Loket ${version} siap, tetapi tidak dipasang selama ada permohonan yang sedang dibuka. Simpan atau tutup permohonan itu dahulu.`,
  nothingToInstall: 'Belum ada pembaruan yang siap dipasang.',
  busy: 'Pembaruan tidak dapat dipasang selama ada permohonan yang sedang dibuka. Simpan atau tutup permohonan itu dahulu.',
  serverUnreachable:
    'Server pembaruan tidak dapat dihubungi. Loket tetap dapat dipakai dan mencoba lagi nanti.',
  notOnServer: (status: number) =>
    `Berkas pembaruan tidak ditemukan di server (kode ${status}). Hubungi admin Dinas Sosial.`,
  serverFailed: (status: number) =>
    `Server pembaruan sedang bermasalah (kode ${status}). Loket tetap dapat dipakai dan mencoba lagi nanti.`,
  corrupt:
    'Berkas pembaruan yang diunduh rusak (checksum tidak cocok) dan tidak dipasang. Loket mengunduhnya lagi nanti.',
  failed: (detail: string) =>
    `Pembaruan gagal: ${detail}. Loket tetap dapat dipakai seperti biasa.`,
} as const;
