/** Why a letter cannot be drawn up from a case, in words the clerk can act on. */
export const letterMessages = {
  standardMismatch: (serviceCode: string, version: number) =>
    `Standar yang dipakai bukan standar permohonan ini (${serviceCode} versi ${version}).`,
  personMissing: 'Data orang yang diusulkan tidak ditemukan.',
  notACaseLetter: (kind: string) => `Jenis surat "${kind}" tidak dibuat dari satu permohonan.`,
  faskesRequired:
    'Catat dulu nama faskes dan nomor surat keterangan layak membutuhkan layanan kesehatan.',
  familySchemeRequired: 'Catat dulu skema jaminan kesehatan keluarga (PBI-JK atau JKSS).',
} as const;
