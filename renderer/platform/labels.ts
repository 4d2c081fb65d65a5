/** Every text of browser mode's platform answers, in Bahasa Indonesia. */
export const platformLabels = {
  desktopOnly: (what: string) =>
    `${what} hanya tersedia di aplikasi desktop Loket; di peramban, PDF dibuka di tab baru dan dicetak dari sana.`,
  what: {
    settings: 'Pengaturan perangkat (folder arsip, cadangan, printer)',
    folders: 'Memilih folder',
    backup: 'Cadangan otomatis',
    sync: 'Sinkronisasi lewat token yang disimpan Windows',
    update: 'Pembaruan aplikasi',
  },
} as const;
