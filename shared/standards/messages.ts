/** Every user-visible text of the standards catalog, in Bahasa Indonesia. */
export const catalogMessages = {
  packInvalid: (source: string, count: number) =>
    `Paket standar "${source}" tidak valid (${count} kesalahan).`,
  fieldIssue: (where: string, message: string) => `${where}: ${message}`,
  notJson: (source: string) => `Paket standar "${source}" bukan JSON yang sah.`,
  duplicateOffice: (officeId: string) => `Kantor "${officeId}" dimuat lebih dari satu kali.`,
  unknownOffice: (officeId: string) => `Kantor "${officeId}" tidak ada dalam katalog.`,
  unknownService: (officeId: string, serviceCode: string) =>
    `Layanan "${serviceCode}" tidak ada pada kantor "${officeId}".`,
  unknownVersion: (serviceCode: string, version: number) =>
    `Versi ${version} dari layanan "${serviceCode}" tidak ada.`,
  notYetInForce: (serviceCode: string, date: string) =>
    `Belum ada standar layanan "${serviceCode}" yang berlaku pada ${date}.`,
  totalsMismatch: (stepsText: string, publishedText: string) =>
    `Jumlah waktu per langkah (${stepsText}) tidak sama dengan waktu penyelesaian yang diumumkan (${publishedText}).`,
} as const;

/** How each path segment of a pack is named for a person reading the error. */
export const fieldNames: Record<string, string> = {
  office: 'kantor',
  standards: 'standar',
  tracks: 'alur',
  steps: 'langkah',
  requirements: 'persyaratan',
  products: 'produk',
  completionTimes: 'waktu penyelesaian',
  complaintChannels: 'saluran pengaduan',
  legalBasis: 'dasar hukum',
  serviceHours: 'jam pelayanan',
  officeHours: 'jam kerja kantor',
  eligibility: 'syarat kelayakan',
};
