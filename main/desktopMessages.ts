/** Every Indonesian message of main's own handlers, in one place. */
export const desktopMessages = {
  unknownPaper:
    'Ukuran kertas PDF ini bukan F4 atau A4, jadi tidak dicetak. Periksa ukuran kertas di Profil kantor.',
  archiveRetried: (count: number) => `${count} surat yang menunggu sudah masuk folder arsip.`,
  folderTitle: { archive: 'Pilih folder arsip surat', backup: 'Pilih folder cadangan' },
  startFailed: 'Loket tidak dapat dibuka',
} as const;
