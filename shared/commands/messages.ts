/**
 * Every user-visible text of the business commands, in Bahasa Indonesia. Code in
 * this folder builds messages only through this catalogue (the workflow engine
 * and the validators bring their own).
 */
import type { StepKind } from '../standards/schema';

/** Where the clerk finds the action that finishes a station of each kind. */
const commandForKind: Record<StepKind, string> = {
  preVisit: 'tidak ada: langkah ini dilakukan pemohon sebelum datang',
  arrive: '"Selesaikan langkah"',
  receive: '"Periksa berkas"',
  checkPapers: '"Periksa berkas" (atau "Kembalikan berkas" bila belum lengkap)',
  registryCheck: '"Catat pengecekan DTKS/DTSEN"',
  confirmExternal: '"Selesaikan langkah"',
  register: '"Selesaikan langkah"',
  draft: '"Ajukan untuk paraf/tanda tangan"',
  paraf: '"Beri paraf"',
  sign: '"Tanda tangani"',
  record: '"Selesaikan langkah"',
  handOver: '"Serahkan surat"',
  deliver: '"Selesaikan langkah"',
  submitBatch: '"Selesaikan langkah"',
  awaitOutcome: '"Selesaikan langkah" atau "Catat hasil"',
};

export const commandMessages = {
  unknownCommand: (type: string) => `Perintah "${type}" tidak dikenal oleh aplikasi ini.`,
  caseNotFound:
    'Kasus tidak ditemukan di perangkat ini. Mungkin belum tersinkron: sinkronkan data lalu coba lagi.',
  officeMismatch: (caseOffice: string, office: string) =>
    `Kasus ini milik kantor "${caseOffice}", bukan kantor "${office}" yang sedang dipakai.`,
  registerOfficeMismatch: (office: string) =>
    `Kasus hanya dapat didaftarkan untuk kantor yang sedang dipakai ("${office}").`,
  caseIdTaken: 'ID kasus ini sudah dipakai oleh kasus lain. Buat formulir pendaftaran baru.',
  alreadyRegistered: 'Kasus ini sudah terdaftar sebelumnya; pendaftaran tidak dicatat dua kali.',
  selfSameId:
    'Pemohon mengajukan untuk dirinya sendiri: ID orang yang dijamin harus sama dengan ID pemohon.',
  selfSameData:
    'Pemohon mengajukan untuk dirinya sendiri: kosongkan data orang yang dijamin atau samakan dengan data pemohon.',
  otherPersonId:
    'Orang yang dijamin bukan pemohon sendiri: ID-nya tidak boleh sama dengan ID pemohon.',
  subjectRequired: 'Isi data orang yang akan dijamin.',
  birthDateFuture: 'Tanggal lahir tidak boleh setelah hari ini.',
  dateFuture: (what: string) => `${what} tidak boleh setelah hari ini.`,
  dateNames: {
    checkedOn: 'Tanggal pengecekan',
    since: 'Tanggal mulai status kepesertaan',
    letterDate: 'Tanggal surat faskes',
  },
  faskesRequired: (paper: string) =>
    `Standar layanan kasus ini mensyaratkan "${paper}": isi nama faskes dan nomor suratnya.`,
  duplicateRequirement: (id: string) => `Persyaratan "${id}" disebut lebih dari satu kali.`,
  notAPaper: (id: string) => `"${id}" bukan berkas persyaratan pada standar layanan kasus ini.`,
  papersIncomplete: (labels: readonly string[]) =>
    `Berkas belum lengkap: ${labels.join('; ')}. Kembalikan berkas kepada pemohon untuk dilengkapi.`,
  stale: (current: string, expected: string) =>
    `Kasus sudah berada pada tahap "${current}", bukan lagi "${expected}"; mungkin sudah diproses petugas lain. Muat ulang kasus lalu periksa kembali.`,
  wrongStation: (action: string, label: string, kind: StepKind) =>
    `${action} tidak dapat dilakukan pada tahap "${label}". Gunakan ${commandForKind[kind]}.`,
  actions: {
    completeStep: 'Penyelesaian langkah',
    submitForParaf: 'Pengajuan konsep surat untuk paraf/tanda tangan',
    paraf: 'Pemberian paraf',
    sign: 'Penandatanganan surat',
    handOver: 'Penyerahan surat kepada pemohon',
    recordReason: 'Alasan permohonan',
    setPriority: 'Prioritas kasus',
    addNote: 'Catatan kasus',
  },
  accounts: {
    notLoaded: 'Daftar akun belum dimuat; perintah akun tidak dapat diputuskan.',
    adminOnly: 'Hanya admin kantor yang dapat mengubah akun dan profil kantor.',
    notFound: 'Akun tidak ditemukan di perangkat ini. Muat ulang daftar akun.',
    idTaken: 'ID akun ini sudah dipakai akun lain. Buat akun baru sekali lagi.',
    firstMustBeAdmin: 'Akun pertama kantor harus admin kantor yang sedang dibuat.',
    notSelf: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    unchanged: 'Status akun sudah seperti itu.',
  },
  letter: {
    alreadyIssued: (number: string) =>
      `Surat kasus ini sudah diterbitkan dengan nomor ${number}. Cetak ulang dari arsip surat.`,
    profileRequired:
      'Profil kantor belum lengkap (penomoran, penandatangan). Lengkapi di Pengaturan.',
    noSignature:
      'Alur layanan ini tidak memuat penandatanganan surat, jadi tidak ada surat untuk diterbitkan.',
    tooEarly: (station: string) =>
      `Surat baru dapat diterbitkan pada tahap "${station}", setelah konsep selesai diparaf.`,
    roleRequired: 'Surat diterbitkan oleh petugas back office atau penandatangan.',
    wrongKind: (product: string) =>
      `Jenis surat tidak sesuai dengan produk layanan ("${product}").`,
    wrongAddressee: (to: string) => `Surat ini harus ditujukan kepada ${to}.`,
    notToday: (today: string) => `Tanggal surat harus tanggal hari ini (${today}).`,
    numberMismatch: (number: string) =>
      `Nomor surat tidak sesuai dengan format penomoran kantor (seharusnya ${number}).`,
    signerUnknown: 'Penandatangan tidak ada pada daftar penandatangan di profil kantor.',
    signerPosition: (positions: readonly string[]) =>
      `Surat layanan ini ditandatangani oleh ${positions.join(' atau ')}.`,
    verificationMismatch:
      'Kode verifikasi surat tidak cocok dengan nomor, tanggal atau orang pada surat. Buat ulang pratinjau lalu terbitkan.',
  },
  profile: {
    otherOffice: (office: string, inUse: string) =>
      `Profil ini milik kantor "${office}", bukan kantor "${inUse}" yang sedang dipakai.`,
    unknownService: (code: string) =>
      `Layanan "${code}" tidak ada pada standar pelayanan kantor ini di katalog.`,
  },
} as const;

/** Plain texts for the payload checks a clerk meets most. */
export const payloadMessages = {
  required: 'Wajib diisi.',
  tooLong: (max: number) => `Paling banyak ${max} karakter.`,
} as const;
