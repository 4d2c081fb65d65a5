/** Every Indonesian message of main's sync handlers, in one place. */
export const syncHandlerMessages = {
  notEnrolled:
    'Perangkat ini belum terdaftar di server kantor. Daftarkan dengan kode pendaftaran dari admin kantor.',
  noServer:
    'Alamat server sinkronisasi belum diisi. Isi alamatnya di Pengaturan › Perangkat ini, atau daftarkan ulang perangkat ini.',
  otherOffice: (officeId: string) =>
    `Kode ini untuk kantor lain (${officeId}). Minta kode untuk kantor Anda kepada admin.`,
  addressNotSaved: (details: string) =>
    `Perangkat terdaftar, tetapi alamat server tidak tersimpan (${details}). Isi alamatnya di Pengaturan › Perangkat ini.`,
} as const;
