/** Every Indonesian message of the device token store, in one place. */
export const deviceMessages = {
  noEncryption:
    'Penyimpanan rahasia sistem operasi tidak tersedia, jadi token perangkat tidak disimpan. Masuk ke Windows dengan akun pengguna biasa (bukan akun tamu) lalu coba lagi.',
  unreadable: (details: string) =>
    `Token perangkat tidak dapat dibuka (${details}). Daftarkan ulang perangkat ini dengan kode pendaftaran baru dari admin.`,
} as const;
