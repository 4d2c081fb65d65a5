/** Every Indonesian message of the desktop settings, in one place. */
export const settingsMessages = {
  setAside: (aside: string, problem: string) =>
    `Berkas pengaturan tidak dapat dibaca (${problem}). Berkas itu disimpan sebagai ${aside} dan pengaturan bawaan dipakai; periksa kembali folder arsip, cadangan dan printer di Pengaturan.`,
  invalid: (details: string) => `Pengaturan tidak disimpan: ${details}`,
} as const;
