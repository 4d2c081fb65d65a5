import type { Verification } from '../shared/letters/verification/verification';
import type { EnrollErrorCode } from '../shared/sync/enroll';
import type { AuthErrorCode } from './auth';

/** What the server answers a counter in Bahasa Indonesia (the counter shows it to a person). */
export const serverMessages = {
  request: {
    malformed: 'Isi permintaan bukan JSON yang sah.',
    tooLarge: 'Isi permintaan terlalu besar.',
    unsupported: 'Jenis isi permintaan tidak didukung; kirim application/json.',
    internal: 'Terjadi kesalahan di server. Coba lagi nanti.',
  },
  auth: {
    'token-missing': 'Perangkat ini belum terdaftar di server: tanda pengenalnya tidak dikirim.',
    'token-unknown':
      'Server tidak mengenal perangkat ini. Daftarkan ulang dengan kode dari admin kantor.',
    'token-revoked':
      'Pendaftaran perangkat ini sudah dicabut oleh admin kantor. Hubungi admin untuk mendaftar ulang.',
  } satisfies Record<AuthErrorCode, string>,
  push: {
    malformed: (details: string) => `Kiriman sinkronisasi tidak sah: ${details}`,
    batchUnordered: 'Urutan operasi dalam kiriman tidak naik; kirim ulang dari antrean.',
    refusedOnDevice:
      'Operasi ini ditolak oleh perangkat sendiri (rusak atau terlalu besar); server hanya mencatat nomor urutnya.',
    basisInvalid: 'Penanda dasar kiriman (basis) tidak sah; kirim ulang dari antrean.',
    batchTooLarge: (limit: number) =>
      `Kiriman berisi terlalu banyak operasi; paling banyak ${limit} per kiriman.`,
    deviceMismatch: 'Kiriman ini atas nama perangkat lain; perangkat ini tidak boleh mengirimnya.',
    unsupportedEncoding: 'Kiriman hanya boleh dipadatkan dengan gzip.',
    compressedTooLarge: (limit: number) =>
      `Kiriman terpadatkan melebihi ${Math.round(limit / 1024)} KB; bagi menjadi kiriman yang lebih kecil.`,
    unknownCommand: (type: string) => `Jenis operasi "${type}" tidak dikenal server.`,
    invalidPayload: 'Isi operasi tidak sah.',
    refused: 'Operasi ditolak server.',
    clockAhead: (clientTime: string) =>
      `Jam perangkat (${clientTime}) lebih dari sehari di depan jam server; perbaiki jam perangkat lalu ulangi.`,
    officeUnknown: (officeId: string) =>
      `Server belum mempunyai profil kantor ${officeId}; hubungi admin server.`,
    userUnknown: (userId: string) =>
      `Akun ${userId} tidak dikenal server untuk kantor ini; akun harus dibuat oleh admin kantor lebih dulu.`,
    letterNumberTaken: (number: string) =>
      `Nomor surat ${number} sudah dipakai surat lain di kantor ini; surat ini harus diberi nomor baru.`,
    opIdTaken: 'Kode operasi ini sudah dipakai perangkat lain.',
    textUnstorable:
      'Isi operasi memuat karakter yang tidak dapat disimpan (karakter kosong atau emoji yang terpotong); ketik ulang teksnya.',
    letterIdTaken: 'Kode surat ini sudah dipakai surat lain; surat harus diterbitkan ulang.',
    schemaTooNew: (version: number) =>
      `Operasi ini memakai format versi ${version} yang belum dikenal server; perbarui server, operasi disimpan dan dikirim lagi nanti.`,
    seqBehind: (seq: number, lastSeq: number) =>
      `Nomor urut operasi ${seq} sudah terpakai (server telah menerima sampai ${lastSeq}); perangkat harus menomori ulang antreannya.`,
    outOfOrder: (seq: number, lastSeq: number) =>
      `Operasi nomor ${seq} datang sebelum nomor ${lastSeq + 1}; dikirim lagi setelah yang sebelumnya.`,
    internal: 'Server gagal memproses operasi ini; dikirim lagi nanti.',
  },
  keys: {
    malformed: (details: string) => `Kunci tanda verifikasi perangkat tidak sah: ${details}`,
  },
  numberBlocks: {
    malformed: (details: string) => `Permintaan blok nomor surat tidak sah: ${details}`,
    taken: (start: number, end: number) =>
      `Nomor surat ${start}–${end} sudah dipegang loket lain. Sisa blok perangkat ini tidak dipakai lagi; perangkat mengambil blok baru dari server.`,
  },
  /** A counter's USB bundle at `npm run server -- import-bundle` (shown to the operator). */
  bundles: {
    notABundle: 'Berkas ini bukan bundel sinkronisasi Loket, atau isinya rusak.',
    tooNew: 'Bundel ini dibuat oleh Loket versi yang lebih baru. Perbarui server lebih dulu.',
    badSignature:
      'Tanda tangan bundel tidak cocok: berkas telah diubah atau bukan dari perangkat yang disebutnya.',
    wrongKind: 'Ini bundel balasan dari server, bukan bundel keluar dari loket.',
    otherOffice: (officeId: string) => `Bundel ini milik kantor lain (${officeId}).`,
    deviceUnknown: 'Perangkat pembuat bundel ini tidak terdaftar di server kantor.',
    revoked: 'Perangkat pembuat bundel ini sudah dicabut.',
    tooLarge:
      'Bundel ini terlalu besar untuk diteruskan lewat loket; bawa ke kantor dan impor dengan perintah server.',
    unsupported: 'Bundel harus dikirim sebagai application/octet-stream.',
  },
  pull: {
    'cursor-invalid': 'Penanda sinkronisasi tidak sah; perangkat akan mengunduh ulang dari awal.',
    'limit-invalid': 'Batas jumlah data per halaman tidak sah.',
  },
  enroll: {
    malformed: (details: string) => `Permintaan pendaftaran tidak sah: ${details}`,
    'unknown-code':
      'Kode pendaftaran tidak dikenal. Periksa ketikannya atau minta kode baru kepada admin kantor.',
    'code-used': 'Kode pendaftaran ini sudah dipakai. Minta kode baru kepada admin kantor.',
    'code-expired': 'Kode pendaftaran ini sudah kedaluwarsa. Minta kode baru kepada admin kantor.',
  } satisfies Record<EnrollErrorCode, unknown>,
  /** The public verification page `GET /v1/verify/:code` (anyone may open it). */
  verify: {
    title: 'Pemeriksaan Surat',
    headline: {
      genuine: 'Surat asli',
      revoked: 'Kunci kantor telah dicabut — hubungi kantor',
      altered: 'Data surat telah diubah',
      unknown: 'Surat tidak dikenal',
    } satisfies Record<Verification['status'], string>,
    keyUnknown:
      'Kode tidak dikenal: kunci kantor yang dipakai surat ini tidak terdaftar di server. ' +
      'Hubungi kantor penerbit.',
    typedCode: 'Kode yang diperiksa',
    number: 'Nomor surat',
    office: 'Kantor penerbit',
    issuedOn: 'Tanggal surat',
    subject: 'Atas nama',
    subjectMasked: 'sebagian huruf disamarkan',
    notSignature:
      'Kode verifikasi ini adalah pemeriksaan milik kantor penerbit atas daftar surat yang ' +
      'diterbitkannya, bukan tanda tangan elektronik (tersertifikasi maupun tidak). Yang sah ' +
      'pada surat adalah tanda tangan basah dan cap kantor.',
    rateLimitedHeadline: 'Terlalu banyak pemeriksaan',
    rateLimited: (seconds: number) =>
      `Terlalu banyak pemeriksaan dari alamat ini. Coba lagi dalam ${seconds} detik.`,
  },
  /** The blob endpoints `HEAD/PUT/GET /v1/blobs/:sha256` (server/blobs/). */
  blobs: {
    malformedName: 'Nama berkas tidak sah: harus sidik sha256 berupa 64 huruf heksadesimal kecil.',
    malformedRange:
      'Content-Range tidak sah: tulis "bytes <awal>-<akhir>/<total>" yang cocok dengan panjang isi.',
    empty: 'Isi unggahan kosong.',
    unsupported: 'Jenis isi unggahan tidak didukung; kirim application/octet-stream.',
    chunkTooLarge:
      'Potongan unggahan lebih dari 4 MB. Kirim berkas dalam potongan yang lebih kecil.',
    'too-large': 'Berkas lebih dari 20 MB; server tidak menyimpannya.',
    'offset-mismatch': (offset: number) =>
      `Potongan unggahan tidak bersambung: server sudah menerima ${offset} bita berkas ini. ` +
      'Lanjutkan dari sana.',
    'hash-mismatch':
      'Isi berkas tidak cocok dengan sidik sha256-nya, jadi unggahannya dibuang. Kirim ulang dari awal.',
    'blob-unknown':
      'Berkas ini belum ada di server: belum diunggah atau unggahannya belum lengkap.',
  },
} as const;
