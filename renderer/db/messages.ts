// Text the screens show about the database and the device's storage (Bahasa Indonesia).

const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });

export const dbMessages = {
  storageNotPersisted:
    'Peramban belum menjamin data di perangkat ini tersimpan permanen: data bisa terhapus bila ruang disk menipis. Sinkronkan data dan buat cadangan secara rutin.',
  storageNearlyFull: (usedShare: number) =>
    `Ruang penyimpanan hampir penuh (${percent.format(usedShare)} terpakai). Sinkronkan data lalu kosongkan ruang disk sebelum menerima berkas baru.`,
  storageUnavailable:
    'Ruang penyimpanan perangkat ini tidak dapat diperiksa. Pastikan data tersinkron dan cadangan dibuat secara rutin.',
  commandUnknown: (type: string) => `Perintah "${type}" tidak dikenal.`,
} as const;
