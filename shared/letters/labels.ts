import type { Relationship } from '../cases/records';
import type { ActorRole, BpjsSegment, LegalBasis, RegistryName } from '../standards/schema';
import type { LetterNature } from './types';

/** Every text the printed documents show, outside the letters' body wording (`wording.ts`). */
export const letterLabels = {
  kop: {
    phone: 'Telepon',
    email: 'Pos-el',
    website: 'Laman',
  },
  header: {
    number: 'Nomor',
    nature: 'Sifat',
    attachment: 'Lampiran',
    subject: 'Perihal',
    to: 'Yth.',
    at: 'di',
    place: 'Tempat',
    noAttachment: '-',
    natures: { biasa: 'Biasa', segera: 'Segera' } satisfies Record<LetterNature, string>,
  },
  identity: {
    name: 'Nama',
    babyName: 'Nama Bayi',
    nik: 'NIK',
    noNik: 'Belum memiliki NIK',
    kk: 'Nomor KK',
    birth: 'Tempat/Tgl. Lahir',
    sex: 'Jenis Kelamin',
    address: 'Alamat',
    card: 'No. Kartu JKN-KIS',
    registry: 'Data Kesejahteraan',
    parent: 'Orang Tua/Wali',
  },
  sex: { male: 'Laki-laki', female: 'Perempuan' },
  sexShort: { male: 'L', female: 'P' },
  relationship: {
    self: 'yang bersangkutan sendiri',
    parent: 'orang tua',
    child: 'anak',
    spouse: 'suami/istri',
    sibling: 'saudara kandung',
    guardian: 'wali',
    other: 'kerabat/tetangga',
  } satisfies Record<Relationship, string>,
  address: {
    rtRw: (rt?: string, rw?: string) =>
      [rt ? `RT ${rt}` : '', rw ? `RW ${rw}` : ''].filter(Boolean).join('/'),
    kelurahan: 'Kelurahan',
    desa: 'Desa',
    district: 'Kecamatan',
    province: 'Provinsi',
  },
  registry: {
    names: {
      DTKS: 'Data Terpadu Kesejahteraan Sosial (DTKS)',
      DTSEN: 'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)',
    } satisfies Record<RegistryName, string>,
    listed: (name: RegistryName, decile?: number) =>
      decile === undefined ? `Terdaftar dalam ${name}` : `Terdaftar dalam ${name}, desil ${decile}`,
    notListed: (name: RegistryName) => `Tidak terdaftar dalam ${name}`,
    short: (name: RegistryName, decile?: number) =>
      decile === undefined ? name : `${name} desil ${decile}`,
  },
  segments: {
    'PBI-APBN': 'PBI Jaminan Kesehatan (APBN)',
    'PBI-APBD': 'PBI Jaminan Kesehatan (APBD)',
    'PBPU-Pemda': 'PBPU/BP Pemerintah Daerah',
    PBPU: 'PBPU (mandiri)',
    PPU: 'Pekerja Penerima Upah',
    JKSS: 'Jaminan Kesehatan Sumbar Sakato (JKSS)',
    belumTerdaftar: 'Belum terdaftar',
  } satisfies Record<BpjsSegment, string>,
  segmentsShort: {
    'PBI-APBN': 'PBI APBN',
    'PBI-APBD': 'PBI APBD',
    'PBPU-Pemda': 'PBPU Pemda',
    PBPU: 'PBPU',
    PPU: 'PPU',
    JKSS: 'JKSS',
    belumTerdaftar: 'Belum terdaftar',
  } satisfies Record<BpjsSegment, string>,
  legalBasis: ({ instrument, number, year, title }: LegalBasis) =>
    `${instrument} Nomor ${number} Tahun ${year} tentang ${title}`,
  signature: {
    onBehalfOf: 'a.n.',
    nip: (nip: string) => `NIP. ${nip}`,
  },
  paraf: { no: 'No.', position: 'Jabatan', initials: 'Paraf' },
  tembusan: { heading: 'Tembusan:', subject: 'Yang bersangkutan', archive: 'Arsip' },
  verification: {
    code: (code: string) => `Kode verifikasi: ${code}`,
    check: (code: string, url?: string) =>
      url
        ? `Keaslian surat ini dapat diperiksa dengan kode ${code} di ${url} atau dengan memindai kode QR di samping.`
        : `Keaslian surat ini dapat diperiksa dengan kode ${code} pada aplikasi Loket kantor penerbit atau dengan memindai kode QR di samping.`,
  },
  page: {
    of: (page: number, total: number) => `Halaman ${page} dari ${total}`,
  },
  receipt: {
    titleReceived: 'TANDA TERIMA BERKAS',
    titleReturned: 'TANDA PENGEMBALIAN BERKAS',
    register: (id: string) => `Nomor pendaftaran: ${id}`,
    openingReceived: (day: string, date: string) =>
      `Pada hari ini, ${day}, ${date}, telah diterima berkas permohonan sebagai berikut:`,
    openingReturned: (day: string, date: string) =>
      `Pada hari ini, ${day}, ${date}, berkas permohonan berikut dikembalikan kepada pemohon karena belum lengkap:`,
    service: 'Layanan',
    subject: 'Atas nama',
    columns: { no: 'No.', paper: 'Persyaratan', status: 'Keterangan' },
    present: 'Ada',
    missing: 'Belum ada',
    returned: 'Dikembalikan',
    anyOf: (items: string) => `Salah satu dari: ${items}`,
    issuer: (issuer: string) => `Diterbitkan oleh: ${issuer}`,
    copies: (n: number) => `${n} lembar`,
    copiesPerMember: (n: number) => `${n} lembar per anggota keluarga`,
    missingHeading: 'Berkas yang harus dilengkapi:',
    closingReceived:
      'Berkas tersebut diterima untuk diproses sesuai Standar Pelayanan. Simpan tanda terima ini untuk menanyakan perkembangan permohonan.',
    closingReturned:
      'Setelah lengkap, serahkan kembali seluruh berkas ke loket ini dengan membawa tanda pengembalian ini. Permohonan dilanjutkan tanpa mendaftar ulang.',
    applicantSign: 'Pemohon',
    officer: 'Petugas',
  },
  weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  dispatch: {
    title: 'BUKU EKSPEDISI SURAT KELUAR',
    period: (month: string) => `Bulan ${month}`,
    columns: {
      no: 'No.',
      date: 'Tanggal',
      number: 'Nomor Surat',
      addressee: 'Kepada',
      subject: 'Perihal',
      receiver: 'Nama Penerima',
      signature: 'Tanda Tangan',
    },
    empty: 'Belum ada surat keluar pada periode ini.',
  },
  bnba: {
    title: 'REKAPITULASI USULAN PESERTA JAMINAN KESEHATAN BY NAME BY ADDRESS (BNBA)',
    period: (month: string) => `Bulan ${month}`,
    service: (title: string) => `Layanan: ${title}`,
    count: (n: number) => `Jumlah: ${n} orang`,
    columns: {
      no: 'No.',
      nik: 'NIK',
      kk: 'No. KK',
      name: 'Nama',
      sex: 'L/P',
      birthDate: 'Tgl. Lahir',
      address: 'Alamat',
      village: 'Desa/Kelurahan',
      registry: 'Data/Desil',
      card: 'No. Kartu BPJS',
      segment: 'Segmen',
      letter: 'Nomor Surat',
    },
    empty: 'Belum ada usulan pada bulan ini.',
    blank: '-',
  },
  poster: {
    kind: 'STANDAR PELAYANAN',
    version: (n: number, date: string) => `Versi ${n}, berlaku sejak ${date}`,
    decree: (decree: string) => `Ditetapkan dengan ${decree}`,
    sections: {
      legalBasis: 'Dasar Hukum',
      requirements: 'Persyaratan',
      procedure: 'Sistem, Mekanisme dan Prosedur',
      time: 'Jangka Waktu Penyelesaian',
      fee: 'Biaya/Tarif',
      products: 'Produk Pelayanan',
      hours: 'Jam Pelayanan',
      complaints: 'Penanganan Pengaduan, Saran dan Masukan',
    },
    noLegalBasis: 'Tidak dicantumkan dalam standar.',
    track: (label: string) => `Alur: ${label}`,
    columns: { no: 'No.', step: 'Langkah', actor: 'Pelaksana', time: 'Waktu' },
    parafChain: (positions: string) => `Paraf berurutan: ${positions}`,
    copies: (n: number) => `${n} lembar`,
    copiesPerMember: (n: number) => `${n} lembar per anggota keluarga`,
    optional: '(tidak wajib)',
    forTrack: (label: string) => `${label}: `,
    noTime: 'Tidak dicantumkan; lihat waktu per langkah.',
    free: 'Tidak dipungut biaya',
    addressedTo: (to: string) => `ditujukan kepada ${to}`,
    hoursRange: (days: string, open: string, close: string, zone: string) =>
      `${days}: ${open}–${close} ${zone}`,
    officeHours: 'Sesuai jam kerja kantor; standar ini tidak mencantumkan jam pelayanan.',
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    timeZones: { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as Record<
      string,
      string
    >,
    noChannels: 'Standar ini tidak mencantumkan saluran pengaduan.',
    actors: {
      citizen: 'Pemohon',
      fo: 'Petugas loket',
      bo: 'Petugas pengolah',
      reviewer: 'Pemaraf',
      signer: 'Pejabat penanda tangan',
      external: 'Pihak luar',
    } satisfies Record<ActorRole, string>,
    footer: (office: string) =>
      `${office} — Pelayanan tidak dipungut biaya. Tolak segala bentuk pungutan liar.`,
  },
  metadata: {
    creator: 'Loket',
    producer: 'Loket (@react-pdf/renderer)',
  },
};
