import { letterLabels } from '../../../shared/letters/labels';
import type {
  ActorRole,
  BpjsSegment,
  DurationUnit,
  RegistryName,
} from '../../../shared/standards/schema';
import type { FactName } from '../../../shared/standards/conditions';

type ContactKind = 'phone' | 'whatsapp' | 'email' | 'website' | 'facebook' | 'instagram';
type TimeZoneName = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** Every user-visible text of the standards catalog screen, in Bahasa Indonesia. */
export const catalogLabels = {
  app: {
    name: 'Loket',
    tagline: 'Layanan Jaminan Kesehatan · Dinas Sosial / SLRT',
    skipToContent: 'Langsung ke isi',
  },
  screen: {
    title: 'Katalog Standar Pelayanan',
    todayIs: (date: string) => `Hari ini ${date}`,
    navLabel: 'Pilih kantor dan layanan',
  },
  offices: {
    heading: 'Kantor',
    listLabel: 'Daftar kantor',
    count: (n: number) => `${n} kantor`,
  },
  services: {
    heading: 'Layanan yang berlaku hari ini',
    listLabel: 'Daftar layanan kantor terpilih',
    chooseOfficeFirst: 'Pilih kantor terlebih dahulu.',
    none: 'Kantor ini belum memiliki standar layanan yang berlaku hari ini.',
    version: (n: number) => `Versi ${n}`,
    since: (date: string) => `berlaku sejak ${date}`,
  },
  empty: {
    noOfficeTitle: 'Pilih kantor',
    noOffice: 'Pilih kantor pada daftar di sebelah kiri untuk melihat standar pelayanannya.',
    noServiceTitle: 'Pilih layanan',
    noService:
      'Pilih salah satu layanan pada daftar di sebelah kiri untuk menampilkan standarnya secara lengkap.',
  },
  loadError: {
    title: 'Katalog standar tidak dapat dimuat',
    body: 'Data standar pelayanan pada aplikasi ini rusak atau tidak lengkap. Hubungi admin kantor dan sampaikan pesan berikut:',
  },
  toolbar: {
    versionsHeading: 'Versi standar',
    print: 'Cetak',
    printHint: 'Cetak sebagai draf poster standar pelayanan',
  },
  versions: {
    option: (n: number) => `Versi ${n}`,
    since: (date: string) => `sejak ${date}`,
    inForce: 'Berlaku hari ini',
    superseded: 'Sudah diganti',
    upcoming: 'Belum berlaku',
    viewingOther: (n: number, status: string) =>
      `Anda sedang melihat versi ${n} (${status.toLowerCase()}). Untuk melayani pemohon hari ini, gunakan versi yang berlaku.`,
    backToInForce: 'Tampilkan versi yang berlaku',
  },
  standard: {
    kind: 'Standar Pelayanan',
    decree: 'No. SK',
    blank: '—',
    versionLine: (n: number, date: string) => `Versi ${n} · berlaku sejak ${date}`,
    serviceCode: (code: string) => `Kode layanan ${code}`,
    tableLabel: 'Komponen standar pelayanan',
    noAddress: 'Alamat kantor belum tercantum; lengkapi pada pengaturan profil kantor.',
    source: 'Sumber',
  },
  contacts: {
    phone: 'Telp.',
    whatsapp: 'WA',
    email: 'Email',
    website: 'Situs',
    facebook: 'Facebook',
    instagram: 'Instagram',
  } satisfies Record<ContactKind, string>,
  /** The published components of a standard, named as on the printed poster. */
  sections: {
    ...letterLabels.poster.sections,
    eligibility: 'Syarat Kelayakan',
    notes: 'Catatan',
  },
  legalBasis: {
    none: 'Tidak dicantumkan dalam standar.',
    item: (instrument: string, number: string, year: number, title: string) =>
      `${instrument} Nomor ${number} Tahun ${year} tentang ${title}`,
  },
  requirements: {
    mandatory: 'Wajib',
    optional: 'Tidak wajib',
    kind: {
      document: 'Dokumen',
      registry: 'Pemeriksaan data',
      condition: 'Kriteria',
    },
    copiesTerm: 'Jumlah',
    copies: (n: number) => `${n} lembar`,
    copiesPerMember: (n: number) => `${n} lembar per anggota keluarga`,
    perMember: 'untuk setiap anggota keluarga',
    issuer: 'Diterbitkan oleh',
    anyOf: 'Salah satu dari',
    appliesWhen: 'Hanya bila',
    track: 'Khusus alur',
    notes: 'Keterangan',
  },
  procedure: {
    trackHeading: (index: number, label: string) => `Alur ${index}: ${label}`,
    columns: { no: 'No.', step: 'Langkah', actor: 'Pelaksana', time: 'Waktu' },
    implied: '(tidak tercantum dalam standar)',
    parafChain: 'Urutan paraf',
    signers: 'Ditandatangani oleh',
    signersJoin: ' atau ',
    branch: 'Bila',
    branchThen: {
      continue: 'Lanjut ke langkah berikutnya',
      refer: 'Dirujuk',
      returnPapers: 'Berkas dikembalikan',
    },
    referTo: (to: string) => `Dirujuk ke ${to}`,
    branchTime: (time: string) => `waktu ${time}`,
    cutoffDays: (days: string) => `(tanggal ${days})`,
  },
  actors: {
    citizen: 'Pemohon',
    fo: 'Petugas Front Office',
    bo: 'Petugas Back Office',
    reviewer: 'Pemaraf',
    signer: 'Penandatangan',
    external: 'Pihak luar',
  } satisfies Record<ActorRole, string>,
  time: {
    none: 'Standar ini tidak mencantumkan waktu penyelesaian keseluruhan; lihat waktu per langkah pada prosedur.',
    scopeService: 'Seluruh layanan',
    scopeCounter: 'Waktu tunggu di loket',
    forTrack: (label: string) => `Alur ${label}`,
    stepSum: 'Jumlah waktu per langkah',
    untimed: (n: number) => `${n} langkah tanpa waktu`,
    mismatchTag: 'Tidak cocok',
    mismatchTitle: 'Perhatian: angka waktu dalam standar tidak cocok',
    seeSection: (n: number, title: string) => `Lihat bagian ${n}. ${title}`,
    mismatchHint:
      'Standar ditampilkan sebagaimana diumumkan. Sampaikan ke admin kantor agar angka waktunya diperiksa terhadap SK.',
  },
  units: {
    minutes: 'menit',
    hours: 'jam',
    days: 'hari',
    workingDays: 'hari kerja',
    months: 'bulan',
  } satisfies Record<DurationUnit, string>,
  fee: {
    free: 'Gratis',
    /** A published fee text that already says it is free needs no "Gratis" before it. */
    saysFree: /gratis/i,
    amount: (rupiah: string) => `Rp${rupiah}`,
  },
  products: {
    letter: 'Surat dari kantor',
    external: 'Diterbitkan pihak lain',
    addressedTo: 'Ditujukan kepada',
    addressedToWhen: (to: string, when: string) => `${to}, bila ${when}`,
    otherwise: (to: string) => `${to} (selain itu)`,
    track: 'Alur',
  },
  hours: {
    officeHoursNote:
      'Standar ini tidak mencantumkan jam pelayanan. Yang ditampilkan adalah jam kerja kantor.',
    officeHoursBadge: 'Jam kerja kantor',
    range: (open: string, close: string, zone: string) => `${open}–${close} ${zone}`,
  },
  weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  timeZones: {
    'Asia/Jakarta': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  } satisfies Record<TimeZoneName, string>,
  complaints: {
    channels: 'Saluran pengaduan',
    procedure: 'Tata cara penanganan',
    none: 'Standar ini tidak mencantumkan saluran pengaduan.',
  },
  eligibility: {
    none: 'Standar ini tidak menetapkan syarat kelayakan tambahan di luar persyaratan.',
    mustBeListed: (names: string) => `Wajib terdaftar pada ${names}`,
    acceptedOnly: (names: string) => `Data terpadu yang diakui: ${names}`,
    decile: (n: number) => `Desil paling tinggi ${n} (desil 1 = kelompok termiskin)`,
    segments: (names: string) => `Segmen: ${names}`,
    status: { active: 'Status: aktif', nonActive: 'Status: non-aktif' },
    nonActiveLessThan: (n: number) => `Non-aktif kurang dari ${n} bulan`,
    newborn: (days: number) => `Bayi baru lahir, paling lama ${days} hari sejak kelahiran`,
    forTrack: (label: string) => `Tambahan untuk alur ${label}`,
  },
  notes: {
    none: 'Tidak ada catatan.',
  },
  registries: {
    DTKS: 'DTKS (Data Terpadu Kesejahteraan Sosial)',
    DTSEN: 'DTSEN (Data Tunggal Sosial dan Ekonomi Nasional)',
  } satisfies Record<RegistryName, string>,
  segments: {
    'PBI-APBN': 'PBI APBN',
    'PBI-APBD': 'PBI APBD',
    'PBPU-Pemda': 'PBPU didaftarkan Pemda',
    PBPU: 'PBPU mandiri',
    PPU: 'PPU (pekerja penerima upah)',
    JKSS: 'JKSS',
    belumTerdaftar: 'belum terdaftar',
  } satisfies Record<BpjsSegment, string>,
  conditions: {
    and: ' dan ',
    or: ' atau ',
    /** Joins the values of an "is one of" test. */
    listOr: ' atau ',
    /** Joins the values of an "is none of" test. */
    listNor: ' maupun ',
    not: (text: string) => `tidak benar bahwa ${text}`,
    lessThan: (subject: string, n: number) => `${subject} kurang dari ${n}`,
    atMost: (subject: string, n: number) => `${subject} paling tinggi ${n}`,
    /** Facts that read as a yes/no statement. */
    flags: {
      'papers.complete': { yes: 'berkas lengkap', no: 'berkas belum lengkap' },
      'registry.listed': {
        yes: 'terdaftar pada data terpadu',
        no: 'tidak terdaftar pada data terpadu',
      },
      'registry.dataMatches': { yes: 'data sesuai', no: 'data tidak sesuai' },
      'subject.isNewborn': { yes: 'bayi baru lahir', no: 'bukan bayi baru lahir' },
      'faskes.letterPresent': {
        yes: 'ada surat keterangan dari faskes',
        no: 'tidak ada surat keterangan dari faskes',
      },
    } satisfies Partial<Record<FactName, { yes: string; no: string }>>,
    /** Facts that read as "subject value" and "subject-negated value". */
    subjects: {
      'papers.complete': { is: 'kelengkapan berkas', isNot: 'kelengkapan berkas bukan' },
      'registry.listed': {
        is: 'terdaftar pada data terpadu',
        isNot: 'terdaftar pada data terpadu bukan',
      },
      'registry.dataMatches': { is: 'kesesuaian data', isNot: 'kesesuaian data bukan' },
      'subject.isNewborn': { is: 'bayi baru lahir', isNot: 'bayi baru lahir bukan' },
      'faskes.letterPresent': {
        is: 'surat keterangan faskes',
        isNot: 'surat keterangan faskes bukan',
      },
      'registry.name': { is: 'terdaftar pada', isNot: 'tidak terdaftar pada' },
      'registry.decile': { is: 'desil', isNot: 'desil bukan' },
      'bpjs.segment': { is: 'segmen BPJS', isNot: 'segmen BPJS bukan' },
      'bpjs.status': { is: 'status BPJS', isNot: 'status BPJS bukan' },
      'bpjs.nonActiveMonths': {
        is: 'lama non-aktif (bulan)',
        isNot: 'lama non-aktif (bulan) bukan',
      },
      'family.scheme': { is: 'keluarga terdaftar pada', isNot: 'keluarga tidak terdaftar pada' },
    } satisfies Record<FactName, { is: string; isNot: string }>,
    yes: 'ya',
    no: 'tidak',
    /** Coded fact values shown in words; values not listed are shown as they are. */
    values: {
      active: 'aktif',
      nonActive: 'non-aktif',
    } satisfies Record<string, string>,
  },
};
